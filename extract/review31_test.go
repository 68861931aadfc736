package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// Written by an independent reviewer from the session's diff alone (two
// cases it wrote are left open, both so at a9ce83a too: "How many
// prisoners died in March?" of a July riot story beside a March one is
// answered with the July toll, datedIn knowing the month from the other
// story; "Did the dockworkers march through Valparaiso?" is answered "Yes"
// from the story dated in March. A third, "... in 2019?", a year no story
// holds, answered with the 2023 toll, is mended: TestYearNoStoryHolds). Each
// expectation is what a careful user wants of the rule's stated purpose,
// not what the code returns.

// strikeMarch31 is strike27 dated in March 2024: a month and a year no
// other story of these corpora is dated in.
const strikeMarch31 = ` date 2024-03-14 STORY: Port workers strike in Valparaiso.

Dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.

The union said the strike would continue until the operator agreed to hire two extra safety inspectors.
`

// curfew31 is a curfew story whose hours only one sentence gives.
const curfew31 = ` date 2023-08-10 STORY: Curfew declared in Duran.

Authorities declared a curfew in the port city of Duran after a wave of killings.

The curfew runs from 10 p.m. to 5 a.m. every night.

Police said patrols would be doubled in the city's markets.
`

// Review 31, rule 4: a question of at most three words after a statement
// leans on the statement for its topic: the statement's words the stories
// know join the keys at a follow-up subject's weight (topic, no name the
// answer must hold). A longer question with a topic of its own does not.
func TestReview31ShortQuestionAfterStatement(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"riot.txt": riot27, "strike.txt": strike27, "curfew.txt": curfew31})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, c := range []struct {
		name, q string
		topic   []string // words whose stems must be keys read as the topic
		not     []string // words whose stems must be no key
		why     string
	}{
		{"two-words", "The curfew in Duran. Which hours?", []string{"curfew", "duran"}, nil,
			"'which hours' of the curfew in Duran: the statement says which story"},
		// FINDING (mended): ellipticWords counts text.Words, which splits "What's", so "What's the toll?" counts as 4 words and never leans on the statement.
		{"contraction", "The riot in Guayaquil. What's the toll?", []string{"guayaquil"}, nil,
			"'What's the toll?' is three words as anyone types them; the apostrophe does not make it a longer question"},
		{"long-own-topic", "The riot in Guayaquil. How many guards were held hostage in Esmeraldas?", nil, []string{"guayaquil"},
			"a question of its own naming its own place does not lean on the statement's place"},
	} {
		t.Run(c.name, func(t *testing.T) {
			keys := readQuestion(ix, voc, c.q, "").keys
			find := func(w string) *keyTerm {
				for i := range keys {
					if keys[i].term == text.Stem(w) {
						return &keys[i]
					}
				}
				return nil
			}
			for _, w := range c.topic {
				if k := find(w); k == nil || !k.topic || k.proper {
					t.Errorf("%s\n%q: keys %+v, want %q as a topic key, no name", c.why, c.q, keys, text.Stem(w))
				}
			}
			for _, w := range c.not {
				if find(w) != nil {
					t.Errorf("%s\n%q: keys %+v, want no %q", c.why, c.q, keys, text.Stem(w))
				}
			}
		})
	}
}

// Review 31, rules 4 and 5 as answers: a short question takes its story
// from the statement before it; a month or year of a story's dateline is
// a word the corpus holds of that story, and of no other.
func TestReview31Answers(t *testing.T) {
	for _, c := range []struct {
		name    string
		stories map[string]string
		q       string
		want    string   // a substring the answer must hold, unhedged ("" = none)
		notWant []string // substrings an unhedged answer must not hold
		notYes  bool     // an unhedged answer must not be "Yes"
		why     string
	}{
		{"short-q-other-story", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"The strike in Valparaiso. How many died?", "", []string{"31"}, false,
			"the statement picks the strike story, which tells of no deaths: the riot's toll is no answer"},
		{"short-q-topic-switch", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"Forget the prison riot. And the strike?", "", []string{"prison", "gangs", "toll", "hostage", "Lasso"}, false,
			"the asker turns away from the riot: the answer is the strike's, not a riot sentence"},
		{"short-q-guess-number", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"They said 500 prisoners died. How many really?", "31", nil, false,
			"the statement's count is a claim; the prisoners' deaths are the riot's toll, 31"},
		{"dated-month", map[string]string{"riot.txt": riot27, "strike.txt": strikeMarch31},
			"How many prisoners died in July?", "31", nil, false,
			"the riot story is dated July: its toll is the July deaths"},
		{"dated-year", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"How many prisoners died in 2023?", "31", nil, false,
			"the riot story is dated 2023: its toll is that year's count"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := askOf(t, c.stories, c.q)
			got := a.Text
			if a.Abstained {
				got = "(abstained) " + got
			}
			if c.want != "" && (a.Abstained || !strings.Contains(a.Text, c.want)) {
				t.Errorf("%s\n%q: answer %q, want it to hold %q", c.why, c.q, got, c.want)
			}
			if a.Abstained {
				return
			}
			for _, w := range c.notWant {
				if strings.Contains(a.Text, w) {
					t.Errorf("%s\n%q: answer %q, want it not to hold %q", c.why, c.q, got, w)
				}
			}
			if c.notYes && strings.HasPrefix(a.Text, "Yes") {
				t.Errorf("%s\n%q: answer %q, want no Yes", c.why, c.q, got)
			}
		})
	}
}

// A year no story writes or dates is the time the question asks about, no
// figure to check: "How many prisoners died in 2019?" of stories of 2023
// is not answered with their toll (the review's case, mended); the year a
// story is dated still answers.
func TestYearNoStoryHolds(t *testing.T) {
	stories := map[string]string{"riot.txt": riot27, "strike.txt": strike27}
	if a := askOf(t, stories, "How many prisoners died in 2019?"); !a.Abstained && !strings.HasPrefix(a.Text, Hedge) {
		t.Errorf("2019: %q answered, want no answer", a.Text)
	}
	if a := askOf(t, stories, "How many prisoners died in 2023?"); a.Abstained || !strings.Contains(a.Text, "31") {
		t.Errorf("2023: %q, want the toll", a.Text)
	}
}
