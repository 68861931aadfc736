package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// dayBorrowedRule: a day stays with its event, even where the passages give
// the event no day at all. When the claim says an event (the two content
// words before "on <day>") happened on a weekday, a cited sentence tells
// the event, and neither it nor a sentence beside it names that weekday,
// while another cited sentence gives the weekday to something else, the
// claim has moved the other's day to it: "Soldiers and police retook the
// prison on Tuesday, the same day the attorney general raised the death
// toll" of a passage saying only that relatives gathered "after soldiers
// and police retook the prison" and another that the attorney general "on
// Tuesday raised the death toll". dayBindingRule reads an event the
// passages date otherwise; this one, an event they leave undated.
func dayBorrowedRule(claim []string, _, all []sentWords, _ string) string {
	for i := 1; i+1 < len(claim); i++ {
		if claim[i] != "on" {
			continue
		}
		day := claim[i+1]
		if _, ok := text.Weekday(day); !ok {
			continue
		}
		event := eventBefore(claim, i)
		if len(event) < 2 || slices.ContainsFunc(event, func(t string) bool { _, ok := text.Weekday(t); return ok }) {
			continue // "began on Saturday, on Tuesday ...": a day before it is the event's own
		}
		if !deedBefore(claim, i) {
			continue // "the prison director who on Tuesday", "the director of the SNAI, on Wednesday": no deed
		}
		told, dated, shared := false, false, false
		for k, s := range all {
			if holdsTerms(s, event) {
				// its day in its sentence or one beside it ("Government
				// troops retook it on Sunday")
				told = true
				dated = dated || slices.Contains(s, day) || k > 0 && slices.Contains(all[k-1], day) || k+1 < len(all) && slices.Contains(all[k+1], day)
			} else if slices.Contains(s, day) && slices.ContainsFunc(s, func(w string) bool { return slices.Contains(event, stemOf(w)) }) {
				// "Talks began on Monday" for "the fighting between
				// gangs began on Monday": which event the claim means
				// the passage cannot tell
				shared = true
			}
		}
		if told && !dated && !shared {
			// (a day no sentence names at all is the date rule's)
			return fmt.Sprintf("day: the passage gives %s to another event, and never to %q", day, strings.Join(event, " "))
		}
	}
	return ""
}

// deedBefore reports a verb among the two content words before claim[i]
// ("retook the prison", "raised the death toll").
func deedBefore(claim []string, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && n < 2; k-- {
		if stemOf(claim[k]) == "" {
			continue
		}
		n++
		if verbLike(claim[k]) {
			return true
		}
	}
	return false
}

// holdsTerms reports a sentence holding every term, by stem, lemma or
// synonym.
func holdsTerms(s sentWords, terms []string) bool {
	have := map[string]bool{}
	for _, w := range s {
		if t := stemOf(w); t != "" {
			have[t] = true
			have[stemOf(text.Lemma(w))] = true
		}
	}
	for _, t := range terms {
		if !have[t] && !anySynonymIn(have, t) {
			return false
		}
	}
	return true
}
