package eval

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/storybot-dev/storybot/bot"
)

// SweepPoint is one question as the answerability sweep sees it.
type SweepPoint struct {
	Answerable bool
	// CorrectCandidate says the best candidate answer holds an accepted
	// answer, whether or not the bot gave it.
	CorrectCandidate bool
	// Score is the answerability score in [0, 1].
	Score float64
}

// SweepRow is the trade-off at one threshold θ: an answerable question
// counts as answered right when its candidate holds an accepted answer and
// its score is at least θ; an unanswerable one counts as abstained on when
// its score is below θ.
type SweepRow struct {
	Threshold                 float64
	AnsweredRight, Answerable int
	Abstained, Unanswerable   int
}

// RightShare is the share of answerable questions answered right (NaN
// when there are none).
func (r SweepRow) RightShare() float64 { return share(r.AnsweredRight, r.Answerable) }

// AbstainShare is the share of unanswerable questions abstained on (NaN
// when there are none).
func (r SweepRow) AbstainShare() float64 { return share(r.Abstained, r.Unanswerable) }

// Mean is the mean of the two shares: each side counts the same however
// many questions it has (NaN when either side has none).
func (r SweepRow) Mean() float64 { return (r.RightShare() + r.AbstainShare()) / 2 }

func share(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// SweepThresholds is the grid 0.00, 0.05, …, 1.00 plus any extra
// thresholds in [0, 1] not already on it (the bot's own operating point),
// in increasing order.
func SweepThresholds(extra ...float64) []float64 {
	var ts []float64
	for i := 0; i <= 20; i++ {
		ts = append(ts, float64(i)/20) // not a running sum: 0.15 is exactly 0.15
	}
	for _, x := range extra {
		if x < 0 || x > 1 || math.IsNaN(x) {
			continue
		}
		if i := sort.SearchFloat64s(ts, x); i < len(ts) && ts[i] == x {
			continue
		}
		ts = append(ts, x)
		sort.Float64s(ts)
	}
	return ts
}

// Sweep computes the trade-off at each threshold.
func Sweep(points []SweepPoint, thresholds []float64) []SweepRow {
	rows := make([]SweepRow, len(thresholds))
	for i, t := range thresholds {
		r := SweepRow{Threshold: t}
		for _, p := range points {
			if p.Answerable {
				r.Answerable++
				if p.CorrectCandidate && p.Score >= t {
					r.AnsweredRight++
				}
			} else {
				r.Unanswerable++
				if p.Score < t {
					r.Abstained++
				}
			}
		}
		rows[i] = r
	}
	return rows
}

// CandidateCorrect says whether candidate holds one of the case's accepted
// answers, matched as the accuracy check matches a reply.
func CandidateCorrect(c Case, candidate string) bool {
	return len(c.Answers) > 0 && containsAny(norm(candidate), c.Answers)
}

// SweepPoints turns results into sweep points. Results whose answer has no
// Answerability (LLM mode, or a bot that does not score) are skipped and
// counted.
func SweepPoints(results []Result) (points []SweepPoint, skipped int) {
	for _, r := range results {
		a := answerability(r)
		if a == nil {
			skipped++
			continue
		}
		points = append(points, SweepPoint{
			Answerable:       r.Case.Answerable,
			CorrectCandidate: CandidateCorrect(r.Case, a.Candidate),
			Score:            a.Score,
		})
	}
	return points, skipped
}

// SweepResults is Sweep over the results that carry an Answerability, at
// the grid plus the bots' own thresholds (see SweepThresholds). It returns
// the rows and how many results were skipped for having no score.
func SweepResults(results []Result) (rows []SweepRow, skipped int) {
	points, skipped := SweepPoints(results)
	th, fl := OperatingPoints(results)
	return Sweep(points, SweepThresholds(append(th, fl...)...)), skipped
}

// OperatingPoints lists the distinct thresholds and floors the results'
// Answerability carries, in increasing order (one of each, normally).
func OperatingPoints(results []Result) (thresholds, floors []float64) {
	seenT, seenF := map[float64]bool{}, map[float64]bool{}
	for _, r := range results {
		a := answerability(r)
		if a == nil {
			continue
		}
		if !seenT[a.Threshold] {
			seenT[a.Threshold] = true
			thresholds = append(thresholds, a.Threshold)
		}
		if !seenF[a.Floor] {
			seenF[a.Floor] = true
			floors = append(floors, a.Floor)
		}
	}
	sort.Float64s(thresholds)
	sort.Float64s(floors)
	return thresholds, floors
}

func answerability(r Result) *bot.Answerability {
	if r.Answer == nil {
		return nil
	}
	return r.Answer.Answerability
}

// WriteSweep prints rows as a table, one line per threshold; marks notes
// rows by threshold (such as "bot threshold").
func WriteSweep(w io.Writer, rows []SweepRow, marks map[float64]string) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "(no rows)")
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s  %-25s  %-25s  %s\n", "θ", "answerable answered right", "unanswerable abstained", "mean")
	for _, r := range rows {
		line := fmt.Sprintf("%5.3f  %6d/%-6d %-11s  %6d/%-6d %-11s  %s",
			r.Threshold, r.AnsweredRight, r.Answerable, fmtShare(r.RightShare()),
			r.Abstained, r.Unanswerable, fmtShare(r.AbstainShare()), fmtShare(r.Mean()))
		if m := marks[r.Threshold]; m != "" {
			line += "  <- " + m
		}
		b.WriteString(line + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func fmtShare(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.3f", x)
}

// BestMean is the row with the highest mean of the two shares (the lowest
// threshold among ties); ok is false when no row has a mean.
func BestMean(rows []SweepRow) (best SweepRow, ok bool) {
	for _, r := range rows {
		m := r.Mean()
		if math.IsNaN(m) {
			continue
		}
		if !ok || m > best.Mean() {
			best, ok = r, true
		}
	}
	return best, ok
}
