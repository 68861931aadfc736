package eval

import (
	"context"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/bot"
)

// script answers each question with a fixed answer.
type script map[string]*bot.Answer

func (s script) Ask(_ context.Context, q bot.Question) (*bot.Answer, error) { return s[q.Text], nil }

const src = "The toll rose to 31. Guards were held hostage."

func cite(start, end int) bot.Citation {
	return bot.Citation{N: 1, Source: "a.txt", Start: start, End: end, Quote: src[start:end]}
}

func TestRunScores(t *testing.T) {
	corpus := fstest.MapFS{"a.txt": {Data: []byte(src)}}
	cases := []Case{
		// Right, evidence in passage 2 (reciprocal rank 1/2), cited.
		{Question: "q1", Answers: []string{"31"}, Evidence: "rose to 31", Answerable: true},
		// Wrong: abstained on an answerable question; evidence in passage 1.
		{Question: "q2", Answers: []string{"hostage"}, Evidence: "held hostage", Answerable: true},
		// Right: abstained on an unanswerable question.
		{Question: "q3", Answerable: false},
		// Wrong: answered an unanswerable one, with a forbidden string.
		{Question: "q4", Answerable: false, MustNot: []string{"toll"}},
		// Wrong: the right answer, but its quote is not the source's bytes.
		{Question: "q5", Answers: []string{"31"}, Evidence: "rose to 31", Answerable: true},
	}
	bad := cite(0, 20)
	bad.Quote = "The toll rose to 310"
	answers := script{
		"q1": {Text: "It rose to 31 [1].", Citations: []bot.Citation{cite(0, 20)},
			Passages: []bot.Passage{{Text: "Guards were held hostage."}, {Text: "The toll rose to 31."}}},
		"q2": {Text: bot.NotFound, Abstained: true, Passages: []bot.Passage{{Text: "Guards were held hostage."}}},
		"q3": {Text: bot.NotFound, Abstained: true},
		"q4": {Text: "The toll [1].", Citations: []bot.Citation{cite(0, 20)}},
		"q5": {Text: "31 [1]", Citations: []bot.Citation{bad}, Passages: []bot.Passage{{Text: "x"}, {Text: "y"}, {Text: "The toll rose to 31."}}},
	}
	rep, err := Run(context.Background(), answers, cases, 5, corpus)
	if err != nil {
		t.Fatal(err)
	}
	// Worked out by hand from the cases above.
	want := map[string]float64{
		"recall":            3.0 / 3,                 // q1 rank 2, q2 rank 1, q5 rank 3
		"mrr":               (1.0/2 + 1 + 1.0/3) / 3, // over the three with evidence
		"accuracy":          2.0 / 5,                 // q1, q3
		"citation exact":    2.0 / 3,                 // q1, q4 exact; q5 not
		"evidence cited":    1.0 / 1,                 // q1 is the only right answerable one with evidence
		"abstain precision": 1.0 / 2,                 // abstained on q2 (wrong) and q3 (right)
		"abstain recall":    1.0 / 2,                 // of q3 and q4, only q3
	}
	got := map[string]float64{
		"recall": rep.RecallAtK, "mrr": rep.MRR, "accuracy": rep.Accuracy, "citation exact": rep.CitationExact,
		"evidence cited": rep.EvidenceCited, "abstain precision": rep.AbstainPrecision, "abstain recall": rep.AbstainRecall,
	}
	for k, w := range want {
		if math.Abs(got[k]-w) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", k, got[k], w)
		}
	}
	if rep.Forbidden != 1 {
		t.Errorf("forbidden = %d, want 1 (q4)", rep.Forbidden)
	}
	if !strings.Contains(rep.Results[4].Why, "don't match their source bytes") {
		t.Errorf("q5 why = %q", rep.Results[4].Why)
	}
}

func TestLoadRejectsBadLines(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"unknown field", `{"question":"q","answerable":false,"answer":"x"}`, "line 1"},
		{"no question", `{"answerable":false}`, "no question"},
		{"answerable without answers", `{"question":"q","answerable":true}`, "no accepted answers"},
		{"empty", "# only a comment\n", "no questions"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load = %v, want an error with %q", err, tt.want)
			}
		})
	}
	cases, err := Load(strings.NewReader("# c\n\n" + `{"question":"q","answers":["a"],"answerable":true}` + "\n"))
	if err != nil || len(cases) != 1 {
		t.Errorf("Load of a good file = %v, %v", cases, err)
	}
}
