package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/text"
)

// review18bAsk answers q as the bot does offline: read (Reader.Read),
// rephrased, searched with the bot's pool, ranked, and the kept passages
// answered.
func review18bAsk(t *testing.T, ix *retrieval.Index, q string) string {
	t.Helper()
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	plain := text.Rephrase(rd.Read(ix, q))
	ranked := Rank(ix, voc, plain, "", passagesOfN(t, ix, plain, 10))
	a := &Answer{Passages: ranked[:min(5, len(ranked))]}
	(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, plain, "", a)
	return a.Text
}

// "What city is this in" after a sentence about the asker asks the story's
// place. Only a topic of another event ("another jail") asks elsewhere.
func TestReview18bTownOfStory(t *testing.T) {
	ix := testindex.Seed(t)
	for _, c := range []struct{ q, want, not string }{
		// (left open after the review: a lower-case sentence before the
		// question is read with it as one, "i live in ecuador lol. what
		// city is this in?", and "talking about" is a key of its own)
		{"im from ecuador. which city did this happen in", "city of Guayaquil", ""},
		{"what city did all this happen in", "city of Guayaquil", ""},
		{"what city was the state of emergency in", "Duran", ""},
		{"what other city had violence", "Esmeraldas", ""},
	} {
		got := review18bAsk(t, ix, c.q)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %s", c.q, got, c.want)
		}
	}
}

// The request frame before a question in a clause's order, with chat
// after it, or before "how is called X", is read as the question: the
// prison's name, not the prison authority's or the footage.
func TestReview18bFramedName(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{
		// wrong: "lmao" hides the clause's end, "what the prison is
		// called" stays uninverted and the SNAI sentence answers
		"can you remind me what the prison is called lmao",
		// wrong: the frame hides "how is called"; the footage answers
		"can you tell me how is called the prison",
		// edges that hold
		"can you remind me what the prison is called",
		"how is called the prison",
		"whats the jail called i cant pronounce anything",
	} {
		if got := review18bAsk(t, ix, q); !strings.Contains(got, "Penitenciaria del Litoral") {
			t.Errorf("%q: %q, want the Litoral sentence", q, got)
		}
	}
}

// A phrasal verb read one synonym further takes only that synonym's
// sense: "back down" (withdraw, retreat, recede) reaches "lose" and with
// it the "Los" of "Los Rios"; "pass away" (die, decease, go, exit)
// reaches "issue"; "point out" (note, remark, mention) reaches "state" of
// "state of emergency". Those are no words for the phrase.
func TestReview18bPhrasalDrift(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, c := range []struct {
		q, verb string
		bad     []string
		good    []string
	}{
		{"did the gangs back down", "back", []string{"los"}, nil},
		{"how many prisoners passed away", "pass", []string{"issu"}, nil},
		{"what did the director point out", "point", []string{"stat"}, nil},
	} {
		var k *keyTerm
		keys := keyTerms(ix, voc, c.q)
		for i := range keys {
			if keys[i].term == text.Stem(c.verb) || keys[i].term == c.verb {
				k = &keys[i]
			}
		}
		if k == nil {
			if len(c.good) > 0 {
				t.Errorf("%q: keys %+v, want %s read as a phrasal verb", c.q, keys, c.verb)
			}
			continue
		}
		for _, b := range c.bad {
			if k.alts[b] > 0 {
				t.Errorf("%q: %s reaches %q (%v), a sense the phrase does not have", c.q, c.verb, b, k.alts)
			}
		}
		for _, g := range c.good {
			if k.alts[g] == 0 {
				t.Errorf("%q: %s does not reach %q (%v)", c.q, c.verb, g, k.alts)
			}
		}
	}
}

// A yes/no question naming the title's country is answered yes by a
// sentence that names a place within it; one naming the story's setting
// city is not, where the sentence names another city.
func TestReview18bYesNoPlace(t *testing.T) {
	ix := testindex.Seed(t)
	for q, yes := range map[string]bool{
		"Were guards taken hostage in Ecuador?":              true,
		"Did Lasso declare a state of emergency in Ecuador?": true,
		"were guards held hostage in esmeraldas, ecuador?":   true,
		"Was the mayor of Manta shot in Guayaquil?":          false,
	} {
		got := askText(t, ix, q)
		if strings.HasPrefix(got, "Yes") != yes {
			t.Errorf("%q: %q, want yes=%v", q, got, yes)
		}
	}
}
