package ground

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// QuotedHedgeReach is how many words after a hedge in the claim's own
// quote it covers, auxiliaries aside ("could rot on the docks": rot, on,
// the; the hedge is on the rotting, the docks are where).
const QuotedHedgeReach = 3

// quotedHedgeRule: a claim whose own quotation hedges what the claim then
// states as fact ("cherries and grapes are rotting" quoting "could rot on
// the docks"). The model named the hedged words as its evidence, so one
// of its content words under the hedge is enough (modalityRule, reading
// the passage, wants MinHedged). A claim that hedges in its own words
// ("could spoil", "warned of rot", "if the strike lasts") passes.
func quotedHedgeRule(body string, groups []group) string {
	own := text.Words(body)
	for _, w := range own {
		if claimHedges[w] || quoteHedgeFrames[w] {
			return ""
		}
	}
	ct := map[string]bool{}
	for _, w := range own {
		if t := stemOf(w); t != "" {
			ct[t] = true
		}
	}
	for _, g := range groups {
		for _, mq := range g.quotes {
			if why := hedgedInQuote(mq.q, ct); why != "" {
				return why
			}
		}
	}
	return ""
}

// hedgedInQuote is quotedHedgeRule's reason for one quote q against the
// claim's own terms ct, or "".
func hedgedInQuote(q string, ct map[string]bool) string {
	// the hedge reaches to its clause's end, not past a ";" or "."
	for _, clause := range quoteClauseRE.Split(q, -1) {
		qw := text.Words(clause)
		for i := range qw {
			if !hedgeAt(qw, i) {
				continue
			}
			for j, n := i+1, 0; j < len(qw) && n < QuotedHedgeReach && !clauseBreaks[qw[j]]; j++ {
				if auxWords[qw[j]] || qw[j] == "to" {
					continue // "could have been": the verb comes after
				}
				n++
				if t := stemOf(qw[j]); t != "" && ct[t] && !text.IsNumeral(t) {
					return fmt.Sprintf("modality: the claim's quote hedges %q (%q), the claim states it as fact", qw[j], strings.Join(qw[i:j+1], " "))
				}
			}
		}
	}
	return ""
}

// quoteClauseRE ends a clause inside a quote: a full stop before a space
// or the end, not one inside "3.5".
var quoteClauseRE = regexp.MustCompile(`[;:!?]|\.(?:\s|$)`)

// quoteHedgeFrames are the claim's words that keep a quote's hedge
// without a modal: a warning or a fear is of what may happen.
var quoteHedgeFrames = set("warn warns warned warning warnings fear fears feared fearing risk risks threat threaten threatens threatened worry worries worried concern concerns concerned danger")
