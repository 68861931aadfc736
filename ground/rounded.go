package ground

import (
	"math"
	"strconv"
	"strings"
)

// approxCue is the words of an approxRE match before its number, folded:
// "nearly", "more than".
func approxCue(m string) string {
	i := strings.IndexAny(m, "$0123456789")
	if i < 0 {
		return ""
	}
	return strings.Join(strings.Fields(strings.ToLower(m[:i])), " ")
}

// Which way a rounded number may stand from the passage's: "nearly 30"
// and "under 30" are above the count, "more than 30" below it. Keyed by
// the whole cue, as approxCue gives it ("more than"; a set of its words
// would hold "than" on both sides and "more than" on neither).
var (
	approxAbove = map[string]bool{"nearly": true, "almost": true, "under": true, "less than": true, "fewer than": true, "just under": true}
	approxBelow = map[string]bool{"over": true, "more than": true, "just over": true}
)

// roundedOf reports x a rounding of a passage number near it (within
// NearShare) the way its cue says: "nearly"/"almost"/"fewer than" x
// above it, "over"/"more than" x below it, and "about"/"some"/"around"
// x, when rounder than the passage number, that number rounded to x's
// own last digit ("about 1,200" of 1,214; not "some 1,300", which rounds
// up past it; "about 275" of 250 is no rounding but near enough).
func roundedOf(x, cue string, nums map[string]bool) bool {
	v, err := strconv.ParseFloat(x, 64)
	if err != nil || v <= 0 {
		return false
	}
	for n := range nums {
		if !nearOf(x, map[string]bool{n: true}) {
			continue
		}
		w, _ := strconv.ParseFloat(n, 64)
		switch {
		case approxAbove[cue]:
			if w <= v {
				return true
			}
		case approxBelow[cue]:
			if w >= v {
				return true
			}
		default:
			if g := granularity(x); g <= granularity(n) || math.Abs(v-w) <= g/2 {
				return true
			}
		}
	}
	return false
}

// granularity is the place of x's last nonzero digit: 100 for 1300, 1
// for 31, 0.1 for 2.5.
func granularity(x string) float64 {
	if i := strings.IndexByte(x, '.'); i >= 0 {
		return math.Pow(10, -float64(len(x)-i-1))
	}
	g := 1.0
	for j := len(x) - 1; j > 0 && x[j] == '0'; j-- {
		g *= 10
	}
	return g
}
