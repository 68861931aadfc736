package ground

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// sameDayRE is a claim's day told by pointing back: "the same day", "on
// that same day", "that day".
var sameDayRE = regexp.MustCompile(`(?i)\b(?:on\s+)?(?:the\s+(?:very\s+)?same\s+day|that\s+(?:very\s+|same\s+)?day)\b`)

// sameDay reads a claim's "the same day" as the weekday it points back
// to, so that the day rules read it as written out: the last weekday
// before it in the claim ("raised the toll on Tuesday, the same day ..."),
// else the last the claims before it named (prev). "The mayor was shot
// dead on Sunday. Lasso declared a state of emergency the same day" is
// read "... on Sunday". The claim as it was when no weekday comes before.
func sameDay(claim, prev string) string {
	m := sameDayRE.FindStringIndex(claim)
	if m == nil {
		return claim
	}
	day := lastWeekday(claim[:m[0]])
	if day == "" {
		day = prev
	}
	if day == "" {
		return claim
	}
	return claim[:m[0]] + "on " + day + claim[m[1]:]
}

// lastWeekday is the last weekday named in s (text.Weekdays),
// capitalised, or "".
func lastWeekday(s string) string {
	ds := text.Weekdays(text.Fold(s))
	if len(ds) == 0 {
		return ""
	}
	w := ds[len(ds)-1]
	return strings.ToUpper(w[:1]) + w[1:]
}
