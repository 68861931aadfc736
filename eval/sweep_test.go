package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

func scored(score float64, candidate string) *bot.Answer {
	return &bot.Answer{Answerability: &bot.Answerability{
		Score: score, Threshold: 0.42, Floor: 0.3, Candidate: candidate,
		Features: map[string]float64{"coverage": score / 2, "rank": 1},
	}}
}

// sweepResults are synthetic results; the expected rows below are worked
// out by hand from them.
func sweepResults() []Result {
	return []Result{
		// a1: right candidate, 0.8: answered right for θ ≤ 0.8.
		{Case: Case{ID: "a1", Kind: "fact", Answerable: true, Answers: []string{"31"}}, Answer: scored(0.8, "The toll rose to 31.")},
		// a2: wrong candidate: never answered right, however high its score.
		{Case: Case{ID: "a2", Kind: "fact", Answerable: true, Answers: []string{"hostage"}}, Answer: scored(0.9, "The toll rose to 31.")},
		// a3: right candidate by the accuracy check's folding (case, curly quote), 0.3.
		{Case: Case{ID: "a3", Kind: "paraphrase", Answerable: true, Answers: []string{"Ecuador's"}}, Answer: scored(0.3, "ECUADOR’S army")},
		// a4: no Answerability (LLM mode): skipped.
		{Case: Case{ID: "a4", Answerable: true, Answers: []string{"x"}}, Answer: &bot.Answer{Text: "x"}},
		// u1: 0.2: abstained for θ > 0.2.
		{Case: Case{ID: "u1", Kind: "unanswerable"}, Answer: scored(0.2, "Guards were held.")},
		// u2: 0.6: abstained for θ > 0.6 (not at θ = 0.6).
		{Case: Case{ID: "u2", Kind: "unanswerable"}, Answer: scored(0.6, "Something.")},
		// u3: no answer at all: skipped.
		{Case: Case{ID: "u3", Kind: "unanswerable"}},
	}
}

func TestSweepResults(t *testing.T) {
	rows, skipped := SweepResults(sweepResults())
	if skipped != 2 {
		t.Errorf("skipped = %d, want 2 (a4, u3)", skipped)
	}
	if len(rows) != 22 {
		t.Fatalf("%d rows, want 21 grid rows and the bot's threshold 0.42", len(rows))
	}
	// θ -> {answered right, abstained}; 3 answerable and 2 unanswerable throughout.
	want := map[float64][2]int{
		0: {2, 0}, 0.05: {2, 0}, 0.2: {2, 0}, 0.25: {2, 1}, 0.3: {2, 1}, 0.35: {1, 1},
		0.42: {1, 1}, 0.6: {1, 1}, 0.65: {1, 2}, 0.8: {1, 2}, 0.85: {0, 2}, 1: {0, 2},
	}
	seen := 0
	for i, r := range rows {
		if i > 0 && r.Threshold <= rows[i-1].Threshold {
			t.Errorf("row %d: θ %.3f after %.3f", i, r.Threshold, rows[i-1].Threshold)
		}
		if r.Answerable != 3 || r.Unanswerable != 2 {
			t.Errorf("θ %.2f: %d answerable, %d unanswerable; want 3 and 2", r.Threshold, r.Answerable, r.Unanswerable)
		}
		w, ok := want[r.Threshold]
		if !ok {
			continue
		}
		seen++
		if r.AnsweredRight != w[0] || r.Abstained != w[1] {
			t.Errorf("θ %.2f: answered right %d, abstained %d; want %d, %d", r.Threshold, r.AnsweredRight, r.Abstained, w[0], w[1])
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d thresholds checked", seen, len(want))
	}
	r := rows[7] // 0.35
	if r.Threshold != 0.35 || math.Abs(r.RightShare()-1.0/3) > 1e-12 || r.AbstainShare() != 0.5 || math.Abs(r.Mean()-(1.0/3+0.5)/2) > 1e-12 {
		t.Errorf("row 7 = %+v: shares %.4f %.4f mean %.4f", r, r.RightShare(), r.AbstainShare(), r.Mean())
	}
	best, ok := BestMean(rows)
	if !ok || best.Threshold != 0.65 { // 1/3 and 2/2: 0.667 (0.583 at 0.25), the lowest θ of the best
		t.Errorf("BestMean = %+v, %v; want θ 0.65", best, ok)
	}
}

func TestSweepThresholds(t *testing.T) {
	ts := SweepThresholds()
	if len(ts) != 21 || ts[0] != 0 || ts[20] != 1 || ts[3] != 0.15 || ts[7] != 0.35 {
		t.Errorf("grid = %v", ts)
	}
	// On the grid, outside [0, 1] and NaN add nothing; 0.42 is inserted in order.
	ts = SweepThresholds(0.55, 1.5, -0.1, math.NaN(), 0.42)
	if len(ts) != 22 || ts[8] != 0.40 || ts[9] != 0.42 || ts[10] != 0.45 {
		t.Errorf("grid with extras = %v", ts)
	}
}

func TestSweepNoScores(t *testing.T) {
	rows, skipped := SweepResults([]Result{{Case: Case{Answerable: true, Answers: []string{"a"}}, Answer: &bot.Answer{}}})
	if skipped != 1 || len(rows) != 21 || rows[0].Answerable != 0 || !math.IsNaN(rows[0].Mean()) {
		t.Errorf("rows %+v, skipped %d", rows, skipped)
	}
	if _, ok := BestMean(rows); ok {
		t.Error("BestMean found a row with no questions")
	}
}

func TestWriteSweep(t *testing.T) {
	rows := []SweepRow{
		{Threshold: 0.4, AnsweredRight: 3, Answerable: 4, Abstained: 1, Unanswerable: 2},
		{Threshold: 0.42, AnsweredRight: 2, Answerable: 4, Abstained: 2, Unanswerable: 2},
		{Threshold: 0.45, AnsweredRight: 0, Answerable: 0, Abstained: 2, Unanswerable: 2},
	}
	var b bytes.Buffer
	if err := WriteSweep(&b, rows, map[float64]string{0.42: "bot threshold"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines:\n%s", len(lines), b.String())
	}
	for i, want := range [][]string{
		{"0.400", "3/4", "0.750", "1/2", "0.500", "0.625"},
		{"0.420", "2/4", "0.500", "2/2", "1.000", "0.750", "<- bot threshold"},
		{"0.450", "0/0", "-", "2/2", "1.000"},
	} {
		for _, w := range want {
			if !strings.Contains(lines[i+1], w) {
				t.Errorf("line %q lacks %q", lines[i+1], w)
			}
		}
	}
	if strings.Count(b.String(), "<-") != 1 {
		t.Errorf("marks:\n%s", b.String())
	}
}

func TestFeaturesRoundTrip(t *testing.T) {
	res := sweepResults()
	res[0].Case.ID = "" // named by position
	var b bytes.Buffer
	written, skipped, err := WriteFeatures(&b, res)
	if err != nil || written != 5 || skipped != 2 {
		t.Fatalf("WriteFeatures = %d, %d, %v; want 5, 2, nil", written, skipped, err)
	}
	first := strings.SplitN(b.String(), "\n", 2)[0]
	if want := `{"id":"#1","kind":"fact","answerable":true,"correct_candidate":true,"score":0.8,"features":{"coverage":0.4,"rank":1}}`; first != want {
		t.Errorf("first line\n got %s\nwant %s", first, want)
	}
	recs, err := ReadFeatures(&b)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var pos int
	for _, r := range recs {
		ids = append(ids, r.ID)
		if r.Positive() {
			pos++
		}
	}
	if got := strings.Join(ids, " "); got != "#1 a2 a3 u1 u2" {
		t.Errorf("ids %q", got)
	}
	if pos != 2 || recs[1].CorrectCandidate || !recs[2].CorrectCandidate || recs[3].Answerable {
		t.Errorf("records %+v", recs)
	}
	res[1].Answer.Answerability.Features["bad"] = math.Inf(1)
	if _, _, err := WriteFeatures(&b, res); err == nil || !strings.Contains(err.Error(), `a2: feature "bad"`) {
		t.Errorf("an infinite feature: %v", err)
	}
	if _, err := ReadFeatures(strings.NewReader("{\"id\":\"x\"}\n\nnot json\n")); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("a bad line: %v", err)
	}
}
