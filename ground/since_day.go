package ground

import (
	"fmt"
	"strconv"
	"strings"
	"time"

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
		if len(event) == 1 {
			// "She hasn't heard from him since Saturday": one verb, its
			// object a pronoun; read where a sentence holds the verb
			// with a day after the same "since"
			if r := sinceVerbDay(claim, i, event[0], all); r != "" {
				return r
			}
			continue
		}
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

// sinceVerbDay is sinceDayRule for a claim whose only content word before
// "since <day>" (claim[i]) is the verb t: a sentence holding the verb (by
// stem or lemma) and the same preposition before another weekday, where
// none gives the claim's day, has it on that other day ("had not heard
// from her son ... since Friday").
func sinceVerbDay(claim []string, i int, t string, all []sentWords) string {
	verb := ""
	for k := i - 1; k >= 0; k-- {
		if stemOf(claim[k]) == t {
			verb = claim[k]
			break
		}
	}
	if verb == "" || !(text.PastParticiple(verb) || verbLike(verb)) {
		return ""
	}
	day, other, same := claim[i+1], "", false
	for _, s := range all {
		if !holdsTerm(s, t) && !holdsLemma(s, verb) {
			continue
		}
		for j := 0; j+1 < len(s); j++ {
			if s[j] != claim[i] {
				continue
			}
			if !isWeekday(s[j+1]) {
				continue
			}
			if s[j+1] == day {
				same = true
			} else {
				other = s[j+1]
			}
		}
	}
	if other != "" && !same {
		return fmt.Sprintf("day: the passage says %q %s %s, not %s", verb, claim[i], other, day)
	}
	return ""
}

// weekdayGap reports a count of days the claim gives ("two days after")
// that is the gap between two weekdays it names, both the passages' ("The
// walkout began on Thursday, two days after talks broke down on Tuesday"):
// arithmetic on the passages' days, as a difference of their numbers is.
func weekdayGap(x, claim string, words map[string]bool) bool {
	n, err := strconv.Atoi(x)
	if err != nil || n < 1 || n > 6 {
		return false
	}
	ws := text.Words(claim)
	counted := false
	for i := 0; i+1 < len(ws); i++ {
		if v, k := numberAt(ws, i); v == x && i+k < len(ws) && (ws[i+k] == "days" || ws[i+k] == "day") {
			counted = true
		}
	}
	if !counted {
		return false
	}
	var days []time.Weekday
	for _, w := range ws {
		if d, ok := text.Weekday(w); ok && words[w] {
			days = append(days, d)
		}
	}
	for _, a := range days {
		for _, b := range days {
			if (int(b)-int(a)+7)%7 == n {
				return true
			}
		}
	}
	return false
}
