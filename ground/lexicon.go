package ground

import (
	"sync"

	"github.com/storybot-dev/storybot/text"
)

// LexWeight is what a claim word found only through WordNet (its lemma's
// synonyms or derived words) counts for in the content share: less than
// the word itself, since a synonym may carry another sense.
const LexWeight = 0.8

// QuestionWeight is what a claim word taken from the question counts for:
// an answer repeats what it was asked, which is no fact of its own.
const QuestionWeight = 0.75

// lexCache holds a view's WordNet lemmas, made on first need: most claims
// pass on their own words and never need it.
type lexCache struct {
	once sync.Once
	lem  map[string]bool
}

// lemmas are the WordNet lemmas of the view's content words (and the
// words).
func (e *evidence) lemmas() map[string]bool {
	if e.lx == nil {
		return e.words
	}
	e.lx.once.Do(func() {
		m := make(map[string]bool, 2*len(e.words))
		for w := range e.words {
			if stemOf(w) == "" {
				continue // a stop word: "has" is no "owner"
			}
			m[w] = true
			if l := text.Lemma(w); stemOf(l) != "" {
				m[l] = true
			}
		}
		e.lx.lem = m
	})
	return e.lx.lem
}

// lexIn reports whether claim word w is in a cited passage through its
// lemma, a WordNet synonym of it, or a word derived from it.
func lexIn(cited []int, ev []evidence, w string) bool {
	l := text.Lemma(w)
	var near []string
	for _, n := range cited {
		lem := ev[n-1].lemmas()
		if lem[l] {
			return true
		}
		if near == nil {
			near = append(text.Synonyms(l), text.Related(l)...)
			if len(near) == 0 {
				near = []string{}
			}
		}
		for _, x := range near {
			if lem[x] {
				return true
			}
		}
		if sharesRoot(w, lem) {
			return true
		}
	}
	return false
}

// MinRoot is how many leading letters a long claim word must share with a
// passage word to count as derived from it where WordNet lists no link
// ("visually" and "visual", "regulate" and "regulation").
const MinRoot = 6

// sharesRoot reports a passage word (a key of lem) of at least MinRoot+1
// letters sharing w's first MinRoot letters.
func sharesRoot(w string, lem map[string]bool) bool {
	if len(w) <= MinRoot {
		return false
	}
	for x := range lem {
		if len(x) > MinRoot && x[:MinRoot] == w[:MinRoot] {
			return true
		}
	}
	return false
}
