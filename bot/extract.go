package bot

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// qtype is the kind of answer a question wants.
type qtype int

const (
	qGeneral qtype = iota
	qNumber
	qPerson
	qPlace
	qTime
	qDuration
)

func (t qtype) String() string {
	return [...]string{"general", "number", "person", "place", "time", "duration"}[t]
}

var (
	durationQ = regexp.MustCompile(`\bhow long\b|\bfor how many (days|weeks|months|years|hours)\b`)
	numberQ   = regexp.MustCompile(`\bhow (many|much|large|big)\b|\bwhat (number|percentage|share|amount)\b|\bdeath toll\b|\bcount\b`)
	personQ   = regexp.MustCompile(`^(and )?who\b|\bwho (is|was|are|were|did|does|has|had|leads|led|heads|runs|said|declared|announced)\b|\bwhose\b|\b(which|what) (official|person|man|woman|president|leader|politician|minister|director|mayor)\b|\bwhat is the name\b|\bname of the\b`)
	timeQ     = regexp.MustCompile(`^(and )?when\b|\bwhen (did|was|were|is|will|does)\b|\b(what|which) (day|date|time|year|month|weekday)\b|\bsince when\b`)
	placeQ    = regexp.MustCompile(`^(and )?where\b|\bwhere (did|was|were|is|are|does|do)\b|\b(what|which) (city|country|province|provinces|town|prison|jail|region|place|state)\b|\bin what (city|country|place)\b`)
)

func classify(question string) qtype {
	q := retrieval.Fold(question)
	switch {
	case durationQ.MatchString(q):
		return qDuration
	case numberQ.MatchString(q):
		return qNumber
	case timeQ.MatchString(q):
		return qTime
	case placeQ.MatchString(q):
		return qPlace
	case personQ.MatchString(q):
		return qPerson
	}
	return qGeneral
}

// filler are question words that say nothing of the topic ("what
// happened", "how many people"), stemmed as Terms stems them.
var filler = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`people person persons someone anyone anybody thing things happen
		happened happening event events story stories news article report reported mention mentioned know
		known name named called exactly total number give describe explain detail details take took place
		kind type sort year day date time long ago`) {
		m[retrieval.Stem(w)] = true
	}
	return m
}()

// keyTerm is a term of the question with its weight: how rare it is.
type keyTerm struct {
	term   string
	weight float64
	proper bool // written with a capital inside the question: a name
}

// keyTerms picks the question's topic terms, weighted by IDF so rare words
// (names, places) count for more than common ones.
func keyTerms(ix *retrieval.Index, question string) []keyTerm {
	var out []keyTerm
	seen := map[string]bool{}
	words := strings.Fields(question)
	for wi, w := range words {
		proper := wi > 0 && startsUpper(w)
		for _, t := range retrieval.Terms(w) {
			if seen[t] || filler[t] {
				continue
			}
			seen[t] = true
			out = append(out, keyTerm{term: t, weight: weight(ix, t), proper: proper})
		}
	}
	return out
}

// weight is a key term's IDF. A word the corpus never uses but whose
// synonyms it does ("killed" against "death toll") weighs as its most common
// synonym: the idea is as rare as its commonest wording, and an unseen word
// must not outweigh the rest of the question.
func weight(ix *retrieval.Index, t string) float64 {
	if ix.DocFreq(t) > 0 {
		return ix.IDF(t)
	}
	w := ix.IDF(t)
	for _, s := range retrieval.Synonyms(t) {
		if ix.DocFreq(s) > 0 {
			w = min(w, ix.IDF(s))
		}
	}
	return w
}

func startsUpper(w string) bool {
	w = strings.TrimLeft(w, "\"'“‘(")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// candidate is a sentence of a retrieved passage.
type candidate struct {
	p        *Passage
	rank     int // passage rank, 0-based
	sp       span
	terms    map[string]bool
	covered  map[string]float64 // key term -> share of its weight covered
	coverage float64
	typed    bool
	score    float64
}

// Scoring weights: coverage of the question's key terms decides; a sentence
// that has the kind of thing asked for (a number for "how many") wins among
// equals; a better-ranked passage breaks the remaining ties.
const (
	typeBonus = 0.2
	rankBonus = 0.05
	// secondGain is how much more of the question a second sentence must
	// cover to be added to the answer.
	secondGain = 0.25
)

// extract fills ans with an extractive answer: the sentence (or two) of the
// retrieved passages that best cover the question, each cited. It abstains
// when no sentence covers enough of the question or when the question names
// something the corpus never mentions.
func (b *Bot) extract(ix *retrieval.Index, question string, ans *Answer) {
	abstain := func() {
		ans.Text, ans.Abstained, ans.Citations = NotFound, true, []Citation{}
	}
	keys := keyTerms(ix, question)
	if len(keys) == 0 || len(ans.Passages) == 0 {
		abstain()
		return
	}
	for _, k := range keys {
		// A name the corpus has never seen: the stories cannot be about it.
		if k.proper && ix.DocFreq(k.term) == 0 && !anySynonymKnown(ix, k.term) {
			abstain()
			return
		}
	}
	qt := classify(question)
	var total float64
	for _, k := range keys {
		total += k.weight
	}
	seen := map[span]bool{}
	var cands []*candidate
	for r := range ans.Passages {
		p := &ans.Passages[r]
		for _, sp := range p.sentences {
			if seen[sp] {
				continue // overlapping chunks share sentences
			}
			seen[sp] = true
			text := p.Text[sp.start-p.Start : sp.end-p.Start]
			c := &candidate{p: p, rank: r, sp: sp, terms: termSet(text), covered: map[string]float64{}}
			for _, k := range keys {
				share := 0.0
				if c.terms[k.term] {
					share = 1
				} else {
					// Each synonym present is more evidence ("death" and
					// "toll" for "died"): 0.6, 0.84, 0.94, ...
					miss := 1.0
					for _, s := range retrieval.Synonyms(k.term) {
						if c.terms[s] {
							miss *= 1 - retrieval.SynonymWeight
						}
					}
					share = 1 - miss
				}
				if share > 0 {
					c.covered[k.term] = share
					c.coverage += share * k.weight / total
				}
			}
			c.typed = hasType(qt, text)
			c.score = c.coverage + rankBonus/float64(r+1)
			if c.typed {
				c.score += typeBonus
			}
			cands = append(cands, c)
		}
	}
	var best *candidate
	for _, c := range cands {
		if best == nil || c.score > best.score {
			best = c
		}
	}
	if best == nil || best.coverage < b.opts.MinCoverage || (qt != qGeneral && !best.typed) {
		abstain()
		return
	}
	chosen := []*candidate{best}
	// A second sentence when it covers a good part of what the first left out.
	var second *candidate
	var secondGainBest float64
	for _, c := range cands {
		if c == best {
			continue
		}
		var gain float64
		for _, k := range keys {
			if extra := c.covered[k.term] - best.covered[k.term]; extra > 0 {
				gain += extra * k.weight / total
			}
		}
		if gain >= secondGain && c.coverage >= b.opts.MinCoverage && gain > secondGainBest {
			second, secondGainBest = c, gain
		}
	}
	// A speaker line ("... SAYING:") is followed by what was said.
	if second == nil && strings.HasSuffix(strings.TrimSpace(best.text()), ":") {
		second = next(cands, best)
	}
	if second != nil {
		chosen = append(chosen, second)
	}
	var sb strings.Builder
	for i, c := range chosen {
		if i > 0 {
			sb.WriteByte(' ')
		}
		n := i + 1
		fmt.Fprintf(&sb, "%s [%d]", story.Clean(c.text()), n)
		ans.Citations = append(ans.Citations, cite(n, c.p, c.sp.start, c.sp.end))
	}
	ans.Text = sb.String()
}

func (c *candidate) text() string {
	return c.p.Text[c.sp.start-c.p.Start : c.sp.end-c.p.Start]
}

// next is the sentence after c in the same passage, if any.
func next(cands []*candidate, c *candidate) *candidate {
	for _, d := range cands {
		if d.p == c.p && d.sp.start > c.sp.end {
			return d
		}
	}
	return nil
}

func anySynonymKnown(ix *retrieval.Index, term string) bool {
	for _, s := range retrieval.Synonyms(term) {
		if ix.DocFreq(s) > 0 {
			return true
		}
	}
	return false
}

func termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range retrieval.Terms(text) {
		m[t] = true
	}
	return m
}

var (
	// A count: a number word, or digits that are not a year.
	numberWords   = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|scores)\b|\b(\d{1,3}|\d{5,})\b|\b(1[0-8]|2[1-9]|[3-9]\d)\d\d\b|\d[.,]\d`)
	durationWords = regexp.MustCompile(`(?i)\b\d+[- ]?(day|week|month|year|hour|minute)s?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)[- ](day|week|month|year|hour)s?\b`)
	timeWords     = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|tonight|tomorrow|week|month|year|since|ago|morning|evening|night|weekend)\b|\b(19|20)\d\d\b`)
	placeWords    = regexp.MustCompile(`\b(in|at|from|near|of|to|inside)\s+(the\s+)?(city|province|provinces|town|state|country|region|capital\s+)?(of\s+)?\p{Lu}`)
	personWords   = regexp.MustCompile(`\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}{2,}\s+\p{Lu}{2,}|(?i)\b(president|director|minister|mayor|general|spokesman|spokeswoman|official|chief|governor|leader|attorney)\b`)
)

// hasType reports whether a sentence holds the kind of thing a question
// asks for.
func hasType(t qtype, text string) bool {
	switch t {
	case qNumber:
		return numberWords.MatchString(text)
	case qDuration:
		return durationWords.MatchString(text)
	case qTime:
		return timeWords.MatchString(text)
	case qPlace:
		return placeWords.MatchString(text)
	case qPerson:
		return personWords.MatchString(text)
	}
	return true
}
