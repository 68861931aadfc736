package ground

import (
	"fmt"
	"slices"

	"github.com/storybot-dev/storybot/text"
)

// sequenceCues open a clause of its own event: "called after talks broke
// down on Tuesday evening", "called once negotiations collapsed on
// Tuesday".
var sequenceCues = set("after following before since until once")

// afterDayRule: a day in a passage's "after …" clause dates that clause's
// event, not the main one. A claim giving the main event's subject that
// day ("The strike began on Tuesday evening" of "The strike was called …
// after talks … broke down on Tuesday evening") moves it, unless the
// claim keeps the sequence ("called after talks broke down on Tuesday")
// or some sentence puts the subject on that day outside such a clause.
// A sequence of the claim's own keeps only a day inside it: "Lasso made
// the declaration on Sunday, hours after the mayor was shot dead" still
// moves the declaration to the shooting's Sunday. The other way round, a
// day of the main event is not that of the passage's "after ..." clause:
// "Soldiers retook the prison on Wednesday" of "Relatives gathered ... on
// Wednesday, waiting for news after soldiers and police retook the prison"
// dates the retaking that was only before the gathering, unless the claim
// names the gathering's subject before the day too ("... retook the prison,
// and relatives gathered outside on Wednesday"), or the passage's main
// clause has the claim's verb ("Troops retook the prison on Wednesday, two
// days after soldiers were sent in").
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
		subject := firstContent(claim[:i]) // the claim's subject
		if subject == "" {
			continue
		}
		day, clause, later, plain := claim[i+1], false, false, false
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
				case at < 0 && cue < 0 && afterTheDay(s, j+2, subject) && !slices.Contains(claim[:i], firstContent(s)) && !verbBefore(claim[slices.Index(claim, subject)+1:i], s[:j]):
					later = true
				case at >= 0 || cue < 0:
					plain = true
				}
			}
		}
		if clause && !plain {
			return fmt.Sprintf("day: the passage dates what came before or after the %s on %s, not the %s", subject, day, subject)
		}
		if later && !plain {
			return fmt.Sprintf("day: the passage dates another event on %s, not what the %s did before or after it", day, subject)
		}
	}
	return ""
}

// afterTheDay reports the subject only in a clause a sequence cue opens
// after position from in s ("... on Wednesday, waiting for news after
// soldiers and police retook").
func afterTheDay(s []string, from int, subject string) bool {
	cue := false
	for k := from; k < len(s); k++ {
		if sequenceCues[s[k]] {
			cue = true
		}
		if s[k] == subject {
			return cue
		}
	}
	return false
}

// firstContent is the first content word of s, or "".
func firstContent(s []string) string {
	for _, w := range s {
		if stemOf(w) != "" && !auxWords[w] {
			return w
		}
	}
	return ""
}

// verbBefore reports the claim's verb (the first inflected word after its
// subject: "retook") in the passage's words before the day, by lemma.
func verbBefore(claim, main []string) bool {
	for _, w := range claim {
		if l := text.Lemma(w); l != w && !auxWords[w] && stemOf(w) != "" {
			for _, x := range main {
				if text.Lemma(x) == l {
					return true
				}
			}
			return false
		}
	}
	return false
}
