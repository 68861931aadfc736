package ground

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// unitDays are lengths of time in days, for a span said in another unit.
var unitDays = map[string]float64{"day": 1, "week": 7, "fortnight": 14, "month": 30.44, "year": 365.25}

// spanUnitRE finds a unit of unitDays: a claim without one gives no span.
var spanUnitRE = regexp.MustCompile(`(?i)\b(?:days?|weeks?|fortnights?|months?|years?)\b`)

// timeSpan is a length of time a text gives: "60 days", "a 60-day
// state", "two months".
type timeSpan struct {
	num, unit string
	days      float64
	rounded   bool // after a rounding cue: "roughly two months"
}

// roundingCues before a number make it a rounded one.
var roundingCues = set("about around roughly approximately nearly almost some")

// spansOf are the lengths of time in words ws.
func spansOf(ws []string) []timeSpan {
	var out []timeSpan
	eachTimeSpan(ws, func(_, _ int, s timeSpan) bool {
		out = append(out, s)
		return false
	})
	return out
}

// eachTimeSpan calls fn for each length of time in words ws ("eleven
// days", "two weeks"), with its number's index i and the number's length
// n in words; when fn returns true the search goes on after the number.
func eachTimeSpan(ws []string, fn func(i, n int, s timeSpan) bool) {
	for i := 0; i+1 < len(ws); i++ {
		v, n := numberAt(ws, i)
		if v == "" || i+n >= len(ws) {
			continue
		}
		u := strings.TrimSuffix(ws[i+n], "s")
		d, ok := unitDays[u]
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 {
			continue
		}
		if fn(i, n, timeSpan{v, u, f * d, i > 0 && roundingCues[ws[i-1]]}) {
			i += n - 1
		}
	}
}

// spanRestated is what a claim's lengths of time make of the passage's:
// the numbers it gives in another unit, rounded ("sixty days, roughly two
// months" of a "60-day" state: within a tenth after a rounding cue,
// within a hundredth without: "two weeks" of "14 days"), and whether it gives a
// passage's span as it is ("runs for sixty days"), which then says how
// long the thing lasts.
func spanRestated(claim string, cited []int, ev []evidence) (converted map[string]string, same bool) {
	if !spanUnitRE.MatchString(claim) {
		return map[string]string{}, false // cheap: no unit, no span
	}
	cs := spansOf(text.Words(claim))
	if len(cs) == 0 {
		return nil, false
	}
	var ps []timeSpan
	for _, n := range cited {
		for i := range ev[n-1].sents {
			ps = append(ps, spansOf(ev[n-1].sents[i].ws)...)
		}
	}
	converted = map[string]string{}
	for _, c := range cs {
		for _, p := range ps {
			switch {
			case c.num == p.num && c.unit == p.unit:
				same = true
			case c.unit != p.unit && (c.rounded && math.Abs(c.days-p.days) <= p.days/10 || math.Abs(c.days-p.days) <= p.days/100):
				converted[c.num] = c.unit
			}
		}
	}
	return converted, same
}
