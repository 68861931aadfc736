package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/storybot-dev/storybot/extract"
)

// Outcome is what became of one question, on both sides of the trade-off:
// an answerable question answered right, answered wrong (confidently: no
// hedge), hedged (the closest passage shown, flagged as not a direct
// answer) or refused ("The stories don't say."); an unanswerable one
// refused, hedged, or answered (confidently wrong).
type Outcome string

const (
	Right   Outcome = "right"
	Wrong   Outcome = "wrong"
	Hedged  Outcome = "hedged"
	Refused Outcome = "refused"
)

// OutcomeOf classifies a scored result.
func OutcomeOf(r Result) Outcome {
	switch {
	case r.Answer == nil:
		return Refused
	case strings.HasPrefix(r.Answer.Text, extract.Hedge) || strings.HasPrefix(r.Answer.Text, extract.HedgeNo):
		return Hedged
	case r.Answer.Abstained:
		return Refused
	case r.Case.Answerable && r.Correct:
		return Right
	}
	return Wrong
}

// Tally counts outcomes for answerable and unanswerable questions apart.
type Tally struct {
	Answerable, Unanswerable map[Outcome]int
	NAnswerable, NUnanswer   int
	// HedgedShown counts answerable questions hedged with a passage that
	// holds an accepted answer: not answered, but the answer is on screen.
	HedgedShown int
}

// TallyBy groups results by key (the writer, the set) and counts their
// outcomes.
func TallyBy(results []Result, key func(Result) string) map[string]*Tally {
	out := map[string]*Tally{}
	for _, r := range results {
		k := key(r)
		t := out[k]
		if t == nil {
			t = &Tally{Answerable: map[Outcome]int{}, Unanswerable: map[Outcome]int{}}
			out[k] = t
		}
		o := OutcomeOf(r)
		if r.Case.Answerable {
			t.NAnswerable++
			t.Answerable[o]++
			if o == Hedged && containsAny(norm(r.Answer.Text), r.Case.Answers) {
				t.HedgedShown++
			}
		} else {
			t.NUnanswer++
			if o == Right {
				o = Wrong
			}
			t.Unanswerable[o]++
		}
	}
	return out
}

// WriteTallies prints one row per key: for answerable questions the share
// answered right, answered wrong, hedged and refused; for unanswerable ones
// the share refused or hedged and the share answered (wrongly).
func WriteTallies(w io.Writer, tallies map[string]*Tally) {
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintln(w, "| set | answerable | right | wrong | hedged (answer shown) | refused | unanswerable | refused or hedged | answered |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|")
	frac := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%d (%.2f)", a, float64(a)/float64(b))
	}
	for _, k := range keys {
		t := tallies[k]
		a, u := t.Answerable, t.Unanswerable
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %d | %s | %s |\n", k, t.NAnswerable,
			frac(a[Right], t.NAnswerable), frac(a[Wrong], t.NAnswerable), fmt.Sprintf("%s (%d)", frac(a[Hedged], t.NAnswerable), t.HedgedShown), frac(a[Refused], t.NAnswerable),
			t.NUnanswer, frac(u[Refused]+u[Hedged], t.NUnanswer), frac(u[Wrong], t.NUnanswer))
	}
}
