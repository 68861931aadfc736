package text

import (
	"regexp"
	"strings"
)

// Some askers write a question as a letter of thoughts joined by dots:
// "hello there bot... hope you're keeping well... i was wondering how
// many poor souls have died in that prison... terrible thing, terrible".
// The greeting and the asker's own remarks around the question are no
// part of what is asked, and their words ("keeping", "school", "pit")
// would count against an answer the stories hold.

// ellipsisRE is the break between such thoughts: two dots or more, or
// the ellipsis character.
var ellipsisRE = regexp.MustCompile(`\s*(?:\.{2,}|…)\s*`)

// greetingRE is a thought that only greets: "hello there bot", "good
// morning", "hope you're keeping well", "hope all is well".
var greetingRE = regexp.MustCompile(`(?i)^(?:(?:hello|hi|hiya|hey|howdy|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?(?:\s+(?:bot|storybot|mate|friend|all|everyone|folks))?|(?:i\s+)?hope\s+(?:you\s*['’]?re|you\s+are|ur|u\s+r|you|all\s+is|all['’]s)\s+(?:keeping\s+|doing\s+)?(?:well|ok|okay|good|fine)(?:\s+(?:today|now))?)[\s,!]*$`)

// iMeanRE is "i mean", which restates what is asked ("the gaol itself i
// mean", "i mean in total") rather than speaking of the asker.
var iMeanRE = regexp.MustCompile(`(?i)\bi\s+mean\b`)

// segmentAsksRE is a thought that asks: a question mark, a question word
// among its first three words or after a word of asking ("i was
// wondering whether the story says how many"; not the relative "where"
// of "my cousin said it was in the capital where the president lives"),
// or a verb opening a yes-or-no question.
var segmentAsksRE = regexp.MustCompile(`(?i)\?|^\s*(?:\S+\s+){0,2}(?:who|whom|whose|what|whats|which|where|when|why|how)\b|\b(?:wonder|wondering|wondered|know|tell|curious|ask|asking|say|says)\b.*\b(?:who|whom|whose|what|which|where|when|why|how|if|whether)\b|^\s*(?:and\s+)?(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)\b`)

// StripAfterthoughts removes, from a message whose thoughts are joined by
// dots, the greetings before its question and the asker's remarks about
// themselves after it: a thought after the last one that asks, holding a
// word of the first person ("geography was never my strong point", "i do
// hope they got home"). What restates the question stays ("the gaol
// itself i mean", "in that peru one"), as does every thought up to the
// last that asks, which may hold what the question leans on ("rodriguez
// is it... what is he in charge of"). A message with no thought that asks
// is left as typed.
func StripAfterthoughts(q string) string {
	breaks := ellipsisRE.FindAllStringIndex(q, -1)
	if len(breaks) == 0 {
		return q
	}
	// thoughts[i] is the text between break i-1 and break i
	type span struct{ from, to int }
	thoughts := make([]span, 0, len(breaks)+1)
	at := 0
	for _, b := range breaks {
		thoughts = append(thoughts, span{at, b[0]})
		at = b[1]
	}
	thoughts = append(thoughts, span{at, len(q)})
	lastAsks := -1
	for i, t := range thoughts {
		if segmentAsksRE.MatchString(q[t.from:t.to]) {
			lastAsks = i
		}
	}
	if lastAsks < 0 {
		return q
	}
	var kept []string
	dropped := false
	for i, t := range thoughts {
		s := strings.TrimSpace(q[t.from:t.to])
		switch {
		case s == "":
			continue
		case i < lastAsks && greetingRE.MatchString(s) && len(kept) == 0:
			dropped = true
			continue // "hello there bot... hope you're keeping well... how many"
		case i > lastAsks:
			if m := iMeanRE.FindStringIndex(s); m != nil && m[0] > 0 && aboutAsker(s[m[1]:]) {
				// "names i mean, so i can follow it": the restatement
				// stays, the remark after it goes
				s, dropped = strings.TrimSpace(s[:m[1]]), true
			} else if aboutAsker(s) {
				dropped = true
				continue // "... terrible, i was there in '66"
			}
		}
		kept = append(kept, s)
	}
	if !dropped || len(kept) == 0 {
		return q
	}
	return strings.Join(kept, "... ")
}

// aboutAsker reports a thought that speaks of the asker: a first-person
// word outside an "i mean" that restates the question.
func aboutAsker(s string) bool {
	s = iMeanRE.ReplaceAllString(s, " ")
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",;:!?.\"")
		if firstPerson[w] || w == "myself" || w == "us" || w == "i’m" || w == "i’d" || w == "i'll" {
			return true
		}
	}
	return false
}
