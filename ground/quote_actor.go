package ground

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

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

// quotedDoerSwapped returns the doer a claim's quote gives its deed, when
// the claim gives that deed to another body: "the Guayaquil city council
// will publish an updated list [1: "The prison authority said it would
// publish an updated list ..."]" moves the authority's deed to the
// council. Both doers are read as the head noun before the deed's verb
// (the quote's "it" standing for the subject of its sentence); "" when
// either is no common noun, or the two are one (the same word, a
// synonym, or a word of one in the other).
func quotedDoerSwapped(body string, groups []group) (quoted, claimed string) {
	cw := text.Words(unquoted(body))
	for _, g := range groups {
		for _, q := range g.quotes {
			qw := text.Words(q.q)
			for i, w := range cw {
				l := text.Lemma(w)
				if i == 0 || auxWords[w] || stemOf(w) == "" || !pastOrFinite(cw, i) {
					continue
				}
				j := slices.IndexFunc(qw, func(x string) bool { return text.Lemma(x) == l })
				if j <= 0 {
					continue
				}
				ch, qh := headBefore(cw, i), headBefore(qw, j)
				if qh == "it" || qh == "they" {
					qh = sentenceSubject(qw, j)
				}
				if ch == "" || qh == "" || pronounOpeners[ch] || pronounOpeners[qh] || slices.Contains(qw, ch) || slices.Contains(cw, qh) || !definiteHead(cw, ch) || !definiteHead(qw, qh) {
					return "", ""
				}
				if stemOf(ch) == stemOf(qh) || text.Lemma(ch) == text.Lemma(qh) || generalDoers[text.Lemma(ch)] && govBodies[text.Lemma(qh)] || slices.Contains(text.StemSynonyms(stemOf(ch)), stemOf(qh)) || slices.Contains(text.StemSynonyms(stemOf(qh)), stemOf(ch)) {
					// one doer in two forms ("the prison authorities"), or
					// a doer that takes in the quote's ("the government"
					// of "the Interior Ministry")
					return "", ""
				}
				return qh, ch
			}
		}
	}
	return "", ""
}

// generalDoers are the bodies that take in the ones a quote names: "the
// government" may be its ministry, "the authorities" its prison service.
var generalDoers = set("government authority authorities official officials state administration")

// govBodies are the parts of a government a general doer takes in: "the
// Interior Ministry", "the prison authority"; not "the rebel group".
var govBodies = set("ministry department office agency service authority council secretariat prosecutor police army military government administration")

// definiteHead reports head a noun of a definite phrase in ws: "the"
// within the three words before it ("the Guayaquil city council", "The
// prison authority"), and no verb form itself.
func definiteHead(ws []string, head string) bool {
	if strings.HasSuffix(head, "ed") || strings.HasSuffix(head, "ing") {
		return false
	}
	k := slices.Index(ws, head)
	for a := k - 1; a >= 0 && a >= k-3; a-- {
		if ws[a] == "the" {
			return true
		}
	}
	return false
}

// pastOrFinite reports claim word i a verb that follows an auxiliary (not
// "not") or ends in -ed: the deed whose doer is read.
func pastOrFinite(ws []string, i int) bool {
	return i > 0 && (auxWords[ws[i-1]] && ws[i-1] != "not" || strings.HasSuffix(ws[i], "ed"))
}

// headBefore is the word before ws[i], auxiliaries skipped: the head of
// its subject ("council" of "the city council will publish").
func headBefore(ws []string, i int) string {
	k := i - 1
	for k >= 0 && auxWords[ws[k]] {
		k--
	}
	if k < 0 || stemOf(ws[k]) == "" && !pronounOpeners[ws[k]] {
		return ""
	}
	return ws[k]
}

// sentenceSubject is the head before the first verb of saying before
// word j of a quote: "authority" of "The prison authority said it would
// publish".
func sentenceSubject(qw []string, j int) string {
	for k := 1; k < j; k++ {
		if text.IsSpeechVerb(qw[k]) {
			return headBefore(qw, k)
		}
	}
	return ""
}

// quotedDeedRenamed returns the name a claim gives as the doer of a deed
// its quote opens on, when the quote's sentence names another doer before
// the quote and never that name: "SNAI general director Guillermo
// Rodriguez raised the death toll [2: "raised the death toll from the
// violence from 18 to 31"]" of "Ecuador's attorney general on Tuesday
// raised the death toll ...". A sentence opening its deed on a pronoun
// ("He raised") is left to the names around it. "" when there is none.
func quotedDeedRenamed(body string, hits []quoteHit, ev []evidence) string {
	toks := strings.Fields(unquoted(body))
	for _, h := range hits {
		if h.end <= h.start || h.n < 1 || h.n > len(ev) {
			continue
		}
		e := &ev[h.n-1]
		rs, re := h.start-e.start, h.end-e.start
		if rs < 0 || re > len(e.raw) {
			continue
		}
		qw := text.Words(e.raw[rs:re])
		if len(qw) == 0 {
			continue
		}
		for k := range e.sents {
			s := &e.sents[k]
			if rs < s.start || rs >= s.end {
				continue
			}
			pw := text.Words(e.raw[s.start:rs])
			if !slices.ContainsFunc(pw, func(w string) bool { return stemOf(w) != "" && !text.IsTimeWord(w) }) || slices.ContainsFunc(pw, func(w string) bool { return pronounOpeners[w] || w == "we" || w == "i" }) {
				break // no doer of its own before the quote, or a pronoun's
			}
			verb := text.Lemma(qw[0])
			for i, tok := range toks {
				if text.Lemma(text.Fold(strings.Trim(tok, ".,;:!?\"'()“”‘’"))) != verb {
					continue
				}
				// a person's name right before the deed: two capitalised
				// words ("Guillermo Rodriguez raised"), neither in the
				// quote's sentence
				if i < 2 {
					break
				}
				a, b := strings.Trim(toks[i-2], ",;:\"'()“”‘’"), strings.Trim(toks[i-1], ",;:\"'()“”‘’")
				if a == "" || b == "" || !unicode.IsUpper([]rune(a)[0]) || !unicode.IsUpper([]rune(b)[0]) || strings.ContainsAny(toks[i-2]+toks[i-1], ",;:.'’") {
					break
				}
				fa, fb := text.Fold(a), text.Fold(b)
				if s.words[fa] || s.words[fb] || text.IsTimeWord(fa) || text.IsTimeWord(fb) || stemOf(fb) == "" {
					break
				}
				if k > 0 && (e.sents[k-1].words[fa] || e.sents[k-1].words[fb]) {
					break // named just before, the sentence using the title ("the SNAI director raised ..."); one named just after is the next sentence's ("... raised the toll. Guillermo Rodriguez is ...")
				}
				return a + " " + b
			}
			break
		}
	}
	return ""
}
