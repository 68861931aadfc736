package eval

import (
	"context"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/bot"
)

// scriptedAsker answers each question with its scripted answer.
type scriptedAsker map[string]*bot.Answer

func (s scriptedAsker) Ask(_ context.Context, q bot.Question) (*bot.Answer, error) {
	return s[q.Text], nil
}

// TestReportScores: every score of a run over scripted answers, each case
// chosen so that each score counts what it says and only that.
func TestReportScores(t *testing.T) {
	const src = "The river rose two metres on Monday. Officials closed the bridge."
	first, last := "The river rose two metres on Monday.", "Officials closed the bridge."
	at := strings.Index(src, last)
	cite := func(quote string, start int) bot.Citation {
		return bot.Citation{N: 1, Source: "s.txt", Start: start, End: start + len(quote), Quote: quote}
	}
	passages := []bot.Passage{{N: 1, Source: "s.txt", Text: src}}
	answered := func(txt string, c bot.Citation) *bot.Answer {
		return &bot.Answer{Text: txt, Citations: []bot.Citation{c}, Passages: passages}
	}
	abstained := &bot.Answer{Text: bot.NotFound, Abstained: true, Passages: passages}
	asker := scriptedAsker{
		"how high":    answered("The river rose two metres [1].", cite(first, 0)),
		"what closed": answered("Officials closed the bridge [1].", cite(last, at)), // its quote ends the file
		"which day":   answered("It was on Monday [1].", cite(last, at)),            // correct, evidence not cited
		"who built":   abstained,
		"who paid":    abstained,
		"who swam":    abstained,
		"who sang":    {Text: "Yes."},
	}
	cases := []Case{
		{Question: "how high", Answerable: true, Answers: []string{"two metres"}, Evidence: "rose two metres"},
		{Question: "what closed", Answerable: true, Answers: []string{"bridge"}, Evidence: "closed the bridge"},
		{Question: "which day", Answerable: true, Answers: []string{"monday"}, Evidence: "on Monday"},
		{Question: "who built", Answerable: true, Answers: []string{"engineers"}},
		{Question: "who paid", Answerable: true, Answers: []string{"the city"}},
		{Question: "who swam", Answerable: false},
		{Question: "who sang", Answerable: false, Evidence: "a song nobody sang"},
	}
	rep, err := Run(context.Background(), asker, cases, 5, fstest.MapFS{"s.txt": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"accuracy", rep.Accuracy, 4.0 / 7},
		{"recall@k", rep.RecallAtK, 1},
		{"citation exact", rep.CitationExact, 1},
		{"evidence cited", rep.EvidenceCited, 2.0 / 3},
		{"abstain precision", rep.AbstainPrecision, 1.0 / 3},
		{"abstain recall", rep.AbstainRecall, 1.0 / 2},
	} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
}

// With nothing to count, a share is perfect: no citation made is none
// wrong.
func TestReportSharesOfNothing(t *testing.T) {
	asker := scriptedAsker{"who swam": {Text: bot.NotFound, Abstained: true}}
	rep, err := Run(context.Background(), asker, []Case{{Question: "who swam", Answerable: false}}, 5, fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.CitationExact != 1 || rep.EvidenceCited != 1 {
		t.Errorf("citation exact %v, evidence cited %v; want 1 with nothing to count", rep.CitationExact, rep.EvidenceCited)
	}
}
