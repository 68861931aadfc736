package ground

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// orderLaterCues put the later event (or the effect) before them and the
// earlier one (or the cause) after: "the strike was called after talks
// broke down", "declared it because the mayor was shot". orderEarlierCues the
// other way round: "talks broke down before the strike was called".
var (
	orderLaterCues   = set("after because following")
	orderEarlierCues = set("before")
)

// orderSpans before a cue may make it an adverb ("the day after, Lasso
// declared ..."), whose events the words (without their commas) don't
// tell apart: such a cue is left alone.
var orderSpans = set("day days week weeks month months year years hour hours minute minutes moment moments night soon shortly long just right immediately")

// orderWindow is how many content words on each side of a cue are read
// as the events it orders.
const orderWindow = 4

// orderRule: a claim ordering two events ("talks broke down after the
// union called the strike") must not reverse the order a cited sentence
// gives them ("the strike was called after talks broke down"): the
// words of the claim's later event stand on the earlier side of the
// sentence's cue, and none on its later side, while the words of its
// earlier event stand on the later side only. A fronted cue ("After the
// talks broke down, ...") is left alone in either.
func orderRule(claim []string, _, all []sentWords, _ string) string {
	for k, w := range claim {
		if k < 2 || !orderLaterCues[w] && !orderEarlierCues[w] || orderSpans[claim[k-1]] {
			continue
		}
		before := orderTerms(claim[:k], true)
		after := orderTerms(claim[k+1:], false)
		later, earlier := before, after
		if orderEarlierCues[w] {
			later, earlier = after, before
		}
		for _, s := range all {
			if sentenceReverses(s, later, earlier) {
				return fmt.Sprintf("order: the claim says %q %s %q; the passage has them the other way round", joinTerms(before), w, joinTerms(after))
			}
		}
	}
	return ""
}

// orderTerms are the stems of the content words next to a cue, at most
// orderWindow of them: the last ones of ws when back, else the first.
func orderTerms(ws []string, back bool) map[string]bool {
	out := map[string]bool{}
	for i := range ws {
		j := i
		if back {
			j = len(ws) - 1 - i
		}
		if clauseBreaks[ws[j]] && ws[j] != "that" {
			break
		}
		if t := stemOf(ws[j]); t != "" && !metaTerms[t] && !text.IsNumeral(t) && !text.IsNumberTerm(t) {
			out[t] = true
			if len(out) == orderWindow {
				break
			}
		}
	}
	return out
}

// sentenceReverses reports a sentence ordering the two events the other
// way: two of later's terms on its earlier side and none on its later
// side, one of earlier's on its later side and none on its earlier.
func sentenceReverses(s sentWords, later, earlier map[string]bool) bool {
	for m, w := range s {
		if m < 2 || !orderLaterCues[w] && !orderEarlierCues[w] {
			continue
		}
		sLater, sEarlier := stemsOf(s[:m]), stemsOf(s[m+1:])
		if orderEarlierCues[w] {
			sLater, sEarlier = sEarlier, sLater
		}
		lInE, lInL := countIn(later, earlier, sEarlier), countIn(later, earlier, sLater)
		eInL, eInE := countIn(earlier, later, sLater), countIn(earlier, later, sEarlier)
		if lInE >= 2 && lInL == 0 && eInL >= 1 && eInE == 0 {
			return true
		}
	}
	return false
}

func stemsOf(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if t := stemOf(w); t != "" {
			out[t] = true
		}
	}
	return out
}

// countIn counts the terms of a (not also in b) that in holds, as
// written or a stem synonym.
func countIn(a, b, in map[string]bool) int {
	n := 0
	for t := range a {
		if !b[t] && (in[t] || anySynonymIn(in, t)) {
			n++
		}
	}
	return n
}

func joinTerms(m map[string]bool) string {
	ts := slices.Sorted(maps.Keys(m))
	return strings.Join(ts, " ")
}
