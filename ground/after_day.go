package ground

import (
	"fmt"
	"slices"

	"github.com/storybot-dev/storybot/text"
)

// sequenceCues open a clause of its own event: "called after talks broke
// down on Tuesday evening".
var sequenceCues = set("after following before since until")

// afterDayRule: a day in a passage's "after …" clause dates that clause's
// event, not the main one. A claim giving the main event's subject that
// day ("The strike began on Tuesday evening" of "The strike was called …
// after talks … broke down on Tuesday evening") moves it, unless the
// claim keeps the sequence ("called after talks broke down on Tuesday")
// or some sentence puts the subject on that day outside such a clause.
// A sequence of the claim's own keeps only a day inside it: "Lasso made
// the declaration on Sunday, hours after the mayor was shot dead" still
// moves the declaration to the shooting's Sunday.
func afterDayRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		if claim[i] != "on" {
			continue
		}
		if _, ok := text.Weekday(claim[i+1]); !ok {
			continue
		}
		if slices.ContainsFunc(claim[:i], func(w string) bool { return sequenceCues[w] }) {
			continue // the day of the claim's own "after ..." clause
		}
		subject := ""
		for _, w := range claim[:i] {
			if stemOf(w) != "" && !auxWords[w] {
				subject = w // the first content word: the claim's subject
				break
			}
		}
		if subject == "" {
			continue
		}
		day, clause, plain := claim[i+1], false, false
		for _, s := range all {
			for j := 1; j+1 < len(s); j++ {
				if s[j] != "on" || s[j+1] != day {
					continue
				}
				at, cue := -1, -1
				for k := 0; k < j; k++ {
					if s[k] == subject && at < 0 {
						at = k
					}
					if sequenceCues[s[k]] {
						cue = k
					}
				}
				switch {
				case at >= 0 && cue > at:
					clause = true
				case at >= 0 || cue < 0:
					plain = true
				}
			}
		}
		if clause && !plain {
			return fmt.Sprintf("day: the passage dates what came before or after the %s on %s, not the %s", subject, day, subject)
		}
	}
	return ""
}
