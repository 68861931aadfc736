package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// sinceDayRule: "since <day>" and "until <day>" bind a day to the state or
// event before them, as "on <day>" does (dayBindingRule). When a sentence
// of the cited passages holds two of the three content terms before the
// preposition and gives another weekday, and no sentence holding two of
// them gives the claim's day, the claim has moved the day ("has not heard
// from her son since Saturday" where she "had not heard from her son, who
// is serving a sentence for robbery, since Friday", and the clashes began
// on Saturday).
func sinceDayRule(claim []string, _, all []sentWords, _ string) string {
	for i := 1; i+1 < len(claim); i++ {
		if claim[i] != "since" && claim[i] != "until" {
			continue
		}
		day := claim[i+1]
		if _, ok := text.Weekday(day); !ok {
			continue
		}
		event := termsBefore(claim, i, 3)
		if len(event) < 2 {
			continue
		}
		other, same := "", false
		for _, s := range all {
			shared := 0
			for _, t := range event {
				if holdsTerm(s, t) {
					shared++
				}
			}
			if shared < 2 {
				continue
			}
			for _, w := range s {
				if _, ok := text.Weekday(w); !ok {
					continue
				}
				if w == day {
					same = true
				} else {
					other = w
				}
			}
		}
		if other != "" && !same {
			return fmt.Sprintf("day: the passage says %q %s %s, not %s", strings.Join(event, " "), claim[i], other, day)
		}
	}
	return ""
}
