package question

import (
	"regexp"
	"strings"
)

// A message may ask several things at once, numbered: "1) how many dead
// 2) who ran the op". Each is answered on its own; one reading of all
// their words together answers none of them. (Questions one after another
// without numbers, "how many died? who is the director?", were tried as
// parts too: the second leans on the first or guesses at its answer more
// often than it asks its own, "who shot him", "a few hundred officers?",
// and unanswerable messages were answered by one part.)

// numberedRE is an item number: "1)", "(3)", "2-", "2." or "2:" opening
// an item. A list numbered with stops opens where the message, a line or
// a topic's colon does: inside a sentence "1." names a thing ("how many
// died in pavilion 1. how many ...").
var numberedRE = regexp.MustCompile(`(?:^|\s)\(?([1-9])([).:]|-)\s+`)

// itemAsksRE is an item that asks: a question word among its first three
// words ("how many died", "and who ran it"; not "the prison where the
// riot was"), or a verb opening a yes-or-no question.
var itemAsksRE = regexp.MustCompile(`(?i)^\s*(?:(?:\S+\s+){0,2}(?:who|whom|whose|what|whats|which|where|when|why|how)\b|(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)\b)`)

// Parts splits a message asking numbered questions into them, or gives
// nil. The items are counted from 1; the words before the first
// ("esmeraldas hostage thing:") are the topic of each and go with it.
// Every item asks (a question mark, a question word or a verb opening a
// yes-or-no question) and has three words at least; else the message is
// one question.
func Parts(q string) []string {
	ms := numberedRE.FindAllStringSubmatchIndex(q, -1)
	if len(ms) < 2 {
		return nil
	}
	for i, m := range ms {
		if q[m[2]:m[3]] != string(rune('1'+i)) {
			return nil // not counted from 1: figures ("from 18. 31.")
		}
	}
	topic := strings.TrimSpace(q[:ms[0][0]])
	if mark := q[ms[0][4]:ms[0][5]]; (mark == "." || mark == ":") && topic != "" && !strings.HasSuffix(topic, ":") && !strings.HasSuffix(q[:ms[0][0]+1], "\n") {
		return nil // "pavilion 1. how many": a thing's number
	}
	if whWordRE.MatchString(topic) {
		return nil // "which did they attack first: 1) the prison 2) the port": its options
	}
	var parts []string
	for i, m := range ms {
		end := len(q)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		p := strings.TrimSpace(q[m[1]:end])
		if len(strings.Fields(p)) < 3 || !strings.HasSuffix(p, "?") && !itemAsksRE.MatchString(p) {
			return nil
		}
		if topic != "" {
			p = topic + " " + p
		}
		parts = append(parts, p)
	}
	return parts
}
