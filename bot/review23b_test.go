package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
)

// Review 23b: questions at the edges of the session's four rules, over the
// seed story (Ecuador prison riot).

// Questions the story answers: an answer, unhedged, holding want; a
// question that asks a thing ("do you know the death toll") is no yes/no
// and must not be answered "Yes:".
func TestReview23bAnswered(t *testing.T) {
	b, c := seedBot(t)
	for _, tc := range []struct{ q, want, why string }{
		{"did the soldiers get in", "gained access", "get in is no release: controlled detonations gained access"},
		{"did the soldiers get inside the prison", "gained access", "get inside is no release"},
		{"!" + "do you know the death toll?", "31", "asks the toll"},
		{"!" + "does anyone know the death toll thanks", "31", "thanks asks nothing"},
		{"!" + "let me know the death toll", "31", "a request for the toll"},
		{"!" + "do you know the death toll? someone told me 18", "31", "the toll, with a guess the story corrects"},
		{"do you know if anyone died", "31", "the toll of 31 says people died"},
		{"what's the name of the prison", "Penitenciaria del Litoral", "the prison is named; no office asked"},
		{"what is the snai directors name", "Guillermo Rodriguez", "the director is named"},
		{"!" + "do you guys know the name of the prison authority", "SNAI", "the authority is named"},
		{"Good evening. How many guards were held hostage?", "15", "a greeting before a count"},
		{"Hi there. Did the attorney general raise the death toll?", "31", "a greeting before a yes/no the story settles"},
		{"Good morning. Who is the general director of the SNAI?", "Guillermo Rodriguez", "a greeting before a who-question"},
		{"Hello! Is Guillermo Rodriguez the general director of the prison authority?", "Guillermo Rodriguez", "a greeting before a yes/no the story settles"},
	} {
		q, noYes := strings.CutPrefix(tc.q, "!") // "!": asks a thing, not yes or no
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if noYes && strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: %q, want the thing asked, not a yes (%s)", q, a.Text, tc.why)
		}
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || strings.HasPrefix(a.Text, extract.HedgeNo) || !strings.Contains(a.Text, tc.want) {
			t.Errorf("%q: %q, want an answer with %q (%s)", q, a.Text, tc.want, tc.why)
		}
	}
}

// Questions the story does not answer: refused or hedged, never "Yes:".
func TestReview23bNotGiven(t *testing.T) {
	b, c := seedBot(t)
	for _, tc := range []struct{ q, why string }{
		{"did they let the hostages go", "the story never tells a release"},
		{"Good morning! Did they let the guards go?", "a greeting before it: still yes/no, still untold"},
		{"did they let the 15 prison guards in esmeraldas go", "a long object between let and go"},
		{"did the guards get set free", "no freeing told"},
		{"did any prisoners get away during the riot", "no escape told"},
		{"Thanks for the help earlier. Did the hostages get out?", "thanks before it; no release told"},
		{"did the hostages get out alive", "no release told"},
		{"do you know the guards were released?", "a claim the story never makes"},
		{"do you know the names of the gangs", "the gangs are never named"},
		{"what was the mayor of manta's name", "the mayor is never named"},
		{"what were the inmates names", "no inmate is named"},
		{"what are the gang leaders names", "no gang leader is named"},
		{"whats the operations name", "the operation is never named"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) && !strings.HasPrefix(a.Text, extract.HedgeNo) {
			t.Errorf("%q: %q, want no answer (%s)", tc.q, a.Text, tc.why)
		}
	}
}
