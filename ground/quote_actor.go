package ground

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

var (
	// leadNameRE is the name a claim opens with: "Guillermo Rodriguez is
	// ...", "Marta Vergara said ...".
	leadNameRE = regexp.MustCompile(`^\s*((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\b`)
	// quoteActorRE is the person a quote opens on as the doer of its
	// deed: a name of two or more capitalised words (after at most a word
	// or two of title: "current President Guillermo Lasso also declared"),
	// followed by a lower-case word.
	quoteActorRE = regexp.MustCompile(`^\s*(?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}'’-]+\s+){0,2}?((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}`)
)

// quoteOfAnother returns the person a claim's quote gives its deed to,
// when the claim opens on another named person the quote doesn't name:
// "Guillermo Rodriguez is the general director of the SNAI [1: "..."] and
// also the president who declared a state of emergency [4: "current
// President Guillermo Lasso also declared a state of emergency"]" gives
// Lasso's deed to Rodriguez, two people merged. A quote naming the
// claim's person anywhere ("President Noboa praised Lasso"), or opening
// on no name, is left alone. "" when there is none.
func quoteOfAnother(body string, groups []group) string {
	m := leadNameRE.FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	subject := text.Words(m[1])
	if len(subject) == 0 || stemOf(subject[0]) == "" {
		return "" // "The SNAI ...": no person
	}
	last := subject[len(subject)-1]
	for _, g := range groups {
		for _, q := range g.quotes {
			a := quoteActorRE.FindStringSubmatch(q.q)
			if a == nil {
				continue
			}
			actor := text.Words(a[1])
			qw := text.Words(q.q)
			if len(actor) < 2 || containsWord(qw, last) || containsWord(actor, last) {
				continue
			}
			return strings.TrimSpace(a[1])
		}
	}
	return ""
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
