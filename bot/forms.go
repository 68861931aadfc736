package bot

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/retrieval"
)

// qform is what a question's wording asks for, beyond the answer's type.
type qform struct {
	yesNo   bool   // "is there an election coming up?"
	said    bool   // "what did Rodriguez say?"
	whyHow  string // "why" or "how" (as in "how did they get in"), else ""
	negated bool   // "which gang is not ...": the question says not/never
}

var (
	yesNoQ = regexp.MustCompile(`^(and |so |but )?(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\s+(there|the|a|an|any|anyone|anybody|someone|he|she|it|they|this|that|his|her|their|\p{L}+)\b`)
	saidQ  = regexp.MustCompile(`\bwhat (did|does|do|has|have|had)\b.*\b(say|said|tell|told|claim|state|declare|announce|comment|think)\b|\bwhat was said\b|\bwhat (were|was) (his|her|their) (words|statement|comments?)\b|\bdid \S+( \S+)? (say|thank|mention|comment)\b`)
	whyQ   = regexp.MustCompile(`^(and |so |but )?why\b|\bwhat (caused|led to|prompted|triggered|sparked)\b|\bfor what reason\b|\bwhat was the reason\b`)
	howQ   = regexp.MustCompile(`^(and |so |but )?how (did|do|does|was|were|is|are|can|could|will)\b`)
	negQ   = regexp.MustCompile(`\b(not|never|no longer|n't)\b`)
)

func questionForm(q string) qform {
	f := retrieval.Fold(strings.TrimSpace(q))
	var form qform
	form.yesNo = yesNoQ.MatchString(f) && !strings.Contains(f, " or ")
	form.said = saidQ.MatchString(f)
	switch {
	case whyQ.MatchString(f):
		form.whyHow = "why"
	case howQ.MatchString(f) && !numberQ.MatchString(f) && !durationQ.MatchString(f):
		form.whyHow = "how"
	}
	form.negated = negQ.MatchString(f)
	return form
}

var (
	// reasonWords mark a sentence that gives a cause.
	reasonWords = regexp.MustCompile(`(?i)\b(because|due to|owing to|as a result|result(ed|s)? (in|from)|after|following|since|so that|in order to|in response to|led to|leads to|caused|causes|prompted|triggered|sparked|set off|amid|as (he|she|they|it) (tries|tried|seeks|sought)|aim(ed|s)? (at|to)|to (tackle|stop|end|curb|fight|protect|prevent|restore|recover))\b`)
	// methodWords mark a sentence that gives a method.
	methodWords = regexp.MustCompile(`(?i)\b(using|used|use|by|with|through|via|thanks to|after|showed|shows|footage|according to)\b`)
)

// hasReason reports whether a sentence gives a cause ("why") or a method
// ("how"). Only such a sentence answers those questions.
func hasReason(kind, text string) bool {
	if kind == "why" {
		return reasonWords.MatchString(text)
	}
	return methodWords.MatchString(text) || reasonWords.MatchString(text)
}

var placeName = regexp.MustCompile(`\b(?:in|at|from|near|of|to|inside|outside)\s+(?:the\s+)?(?:(?:city|province|provinces|town|state|country|region|capital|port|village)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`)

// placeNear scores how close a place name stands to the question's key
// terms in a sentence: 1 when a place follows a key term within a few
// words ("the Penitenciaria del Litoral in the city of Guayaquil"), less
// further away, 0 when there is no place.
func placeNear(text string, keys []keyTerm) float64 {
	var locs [][]int
	for _, m := range placeName.FindAllStringSubmatchIndex(text, -1) {
		// The place is not the thing asked about ("where is the Los
		// Samanes prison": "of the Los Samanes prison" is no answer).
		if !allKeys(text[m[2]:m[3]], keys) {
			locs = append(locs, m[:2])
		}
	}
	if len(locs) == 0 {
		return 0
	}
	words := retrieval.Words(text)
	pos := map[string][]int{}
	offs := wordOffsets(text)
	for i, w := range words {
		for _, t := range retrieval.Terms(w) {
			pos[t] = append(pos[t], offs[i])
		}
	}
	best := 0.0
	for _, k := range keys {
		for _, p := range pos[k.term] {
			for _, l := range locs {
				d := l[0] - p
				if d < 0 {
					d = -d
				}
				best = max(best, 1/(1+float64(d)/40))
			}
		}
	}
	return best
}

// allKeys reports whether every term of s is one of the key terms.
func allKeys(s string, keys []keyTerm) bool {
	ts := retrieval.Terms(s)
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		found := false
		for _, k := range keys {
			if k.term == t {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// wordOffsets gives the byte offset of each word of text, in the order
// retrieval.Words returns them.
func wordOffsets(text string) []int {
	var out []int
	in := false
	for i, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			out = append(out, i)
		}
		in = w
	}
	return out
}

var speechVerbs = regexp.MustCompile(`(?i)\b(said|says|saying|told|tells|stated|declared|announced|added|warned|wrote|according to)\b`)

// statementOf finds what the person a "what did X say" question names
// said: a sentence of theirs with a speech verb, or the quotation after a
// speaker line naming them ("... GUILLERMO RODRIGUEZ, SAYING:"). nil when
// the question names no one the passages quote.
func (b *Bot) statementOf(cands []*candidate, keys []keyTerm, best *candidate) *candidate {
	var who []string
	for _, k := range keys {
		if k.proper || k.weight >= 1.5 {
			who = append(who, k.term)
		}
	}
	if len(who) == 0 {
		for _, k := range keys {
			who = append(who, k.term)
		}
	}
	names := func(c *candidate) int {
		n := 0
		for _, t := range who {
			if c.covered[t] > 0 {
				n++
			}
		}
		return n
	}
	var found *candidate
	bestN := 0
	for _, c := range cands {
		t := strings.TrimSpace(c.text())
		n := names(c)
		if n == 0 || n < bestN {
			continue
		}
		switch {
		case strings.HasSuffix(t, ":") && speechVerbs.MatchString(t):
			if q := next(cands, c); q != nil {
				if n > bestN || found == nil {
					found, bestN = q, n
				}
			}
		case speechVerbs.MatchString(t) && strings.ContainsAny(t, "\"“”"):
			if n > bestN || found == nil {
				found, bestN = c, n
			}
		}
	}
	return found
}
