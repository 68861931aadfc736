package bot

// Cases of the twenty-second session's second review (33 cases, from the
// diff of the rules kept after the first review). It found 16 regressions:
// two guesses after a bare opener ("What? Did the army or the police go
// in?") were read out, now the question before must have three words and
// the choice must not open on a verb; the early look at the next word
// missed "*inside*" and "to" in quotes, now every mark around it is
// trimmed; and "is the prison in Quito" read as asking the prison's city
// answered against the asker's true claims over many stories ("was the
// riot in Quito?") and read months, adverbs and things the story lacks as
// places: that rule was taken back (its cases below guard the old
// behaviour). Left open and pruned here: a wrong "Yes" to "was the
// shooting in Duran?" and "was the Molotov attack in Guayaquil?" (the
// rule's absence leaves them as they were), "is the prison in Peru?"
// refused, a lower-case second sentence after "?" not split.

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/internal/testindex"
)

// Review 22b over the news set: a place the question names picks the
// story among many; dropping it as "a claim to check" loses the story.

func review22bNewsAnswered(a *Answer) bool {
	return !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) && !strings.HasPrefix(a.Text, extract.HedgeNo)
}

func TestReview22bNewsPlaceClaim(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	for _, c := range []struct {
		q    string
		ok   func(a *Answer) bool
		want string
	}{
		// hold: the Litoral is in Guayaquil: no "Yes" to Quito
		{"So the Litoral prison is in Quito, yes?", func(a *Answer) bool { return !strings.HasPrefix(a.Text, "Yes") }, "no yes"},
		// probe: the news set has a riot in Quito (story 001); answering the Guayaquil riot denies it (it said "Yes" with the Quito story before)
		{"was the riot in Quito?", func(a *Answer) bool { return strings.Contains(a.Text, "Quito") }, "the Quito riot"},
		// probe: the Bucaramanga prison fire exists; the Esmeraldas refinery fire is a wrong answer
		{"was the fire in Bucaramanga?", func(a *Answer) bool {
			return !strings.Contains(a.Text, "Esmeraldas") && strings.Contains(a.Text, "fire")
		}, "the Bucaramanga fire, not Esmeraldas"},
		// probe: the earthquake struck south of Loja (it said "Yes" before; now refused)
		{"was the earthquake in Loja?", func(a *Answer) bool { return review22bNewsAnswered(a) && strings.Contains(a.Text, "Loja") }, "the Loja sentence"},
	} {
		a := askOffline(t, b, c.q)
		if !c.ok(a) {
			t.Errorf("%q: got %q, want %s", c.q, a.Text, c.want)
		}
	}
}

// tryVerb made cheaper, "answers unchanged": "manage *to*" in Discord
// italics is still the verb of managing (TestManagedToGetInside's case).
func TestReview22bNewsManageMarkdown(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	for _, q := range []string{
		// hold: the plain case
		"How did the officers manage to get inside?",
		// probe: *to* in italics is the same "to" (now hedged over the news set)
		"How did the officers manage *to* get inside? I would imagine the men had barricaded the doors.",
	} {
		if a := askOffline(t, b, q); !review22bNewsAnswered(a) || !strings.Contains(a.Text, "controlled detonations") {
			t.Errorf("%q: got %q, want the controlled detonations", q, a.Text)
		}
	}
}
