package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// "The prison" in a story about a prison is the prison the sentences
// before it named: "is the Litoral the most dangerous prison" is answered
// by "seized from inside the prison - one of the most dangerous in
// Ecuador", the sentence after the one naming the Penitenciaria del
// Litoral, not by "Clashes between gangs here began" (whose "here" names
// it as fully).
func TestTheTitleThingNamesThePrisonBefore(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"is the litoral the most dangerous prison in ecuador", "is the litoral THE most dangerous prison in ecuador or"} {
		if got := askText(t, ix, q); !strings.Contains(got, "one of the most dangerous") {
			t.Errorf("%q: %q, want the 'most dangerous' sentence", q, got)
		}
	}
	// A sentence that names the place itself outranks one that only
	// points back to it: "what happened in the prison of Guayaquil" is
	// the sentence at "the Penitenciaria del Litoral in the city of
	// Guayaquil", not the footage "from inside the prison" after it.
	for _, q := range []string{"what happened in the prison of guayaquil", "what happened in the prison of guayaquil, which prison was it"} {
		if got := askText(t, ix, q); !strings.Contains(got, "Litoral") {
			t.Errorf("%q: %q, want the sentence naming the Litoral", q, got)
		}
	}
}

func TestTheTitleThing(t *testing.T) {
	title := text.TermSet("thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador")
	for s, want := range map[string]bool{
		"seized from inside the prison - one of the most dangerous": true,
		"The prisons were full":                     true,  // a form of the title's word
		"the guards were taken hostage":             false, // no word of the title
		"inside the Prison of Quito":                false, // a name, not the known thing
		"a prison in the north":                     false, // not spoken of as known
		"they went into the prisoner's cell":        false, // another word
		"the rioting ended and the prison was calm": true,  // a later "the"
	} {
		if got := theTitleThing(s, title); got != want {
			t.Errorf("theTitleThing(%q) = %v, want %v", s, got, want)
		}
	}
}

// "Somebody" asks of a person as "someone" does: it is no word the
// answer must hold. "since" is, though: "since when" finds "surged since
// 2021".
func TestSomebodyIsFiller(t *testing.T) {
	ix := testindex.Seed(t)
	keys := keyTermsOf(ix, "Somebody was hurt at the office of the attorney general?")
	for _, k := range keys {
		if k == text.Stem("somebody") {
			t.Errorf("keys %q hold somebody", keys)
		}
	}
	if got := askText(t, ix, "Somebody was hurt at the office of the attorney general?"); !strings.Contains(got, "one civilian was hurt") || strings.Contains(got, "couldn't") {
		t.Errorf("got %q, want the civilian hurt, answered", got)
	}
	if keys := keyTermsOf(ix, "since when has the prison violence been this bad"); !slices.Contains(keys, text.Stem("since")) {
		t.Errorf("keys %q lack since", keys)
	}
}

// "Something" and "anything" ask of a thing as "thing" does: "did the
// prison man say anything about human rights" is settled by his words on
// human rights.
func TestSomethingIsFiller(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"someone threw a molotov at something?? what was that about", "did they find anything inside"} {
		for _, k := range keyTermsOf(ix, q) {
			if k == text.Stem("something") || k == text.Stem("anything") {
				t.Errorf("%q: key %q", q, k)
			}
		}
	}
	if got := askText(t, ix, "Did the prison man say anything about human rights?"); !strings.Contains(got, "complied with human rights") || strings.Contains(got, "couldn't") || strings.Contains(got, "don't say") {
		t.Errorf("say anything: %q", got)
	}
}

// A question of who was killed or hurt ("were any soldiers or cops
// killed") is not answered by the toll alone because the title names the
// soldiers: the title says they went in, not that they were harmed. A
// sentence naming them harmed answers; a question of harm whose person
// word the sentence holds ("victims") or that names no person ("how many
// died") is read as before.
func TestHarmedGroupNotFromTitle(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"were any soldiers or cops killed during the retake", "did any cops or soldiers die or just prisoners", "were any soldiers hurt going in"} {
		if got := askText(t, ix, q); !strings.Contains(got, "couldn't") && !strings.Contains(got, "don't say") {
			t.Errorf("%q: %q, want no answer given", q, got)
		}
	}
	if got := askText(t, ix, "how many died in the prison riot"); !strings.Contains(got, "18 to 31") || strings.Contains(got, "couldn't") {
		t.Errorf("how many died: %q", got)
	}
	story := map[string]string{"a.txt": " date 2024-03-01 STORY: Soldiers storm a rioting prison in Quito.\n\n" +
		"The operation lasted six hours. Officials said three soldiers were killed in the fighting. The toll rose to 12 by Friday.\n"}
	if a := askOf(t, story, "were any soldiers killed"); !strings.Contains(a.Text, "three soldiers were killed") || strings.Contains(a.Text, "couldn't") {
		t.Errorf("soldiers named harmed: %q", a.Text)
	}
}

// heldBy is how much the sentence starting with prefix holds term, as
// the candidates weigh it for q (with a leaning follow-up's subject).
func heldBy(t *testing.T, story, q, subject, prefix, term string) float64 {
	t.Helper()
	ix := edgeIndex(t, map[string]string{"a.txt": story})
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), q, subject)
	for _, c := range rq.candidates(ix, passagesOf(t, ix, q+" "+subject)) {
		if strings.HasPrefix(c.text(), prefix) {
			return c.covered[term]
		}
	}
	t.Fatalf("no candidate %q for %q", prefix, q)
	return 0
}

// The title's person word is withheld only where it is the question's
// own, common and asked of harm: "die" asks harm as "died" does; a name
// ("the French and Indian War") and the last turn's subject keep the
// title's share.
func TestHarmedGroupGuards(t *testing.T) {
	const quito = " date 2024-03-01 STORY: Soldiers storm a rioting prison in Quito.\n\nThe operation lasted six hours. The toll rose to 12 by Friday.\n"
	soldier := text.Stem("soldiers")
	if got := heldBy(t, quito, "did any soldiers die", "", "The toll", soldier); got != 0 {
		t.Errorf("did any soldiers die: the toll holds soldiers %v, want 0", got)
	}
	if got := heldBy(t, quito, "did soldiers storm it", "", "The toll", soldier); got == 0 {
		t.Errorf("no harm asked: the toll holds soldiers %v, want the title's share", got)
	}
	if got := heldBy(t, quito, "did any die in the prison", "", "The toll", text.Stem("prison")); got == 0 {
		t.Errorf("no person word: the toll holds the prison %v, want the title's share", got)
	}
	// the last turn's person ("the gang leader") is held from the title
	// as its other words are
	const court = " date 2024-03-01 STORY: A court in Guayaquil sentenced a gang leader to 34 years for a prison massacre.\n\nThe killings took place in 2021. The court also ordered him to pay $50,000 in compensation to each of the victims' families.\n"
	const q, subj = "and the families of the dead get some money from him?", "the gang leader they sentenced for the massacre, how many years he got"
	if leader, gang := heldBy(t, court, q, subj, "The court also", text.Stem("leader")), heldBy(t, court, q, subj, "The court also", text.Stem("gang")); leader != gang {
		t.Errorf("the subject's leader held %v, its gang %v: want the same title share", leader, gang)
	}
	const war = " date 2024-03-01 STORY: The French and Indian War ended in 1763.\n\nThe fighting lasted seven years. Thousands died in the fighting.\n"
	if got := heldBy(t, war, "how many died in the French and Indian War", "", "Thousands", text.Stem("indian")); got == 0 {
		t.Errorf("a name's word: held %v, want the title's share", got)
	}
}
