package ground

import (
	"fmt"
	"slices"

	"github.com/storybot-dev/storybot/text"
)

// relativeDays place an event by the day it is read on ("yesterday",
// "tomorrow"; Spanish "ayer", "anoche"): only a passage saying so
// supports one, since a passage's weekday or date ("on Tuesday") says
// nothing of how long ago that was. relativeSpans do the same after
// "last" or "next": "last week", "next month"; longSpans ("next year")
// only against another span. Not "today": answers
// frame what is current with it ("today's forecast is ...").
var (
	relativeDays  = set("yesterday tomorrow ayer anoche anteayer")
	relativeSpans = set("week month weekend night")
)

// relativeDayRule: a claim placing an event by the reader's day
// ("raised the toll yesterday", "last week") needs the same words in a
// cited passage; "on Tuesday" there is no "yesterday".
func relativeDayRule(claim []string, _, all []sentWords, _ string) string {
	for i, w := range claim {
		rel := ""
		switch {
		case relativeDays[w]:
			rel = w
		case (w == "last" || w == "next") && i+1 < len(claim) && relativeSpans[claim[i+1]]:
			rel = w + " " + claim[i+1]
		case (w == "last" || w == "next") && i+1 < len(claim) && longSpans[claim[i+1]]:
			// "next year" may be the model's reckoning from a date
			// ("in 2024"); not when the passage gives that time another
			// span ("next month")
			if rel = w + " " + claim[i+1]; heldWords(all, rel) || !otherSpan(all, w, claim[i+1]) {
				continue
			}
		default:
			continue
		}
		if heldWords(all, rel) {
			continue
		}
		return fmt.Sprintf("day: the claim says %q, which the passage does not", rel)
	}
	return ""
}

// longSpans are spans after "last" or "next" a model may reckon from a
// date: they are stopped only where the passage says "last" or "next" of
// another span.
var longSpans = set("year decade")

// otherSpan reports a sentence saying rel ("next", "last") of a span
// other than unit: "next month" where the claim says "next year".
func otherSpan(all []sentWords, rel, unit string) bool {
	for _, s := range all {
		for i := 0; i+1 < len(s); i++ {
			if s[i] == rel && s[i+1] != unit && (relativeSpans[s[i+1]] || longSpans[s[i+1]]) {
				return true
			}
		}
	}
	return false
}

// heldWords reports a sentence holding the words of phrase in a row.
func heldWords(all []sentWords, phrase string) bool {
	ws := text.Words(phrase)
	for _, s := range all {
		for i := 0; i+len(ws) <= len(s); i++ {
			if slices.Equal([]string(s[i:i+len(ws)]), ws) {
				return true
			}
		}
	}
	return false
}
