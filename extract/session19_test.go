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
	prison := text.Stem("prison")
	for s, want := range map[string]string{
		"seized from inside the prison - one of the most dangerous": prison,
		"The prisons were full":                prison, // a form of the title's word
		"the guards were taken hostage":        "",     // no word of the title
		"inside the Prison of Quito":           "",     // a name, not the known thing
		"a prison in the north":                "",     // not spoken of as known
		"they went into the prisoner's cell":   "",     // another word
		"the end came and the prison was calm": prison, // a later "the"
	} {
		if got := theTitleThing(s, title); got != want {
			t.Errorf("theTitleThing(%q) = %q, want %q", s, got, want)
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

// The prison "the prison" stands for is one the sentences before named
// as a prison, in its name or right after it ("the Litoral prison"); and
// a count of the dead ("how many
// miners died") still reads the title's people, as its answer names
// none ("Three died").
func TestTheThingNamedAndHarmCounted(t *testing.T) {
	riot := map[string]string{"a.txt": " date 2024-03-01 STORY: Prison riot leaves 12 dead in Ecuador.\n\n" +
		"Inmates at the Litoral prison in Guayaquil rioted on Saturday. Separately, a car bomb exploded outside a police station in Esmeraldas. " +
		"Soldiers regained control of the prison after six hours.\n"}
	if a := askOf(t, riot, "did soldiers regain control of the Litoral?"); !strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, "regained control") {
		t.Errorf("the Litoral prison: %q", a.Text)
	}
	miners := map[string]string{"a.txt": " date 2024-03-01 STORY: Miners trapped after collapse in Zacatecas.\n\nThe collapse happened on Wednesday morning. Three died and five were rescued on Thursday.\n"}
	if a := askOf(t, miners, "how many miners died?"); !strings.Contains(a.Text, "Three died") {
		t.Errorf("how many miners died: %q", a.Text)
	}
}

// thingNamed gives "the prison" the names the sentences before it give a
// prison: the Litoral, named "the Litoral prison", not Guayaquil or
// Esmeraldas; nothing for "the station" when no station is named.
func TestThingNamed(t *testing.T) {
	const story = " date 2024-03-01 STORY: Prison riot leaves 12 dead in Ecuador.\n\n" +
		"Inmates at the Litoral prison in Guayaquil rioted on Saturday. A car bomb went off in Esmeraldas. " +
		"Soldiers regained control of the prison after six hours.\n"
	ix := edgeIndex(t, map[string]string{"a.txt": story})
	var rd question.Reader
	q := "did soldiers regain control of the prison"
	rq := readQuestion(ix, rd.Vocabulary(ix), q, "")
	for _, c := range rq.candidates(ix, passagesOf(t, ix, q)) {
		if !strings.HasPrefix(c.text(), "Soldiers regained") {
			continue
		}
		got := rq.back(ix, c.p.Source).thingNamed(c.sp.Start, text.Stem("prison"))
		if !got[text.Stem("litoral")] || got[text.Stem("guayaquil")] || got[text.Stem("esmeraldas")] {
			t.Errorf("thingNamed(prison) = %v, want the Litoral alone", got)
		}
		if got := rq.back(ix, c.p.Source).thingNamed(c.sp.Start, text.Stem("station")); got != nil {
			t.Errorf("thingNamed(station) = %v, want nil", got)
		}
		return
	}
	t.Fatal("no candidate for the soldiers' sentence")
}
