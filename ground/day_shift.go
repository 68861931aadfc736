package ground

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/text"
)

// dayShiftRule: a claim that dates one event by another's weekday ("Lasso
// declared the emergency on Monday, and the mayor was shot dead the
// following day") gives the second a weekday of its own (Tuesday): a
// cited sentence telling of that event on another weekday ("the mayor of
// Manta was shot dead on Sunday") gainsays it. The event is read by its
// verb, the content word before the shift ("shot dead the following
// day": shot); the shift is "the following/next day", "a day later",
// "the day after", or back, "the day before", "a day earlier", "the
// previous day".
func dayShiftRule(claim []string, _, all []sentWords, _ string) string {
	var base time.Weekday
	have := false
	for i := 0; i < len(claim); i++ {
		if d, ok := text.Weekday(claim[i]); ok {
			base, have = d, true
			continue
		}
		if !have {
			continue
		}
		shift, n := dayShiftAt(claim, i)
		if n == 0 {
			continue
		}
		implied := (base + time.Weekday(7+shift)) % 7
		verb := ""
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if t := stemOf(claim[j]); t != "" && !metaTerms[t] && !auxWords[claim[j]] {
				if text.PastParticiple(claim[j]) || verbLike(claim[j]) {
					verb = t
					break
				}
			}
		}
		if verb == "" {
			i += n - 1
			continue
		}
		for _, s := range all {
			if !slices.ContainsFunc(s, func(w string) bool { return stemOf(w) == verb }) {
				continue
			}
			for _, w := range s {
				if d, ok := text.Weekday(w); ok && d != implied && d != base {
					return fmt.Sprintf("day: the claim's %q makes it %s, the passage says %s", strings.Join(claim[i:i+n], " "), implied, d)
				}
			}
		}
		i += n - 1
	}
	return ""
}

// dayShiftAt reads a shift by a day at claim[i]: +1 for "the following
// day", "the next day", "a day later", "the day after"; -1 for "the day
// before", "a day earlier", "the previous day"; with the words it takes
// (0 when none).
func dayShiftAt(claim []string, i int) (shift, n int) {
	at := func(ws ...string) bool {
		return i+len(ws) <= len(claim) && slices.Equal(claim[i:i+len(ws)], ws)
	}
	switch {
	case at("the", "following", "day"), at("the", "next", "day"):
		return 1, 3
	case at("a", "day", "later"), at("one", "day", "later"):
		return 1, 3
	case at("the", "day", "after") && (i+3 >= len(claim) || clauseBreaks[claim[i+3]]):
		return 1, 3
	case at("the", "day", "before") && (i+3 >= len(claim) || clauseBreaks[claim[i+3]]):
		return -1, 3
	case at("a", "day", "earlier"), at("the", "previous", "day"), at("one", "day", "earlier"):
		return -1, 3
	}
	return 0, 0
}
