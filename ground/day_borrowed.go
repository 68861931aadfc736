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
		verb := deedBefore(claim, i)
		if verb == "" {
			continue // "the prison director who on Tuesday", "the director of the SNAI, on Wednesday": no deed
		}
		told, dated, elsewhere, shared := false, false, false, false
		for k, s := range all {
			if holdsTerms(s, event) {
				// its day in its sentence or one beside it ("Government
				// troops retook it on Sunday")
				told = true
				dated = dated || slices.Contains(s, day) || k > 0 && slices.Contains(all[k-1], day) || k+1 < len(all) && slices.Contains(all[k+1], day)
			} else if slices.Contains(s, day) {
				elsewhere = true
				// "Talks began on Monday" for "the fighting between
				// gangs began on Monday": which event the claim means
				// the passage cannot tell
				// (nor, of "boycotted the vote on Tuesday", "held the vote
				// on Tuesday": the day may be the thing's, not the deed's)
				shared = shared || slices.ContainsFunc(s, func(w string) bool { return sameDeed(w, verb) || slices.Contains(event, stemOf(w)) })
			}
		}
		if told && !dated && elsewhere && !shared {
			// (a day no sentence names, or only a title, is the date
			// rule's)
			return fmt.Sprintf("day: the passage gives %s to another event, and never to %q", day, strings.Join(event, " "))
		}
	}
	return ""
}

// deedBefore is the verb among the two content words before claim[i]
// ("retook the prison", "raised the death toll"), "" when neither is one.
func deedBefore(claim []string, i int) string {
	n := 0
	for k := i - 1; k >= 0 && n < 2; k-- {
		if stemOf(claim[k]) == "" {
			continue
		}
		n++
		if verbLike(claim[k]) {
			return claim[k]
		}
	}
	return ""
}

// sameDeed reports a word that is the verb's, by term or lemma ("began",
// "begins" of "began").
func sameDeed(w, verb string) bool {
	return stemOf(w) == stemOf(verb) || text.Lemma(w) == text.Lemma(verb)
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
