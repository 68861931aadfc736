package ground

import (
	"fmt"
	"math"
)

// spanLengthRule: how long a thing lasted is the length the passage
// gives. A claim saying something "lasted" (lasts, lasting) a length of
// time the cited sentences give no lasting of, where they say what lasted
// how long ("lasted 11 days"), has changed the length ("lasted nearly two
// weeks"). The same length in another unit passes: exactly, or within a
// quarter after a rounding cue ("about two weeks" of "13 days"). A bound
// ("more than a week", "under a month") passes when a length the passage
// gives is within it; a passage giving only bounds decides nothing. Any
// length the passages give, lasted or not ("talks had run for 11
// weeks"), or a sum of two ("15 days in total" of 11 and 4), may be the
// claim's.
func spanLengthRule(claim []string, _, all []sentWords, _ string) string {
	cs := lastingSpans(claim)
	if len(cs) == 0 {
		return ""
	}
	var ps, any []lasting // lengths lasted; every length given
	for _, s := range all {
		for _, p := range lastingSpans(s) {
			if p.bound == 0 {
				ps = append(ps, p)
			}
		}
		for _, p := range spansOf(s) {
			any = append(any, lasting{timeSpan: p})
		}
	}
	if len(ps) == 0 {
		return ""
	}
	for _, c := range cs {
		ok := false
		for i, p := range any {
			for _, q := range any[i+1:] {
				// a sum of two lengths ("15 days in total" of 11 and 4)
				ok = ok || c.bound == 0 && math.Abs(c.days-p.days-q.days) <= c.days/100
			}
		}
		for _, p := range any {
			switch {
			case c.bound > 0:
				ok = ok || p.days > c.days
			case c.bound < 0:
				ok = ok || p.days < c.days
			case c.rounded:
				ok = ok || math.Abs(c.days-p.days) <= p.days/4
			default:
				ok = ok || c.num == p.num && c.unit == p.unit || math.Abs(c.days-p.days) <= p.days/100
			}
		}
		if !ok {
			return fmt.Sprintf("number: the passage says it lasted %s %s, not %s %s", ps[0].num, plural(ps[0].unit, ps[0].num), c.num, plural(c.unit, c.num))
		}
	}
	return ""
}

// lasting is a length of time something is said to last, and whether it
// is a bound: 1 for at least ("more than a week"), -1 for at most ("under
// a month").
type lasting struct {
	timeSpan
	bound int
}

// lastVerbs say how long something went on.
var lastVerbs = set("last lasts lasted lasting")

// LastReach is how many words before a length of time its verb of
// lasting may stand ("lasted for nearly two weeks": three).
const LastReach = 3

// lastingSpans are the lengths of time ws says something lasted.
func lastingSpans(ws []string) []lasting {
	has := false
	for _, w := range ws {
		if lastVerbs[w] {
			has = true
			break
		}
	}
	if !has {
		return nil // cheap: no verb of lasting, no length lasted
	}
	var out []lasting
	eachTimeSpan(ws, func(i, _ int, s timeSpan) bool {
		verb := false
		for j := max(0, i-LastReach); j < i; j++ {
			verb = verb || lastVerbs[ws[j]]
		}
		if !verb {
			return false
		}
		l := lasting{timeSpan: s}
		switch prev := before(ws, i, 1); {
		case prev == "over" || prev == "beyond" || prev == "than" && before(ws, i, 2) == "more" || prev == "least":
			l.bound = 1
		case prev == "under" || prev == "within" || prev == "than" && (before(ws, i, 2) == "less" || before(ws, i, 2) == "fewer"):
			l.bound = -1
		}
		out = append(out, l)
		return true
	})
	return out
}

// before is the word k places before ws[i], "" at the start.
func before(ws []string, i, k int) string {
	if i-k < 0 {
		return ""
	}
	return ws[i-k]
}

// plural is unit as said of num: "day" of 1, "days" of 11.
func plural(unit, num string) string {
	if num == "1" {
		return unit
	}
	return unit + "s"
}
