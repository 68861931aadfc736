package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// eventNouns name one event: a count given to "the riot" is that
// event's.
var eventNouns = set("riot riots uprising attack clash clashes fight fighting massacre incident operation siege standoff mutiny raid explosion blast fire shooting")

var weekdays = set("monday tuesday wednesday thursday friday saturday sunday")

// periodCues open a span of time a count is totalled over: "since 2021",
// "over the past decade", "in recent years", "so far this year".
var periodCues = set("since over recent past throughout")

// periodCountRule: a count the passage totals over a period ("violence
// that has surged since 2021, claiming the lives of hundreds of
// prisoners") is no count of one event: a claim giving it to "the riot"
// without the period ("The riot has claimed the lives of hundreds of
// prisoners") widens that event to the period, as one giving it a time of
// its own does ("Hundreds of prisoners died this week", "on Saturday"). A
// claim keeping the period ("since 2021", "in that time") passes.
func periodCountRule(claim []string, anchor, _ []sentWords, _ string) string {
	event := ""
	for i, w := range claim {
		if eventNouns[w] && i > 0 && (claim[i-1] == "the" || claim[i-1] == "this" || claim[i-1] == "that") {
			event = "the " + w
		}
		if timeUnits[w] && i > 0 && (claim[i-1] == "this" || claim[i-1] == "last") {
			event = claim[i-1] + " " + w // a time of its own: "died this week"
		} else if weekdays[w] || w == "today" || w == "yesterday" {
			event = w
		}
		if periodCues[w] || w == "time" && i > 0 && claim[i-1] == "that" {
			return "" // the claim keeps a period
		}
	}
	if event == "" {
		return ""
	}
	for _, s := range anchor {
		if !sentenceHas(s, periodCues) || sentenceHas(s, set(strings.TrimPrefix(event, "the "))) {
			continue
		}
		for _, w := range claim {
			if (magnitudes[w] || text.Numbers(w) != nil) && sentenceHas(s, set(w)) {
				return fmt.Sprintf("scope: the passage gives %q over a period, the claim gives it to %s", w, event)
			}
		}
	}
	return ""
}

// sentenceHas reports a word of s in ws.
func sentenceHas(s sentWords, ws map[string]bool) bool {
	for _, w := range s {
		if ws[w] {
			return true
		}
	}
	return false
}
