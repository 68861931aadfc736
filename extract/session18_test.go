package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// "What city is this in" names no place and no topic: of one story it
// asks the story's own place, the city its lede names, not the first
// passage that says "city". A topic told before the question ("guards
// were taken hostage at another jail. In which city did that happen?")
// or a topic in it ("what city did the mayor die in") is read as asked.
func TestWhatCityIsThisIn(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"what city is this in", "which city did this take place in?", "what town was it",
		// the asker's own remark before it
		"My cousin works as a guard. What city is this in?"} {
		if got := askText(t, ix, q); !strings.Contains(got, "city of Guayaquil") {
			t.Errorf("%q: %q, want the lede's Guayaquil", q, got)
		}
	}
	for q, want := range map[string]string{
		"I read that prison guards were taken hostage at another jail while all this was going on. In which city did that happen?": "Esmeraldas",
		"what city was the mayor shot dead in": "Manta",
	} {
		if got := askText(t, ix, q); !strings.Contains(got, want) {
			t.Errorf("%q: %q, want %s", q, got, want)
		}
	}
}

// townOnly is true of keys that are all the kind of place asked for, and
// of no others.
func TestTownOnly(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for q, want := range map[string]bool{
		"what city is this in":           true,
		"which town was it":              true,
		"what city did the mayor die in": false,
		"which country is this in":       false,
		"where is this":                  false,
	} {
		if got := townOnly(keyTerms(ix, voc, q)); got != want {
			t.Errorf("townOnly(%q) = %v, want %v", q, got, want)
		}
	}
}

// A yes/no question's place that the sentence holds only as its story's
// setting, while it names places of its own, gets no "Yes:": "was it the
// mayor of Guayaquil who was shot" is answered by the Manta sentence as
// it stands. A sentence that names no place of its own ("Clashes between
// gangs here began"), or only its title's ("in Ecuador"), still answers
// yes.
func TestYesNoOtherPlace(t *testing.T) {
	ix := testindex.Seed(t)
	got := askText(t, ix, "was it the mayor of Guayaquil who was shot dead on Sunday?")
	if strings.HasPrefix(got, "Yes") || !strings.Contains(got, "Manta") {
		t.Errorf("mayor of Guayaquil: %q, want the Manta sentence with no yes", got)
	}
	if got := askText(t, ix, "were there clashes in Guayaquil"); !strings.HasPrefix(got, "Yes: Clashes") {
		t.Errorf("clashes in Guayaquil: %q, want yes", got)
	}
	// "one of the most dangerous in Ecuador": the title's country
	if got := askText(t, ix, "were automatic weapons seized in Guayaquil"); !strings.HasPrefix(got, "Yes: Footage") {
		t.Errorf("weapons in Guayaquil: %q, want yes", got)
	}
}

// A chat word for one person ("the prison man", "yer man", "the lady")
// says no more of the topic than "person"; a plural ("how many men") is
// what is counted and stays, and so does a name ("Guy").
func TestCasualPersonSingular(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	has := func(q, term string) bool {
		for _, k := range keyTerms(ix, voc, q) {
			if k.term == term {
				return true
			}
		}
		return false
	}
	for _, q := range []string{"what did the prison man say", "how many years did yer man get", "who is the snai lady", "what did the fella say"} {
		for _, w := range []string{"man", "lady", "fella"} {
			if has(q, text.Stem(w)) {
				t.Errorf("%q: %q a key term", q, w)
			}
		}
	}
	if !has("how many men died", text.Stem("men")) {
		t.Error(`"how many men died": men not a key term`)
	}
	if !has("what did Man Singh say", text.Stem("man")) {
		t.Error(`"Man Singh": the name's word not a key term`)
	}
}

// A yes/no question's clause of time names the event in the asker's
// words: one of its words in the passage is enough ("when they threw the
// fire bomb at the attorney general's office" of "a Molotov cocktail
// attack on its office"). The question's own words are still all needed
// ("did any guards escape when the army went in" is no yes), and "when"
// after "said" asks a question of its own.
func TestYesNoSettingClause(t *testing.T) {
	ix := testindex.Seed(t)
	if got := askText(t, ix, "Was anybody hurt when they threw the fire bomb at the attorney generals office?"); !strings.HasPrefix(got, "Yes: The attorney general's office said") {
		t.Errorf("hurt when ... fire bomb: %q, want yes", got)
	}
	if got := askText(t, ix, "did any guards escape when the army went in"); strings.HasPrefix(got, "Yes") {
		t.Errorf("guards escape: %q, want no yes", got)
	}
	// a clause of time none of whose words the passage holds names
	// another event
	if got := askText(t, ix, "was anybody hurt in the attack on the attorney general's office when the helicopter crashed"); strings.HasPrefix(got, "Yes") {
		t.Errorf("hurt when the helicopter crashed: %q, want no yes", got)
	}
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for q, want := range map[string]bool{
		"was anybody hurt when they threw the fire bomb":       true,
		"did anyone die while the army went in":                true,
		"has the prison service said when the wall is rebuilt": false,
		"do they know when the election is":                    false,
	} {
		keys := keyTerms(ix, voc, q)
		markSetting(q, keys)
		got := slices.ContainsFunc(keys, func(k keyTerm) bool { return k.setting })
		if got != want {
			t.Errorf("%q: a setting clause %v, want %v", q, got, want)
		}
	}
}
