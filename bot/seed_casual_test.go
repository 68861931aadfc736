package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// On the embedded seed story, questions as a tuning writer typed them: a
// short one whose only key term the answer sentence holds with the kind of
// answer asked (one story: nothing else it could be about), the boss of
// the prisons who is the story's general director, and what "the prison
// boss guy" said; a toll asked "now".
func TestSeedCasualQuestions(t *testing.T) {
	b, c := seedBot(t)
	for _, tt := range []struct{ q, want string }{
		{"which prison was it tho", "Penitenciaria del Litoral"},
		{"wich jail did the army storm", "Penitenciaria del Litoral"},
		{"who is the boss of all the prisons in ecuador", "Guillermo Rodriguez"},
		{"what did the prison boss guy say abt the operation", "decisive"},
		{"how many people died in the riot at the Litoral jail in Guayaquil?", "18 to 31"},
		{"how many ppl died in that equador prision thing? wasnt it like 50 dead?", "18 to 31"},
		// the asker's "now" is no topic: the stories tell the latest
		{"how many people are dead now? keeps changing on my feed", "18 to 31"},
		// a question of words no story uses takes its topic from the
		// statement before it
		{"The government declared a state of emergency over the prisons. How long is it meant to last?", "60-day"},
		// "somewhere else" names no place the answer must hold
		{"guards got taken hostage somewhere else too? where", "Esmeraldas"},
		// a thing and "name": the prison's name, the boss's name
		{"prison name?", "Penitenciaria del Litoral"},
		{"prison boss guy name?", "Guillermo Rodriguez"},
		{"how many ppl ded", "18 to 31"},
		// a guess after the question: its words no story uses count
		// for nothing
		{"how'd they even get in there lol, blow the doors?", "controlled detonations"},
		{"who raise the number of dead sef, na police?", "attorney general"},
		// a noun of two words WordNet gives as the story's ("petrol
		// bomb": "Molotov cocktail")
		{"was anyone hurt in the petrol bomb attack", "one civilian was hurt"},
		// Nigerian Pidgin: "wetin" asks what, "abeg" and "sef" are filler
		{"wetin the police find inside the prison", "automatic weapons"},
		{"abeg wetin the police find inside the prison sef", "automatic weapons"},
	} {
		a := ask(t, b, tt.q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q: %q, want an answer with %q", tt.q, a.Text, tt.want)
		}
	}
}

// A chatty question covers little of itself; when the score has weighed
// that and still finds the closest sentence likely (extract.MinHedgeScore,
// below the threshold), it is offered as the closest passage, not "The
// stories don't say."; a question no sentence fits is still refused.
func TestSeedChattyHedged(t *testing.T) {
	b, c := seedBot(t)
	// ("when did the trouble start in there in the first place, was it
	// the weekend or before that" was this test's question until the
	// thirty-fourth session, when a beginning told with its day came to
	// answer it outright: TestSeedWhenItBegan)
	q := "what kind of stuff did they find inside the jail house guns drugs what"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "automatic weapons") {
		t.Errorf("%q: %q, want the weapons seized offered as the closest", q, a.Text)
	}
	// (the emergency's length in Manabi scores 0.27 against the prisons'
	// 60-day emergency: under MinHedgeScore, refused)
	for _, q := range []string{"who won the super bowl", "what is the capital of australia", "how long is the emergency in Manabi, Los Rios etc already in force and for how many days is it valid", "how long is the curfew"} {
		if a := ask(t, b, q); !a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) {
			t.Errorf("%q: %q, want the stories don't say", q, a.Text)
		}
	}
}

// A threshold set below MinHedgeScore is still the operating point: a
// score at or above it answers, however little the sentence covers.
func TestLowThresholdAnswersLowCoverage(t *testing.T) {
	c := loadCorpus(t, "../corpus")
	o := bot.DefaultOptions()
	o.Threshold, o.Floor = 0.25, 0.2
	b := bot.New(c.index, nil, o, nil)
	q := "how long is the emergency in Manabi, Los Rios etc already in force and for how many days is it valid"
	a := ask(t, b, q)
	if a.Abstained || !strings.Contains(a.Text, "60-day") {
		t.Errorf("%q at threshold 0.25: %q, want the 60-day sentence as the answer", q, a.Text)
	}
}
