package ground

import (
	"fmt"

	"github.com/storybot-dev/storybot/text"
)

// clauseBreakWords end one clause of a claim and open the next: "In
// Guayaquil, ... were held hostage, while in Esmeraldas ...".
var clauseBreakWords = set("while whereas but meanwhile and")

// MinEventShare is the share of a clause's content words a cited
// sentence must hold to tell the clause's event.
const MinEventShare = 0.6

// placeOfEvent: a place stays with its event. A claim putting a clause
// in a named place ("In Guayaquil, 15 prison guards ... were held
// hostage", "... an attack on the attorney general's office in
// Guayaquil") where the cited sentences telling that event (holding
// MinEventShare of the clause's content words, two at least) put it in
// another named place ("in the city of Esmeraldas, where 15 prison guards
// ..."; "its office there", after a sentence in Esmeraldas) and never in
// the claim's, which the passages name for something else, has moved it.
// A sentence telling the event without a place, or after one naming the
// claim's place, leaves it alone. The claim's place is a name it
// capitalises after "in" (named, folded), or what placeAfter reads. It
// returns the reason, or "".
func placeOfEvent(cw []string, named map[string]bool, cited []int, ev []evidence) string {
	for i := 0; i+1 < len(cw); i++ {
		if cw[i] != "in" {
			continue
		}
		place := placeAfter(cw, i)
		if place == "" && named[cw[i+1]] {
			place = cw[i+1] // a name the claim capitalises: "in Guayaquil"
		}
		if place == "" {
			continue
		}
		at := i + 1
		for at < len(cw) && cw[at] != place {
			at++
		}
		var clause []string
		if i == 0 || clauseBreakWords[cw[i-1]] {
			// fronted: "In Guayaquil, <clause>"
			for j := at + 1; j < len(cw) && !clauseBreakWords[cw[j]]; j++ {
				clause = append(clause, cw[j])
			}
		} else {
			// trailing: "<clause> in Guayaquil"
			from := 0
			for j := i - 1; j >= 0; j-- {
				if clauseBreakWords[cw[j]] {
					from = j + 1
					break
				}
			}
			clause = cw[from:i]
		}
		terms := sideTerms(clause)
		delete(terms, stemOf(place))
		if len(terms) < 3 {
			continue
		}
		if other := eventPlacedElsewhere(terms, place, cited, ev); other != "" {
			return fmt.Sprintf("place: the passage tells this in %s, not in %s", other, place)
		}
	}
	return ""
}

// eventPlacedElsewhere returns the other place the cited sentences
// telling an event (holding MinEventShare of terms) give it, when none
// gives it place and place is named in the cited passages; "" otherwise.
func eventPlacedElsewhere(terms map[string]bool, place string, cited []int, ev []evidence) string {
	other, named := "", false
	for _, n := range cited {
		e := &ev[n-1]
		full := e
		if e.full != nil {
			full = e.full
		}
		named = named || full.words[place] || e.words[place]
		for i := range e.sents {
			s := &e.sents[i]
			held := 0
			for t := range terms {
				if s.terms[t] || anySynonymIn(s.terms, t) {
					held++
				}
			}
			if held < 2 || float64(held) < MinEventShare*float64(len(terms)) {
				continue
			}
			if s.words[place] {
				return "" // the event in the claim's place
			}
			// the sentence before, in the passage: a place it names is
			// the one "there" (or a sentence going on) refers to
			before := ""
			for k := range full.sents {
				if full.sents[k].start == s.start && k > 0 {
					if full.sents[k-1].words[place] {
						return ""
					}
					before = placeIn(full.sents[k-1].ws)
				}
			}
			if p := placeIn(s.ws); p != "" {
				other = p
			} else if s.words["there"] && before != "" {
				other = before
			}
		}
	}
	if !named {
		return ""
	}
	return other
}

// placeIn is the first place a sentence puts something "in" ("in the
// city of Esmeraldas"), or "".
func placeIn(ws []string) string {
	for j := range ws {
		if ws[j] == "in" {
			if p := placeAfter(ws, j); p != "" {
				return p
			}
		}
	}
	return ""
}

// nameSet is the claim's names (names), folded.
func nameSet(body string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names(body) {
		for _, w := range text.Words(n) {
			m[w] = true
		}
	}
	return m
}
