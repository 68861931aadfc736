package bot

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"

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
	qName
)

func (t qtype) String() string {
	return [...]string{"general", "number", "person", "place", "time", "duration", "name"}[t]
}

var (
	durationQ = regexp.MustCompile(`\bhow long\b|\bfor how many (days|weeks|months|years|hours)\b`)
	numberQ   = regexp.MustCompile(`\bhow (many|much|large|big)\b|\bwhat (number|percentage|share|amount)\b|\bdeath toll\b|\bcount\b`)
	personQ   = regexp.MustCompile(`^(and )?who\b|\bwho (is|was|are|were|did|does|has|had|leads|led|heads|runs|said|declared|announced)\b|\bwhose\b|\b(which|what) (official|person|man|woman|president|leader|politician|minister|director|mayor)\b`)
	nameQ     = regexp.MustCompile(`\bwhat(\s+i|')s (the|his|her|their) name\b|\bname of the\b|\bwhat is .* called\b|\bwho is the (person|man|woman) (who|that)\b|\bwhich (gangs?|groups?|compan(y|ies)|part(y|ies)|teams?|organi[sz]ations?|firms?|brands?|ships?|unions?)\b`)
	timeQ     = regexp.MustCompile(`^(and )?when\b|\bwhen (did|was|were|is|will|does)\b|\b(what|which) (day|date|time|year|month|weekday)\b|\bsince when\b`)
	roleQ     = regexp.MustCompile(`^(and |so )?who(s| is| was| are| were|'s)\s+(the\s+)?(current\s+|new\s+|former\s+|acting\s+)?(\S+'s\s+)?(president|mayor|governor|minister|attorney general|director|leader|head|chief|boss|spokes\w+|ceo|judge|prosecutor|commander|warden|coach|owner|candidate)\b`)
	placeQ    = regexp.MustCompile(`^(and )?where\b|\bwhere (did|was|were|is|are|does|do)\b|\b(what|which) (city|country|province|provinces|town|prison|jail|penitentiary|region|place|state)\b|\bin what (city|country|place)\b`)
)

func classify(question string) qtype {
	q := text.Fold(question)
	switch {
	case durationQ.MatchString(q):
		return qDuration
	case numberQ.MatchString(q):
		return qNumber
	case timeQ.MatchString(q):
		return qTime
	case placeQ.MatchString(q):
		return qPlace
	case nameQ.MatchString(q):
		return qName
	case personQ.MatchString(q):
		return qPerson
	}
	return qGeneral
}

// filler are question words that say nothing of the topic ("what
// happened", "how many people"), stemmed as Terms stems them.
var filler = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`still really actually currently ever even just already yet anymore exactly involved involve involving
		people person persons someone anyone anybody thing things happen
		happened happening event events story stories news article report reported mention mentioned know
		known name named called exactly total number give describe explain detail details take took place
		kind type sort year day date time long ago official officials part last lasts go goes going`) {
		m[text.Stem(w)] = true
	}
	return m
}()

// keyTerm is a term of the question with its weight: how rare it is.
type keyTerm struct {
	term   string
	weight float64
	proper bool // written with a capital inside the question: a name
	known  bool // the corpus uses the term or one of its synonyms
}

// keyTerms picks the question's topic terms, weighted by IDF so rare words
// (names, places) count for more than common ones. A number the corpus
// never uses is a claim to check ("was it 500?"), not a topic, and is left
// out.
func keyTerms(ix *retrieval.Index, voc *vocabulary, question string) []keyTerm {
	var out []keyTerm
	seen := map[string]bool{}
	words := strings.Fields(question)
	for wi, w := range words {
		// A name: capitalised inside the question, or a word the stories
		// write as a name however the question wrote it ("quito").
		proper := wi > 0 && startsUpper(w) || voc.isName(text.Fold(strings.Trim(w, "\"'“”‘’?!.,;:()")))
		for _, t := range text.Terms(w) {
			if seen[t] || filler[t] {
				continue
			}
			seen[t] = true
			known := ix.DocFreq(t) > 0 || anySynonymKnown(ix, t)
			if !known && isNumber(t) {
				continue
			}
			out = append(out, keyTerm{term: t, weight: weight(ix, t), proper: proper, known: known})
		}
	}
	return out
}

var (
	durationClaim = regexp.MustCompile(`(?i)\b\d+[- ]?(day|week|month|year|hour)s?\b`)
	numberClaim   = regexp.MustCompile(`\b\d+\b`)
)

// claimType is the answer type implied by a number stated in a question.
func claimType(q string) qtype {
	switch {
	case durationClaim.MatchString(q):
		return qDuration
	case numberClaim.MatchString(q):
		return qNumber
	}
	return qGeneral
}

func isNumber(t string) bool {
	return t != "" && strings.Trim(t, "0123456789.") == ""
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
	for _, s := range text.Synonyms(t) {
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
	sp       text.Span
	covered  map[string]float64 // key term -> share of its weight covered by the sentence
	context  map[string]float64 // the same, by the sentence's whole passage
	coverage float64
	own      float64 // coverage by the sentence alone
	typed    bool
	score    float64
}

// Scoring weights: coverage of the question's key terms decides; a sentence
// that has the kind of thing asked for (a number for "how many") wins among
// equals; a better-ranked passage breaks the remaining ties.
const (
	typeBonus = 0.2
	rankBonus = 0.05
	// contextShare is how much a term found only in the sentence's passage
	// (the sentence before: "soldiers ... They gained access") counts.
	contextShare = 0.5
	// secondGain is how much more of the question a second sentence must
	// cover to be added to the answer.
	secondGain = 0.25
)

// share is how well a set of terms covers key term t: 1 for the word
// itself, and for synonyms 0.6, 0.84, 0.94, ... as more of them appear
// ("death" and "toll" for "died").
func share(terms map[string]bool, t string) float64 {
	if terms[t] {
		return 1
	}
	miss := 1.0
	for _, s := range text.Synonyms(t) {
		if terms[s] {
			miss *= 1 - retrieval.SynonymWeight
		}
	}
	return 1 - miss
}

// extract fills ans with an extractive answer: the sentence (or two) of the
// retrieved passages that best answers the question, cited; a hedge ("the
// closest passage") when the answerability score is between the floor and
// the threshold; "The stories don't say." below the floor.
func (b *Bot) extract(ix *retrieval.Index, question string, ans *Answer) {
	abstain := func() {
		ans.Text, ans.Abstained, ans.Citations = NotFound, true, []Citation{}
	}
	focus, claims := splitQuestion(question)
	if isSummaryRequest(ix, focus) {
		b.summarize(ix, focus, ans)
		return
	}
	voc := b.vocabulary(ix)
	keys := keyTerms(ix, voc, focus)
	if len(keys) == 0 {
		// "Where did it happen?" after a statement: take the topic, not the
		// claims, from the statement: only the words the corpus knows.
		for _, k := range keyTerms(ix, voc, claims) {
			if k.known {
				k.proper = false
				keys = append(keys, k)
			}
		}
	}
	ans.Answerability = &Answerability{Threshold: b.opts.Threshold, Floor: b.opts.Floor, Features: map[string]float64{}}
	if len(keys) == 0 && len(ans.Passages) > 0 && classify(focus) == qTime {
		// "When did this happen?": the story's dateline.
		if dateline(ix, ans) {
			return
		}
	}
	if len(keys) == 0 || len(ans.Passages) == 0 {
		abstain()
		return
	}
	qt := classify(focus)
	role := ""
	if m := roleQ.FindStringSubmatch(text.Fold(focus)); m != nil {
		qt, role = qName, m[6] // "who is the mayor of Manta" asks for a name
	}
	if qt == qGeneral {
		// "Confirm that 200 people died", "it lasts 90 days": a number to
		// check wants a sentence with the true number.
		qt = claimType(focus)
	}
	// The form is read before instructions are stripped: "what did he say"
	// loses its "say" to them.
	form := questionForm(question)
	var total float64
	for _, k := range keys {
		total += k.weight
	}
	seen := map[text.Span]bool{}
	var cands []*candidate
	for r := range ans.Passages {
		p := &ans.Passages[r]
		passageTerms := text.TermSet(p.Title + "\n" + p.Text) // the title sets the scene of every passage
		for _, sp := range p.Sentences {
			if seen[sp] {
				continue // overlapping chunks share sentences
			}
			seen[sp] = true
			txt := p.Text[sp.Start-p.Start : sp.End-p.Start]
			if text.IsInstruction(txt) {
				continue // an instruction planted in a story is never an answer
			}
			terms := text.TermSet(txt)
			c := &candidate{p: p, rank: r, sp: sp, covered: map[string]float64{}, context: map[string]float64{}}
			for _, k := range keys {
				own, ctx := share(terms, k.term), share(passageTerms, k.term)
				c.covered[k.term], c.context[k.term] = own, ctx
				c.coverage += max(own, contextShare*ctx) * k.weight / total
				c.own += own * k.weight / total
			}
			c.typed = hasType(qt, txt, focus)
			if role != "" {
				c.typed = roleNamed(txt, role, focus)
			}
			c.score = c.coverage + rankBonus/float64(r+1)
			if c.typed {
				c.score += typeBonus
			}
			if form.whyHow != "" && hasReason(form.whyHow, txt) {
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
	if best == nil {
		abstain()
		return
	}
	statement := false
	if form.said {
		if q := b.statementOf(cands, keys, best); q != nil {
			best, statement = q, true
		}
	}
	f := features(ix, focus, qt, form, keys, total, best, cands)
	score := answerability(f)
	if statement {
		// The person asked about is quoted: that quotation is the answer,
		// whatever words the question used for "say".
		score = max(score, b.opts.Threshold)
	}
	ans.Answerability.Score = score
	ans.Answerability.Features = f
	ans.Answerability.Candidate = story.Clean(best.text())
	switch {
	case best.coverage < MinEvidence && !statement && !(form.yesNo && best.coverage >= MinEvidence/2):
		// Nothing is close: no passage to offer. A yes/no question gets
		// the closest passage sooner: "were any guards killed" is fairly
		// met by what the story says of the guards.
		abstain()
	case score >= b.opts.Threshold && !(qt == qName && !best.typed) && !(form.whyHow != "" && !hasReason(form.whyHow, best.text())):
		// A name is asked for and the sentence names no one new, or a why
		// or how and it gives no cause or method: at best the closest
		// passage.
		b.answer(ans, qt, form, keys, total, best, cands)
	case score >= b.opts.Floor || form.yesNo:
		// A yes/no question the passages don't settle gets what they do
		// say of its subject: "The stories don't say so. The closest ...".
		hedge(ans, form, keys, best)
	default:
		abstain()
	}
}

// answer writes the chosen sentence (and a second one of the same passage
// when it covers a good part of what the first left out) as the answer.
func (b *Bot) answer(ans *Answer, qt qtype, form qform, keys []keyTerm, total float64, best *candidate, cands []*candidate) {
	chosen := []*candidate{best}
	// Sentences from elsewhere are not stitched together: that would be an
	// inference the stories don't make.
	var second *candidate
	var secondGainBest float64
	for _, c := range cands {
		if c == best || c.p != best.p {
			continue
		}
		var gain float64
		for _, k := range keys {
			if extra := c.covered[k.term] - best.covered[k.term]; extra > 0 {
				gain += extra * k.weight / total
			}
		}
		if gain >= secondGain && gain > secondGainBest {
			second, secondGainBest = c, gain
		}
	}
	// A speaker line ("... SAYING:") is followed by what was said; the end
	// of a quotation ("... more dead," the director told radio.) is
	// preceded by its start.
	if t := strings.TrimSpace(best.text()); second == nil && strings.HasSuffix(t, ":") {
		second = next(cands, best)
	} else if second == nil && quoteTail(t) {
		second = prev(cands, best)
	}
	if second != nil {
		if second.sp.Start < best.sp.Start {
			chosen = []*candidate{second, best}
		} else {
			chosen = append(chosen, second)
		}
	}
	var sb strings.Builder
	if form.yesNo {
		// The sentence answers the yes/no question; it says no when it
		// negates what the question doesn't ("No guards were killed").
		if negQ.MatchString(text.Fold(best.text())) || noneRE.MatchString(best.text()) {
			if !form.negated {
				sb.WriteString("No: ")
			}
		} else {
			sb.WriteString("Yes: ")
		}
	}
	for i, c := range chosen {
		if i > 0 {
			sb.WriteByte(' ')
		}
		n := i + 1
		txt := story.Clean(c.text())
		if qt == qTime {
			txt = resolveDates(txt, c.p.Date)
		}
		fmt.Fprintf(&sb, "%s [%d]", txt, n)
		ans.Citations = append(ans.Citations, cite.Cite(n, c.p, c.sp.Start, c.sp.End))
	}
	ans.Text = sb.String()
}

// dateline answers "when did this happen" with the date of the story the
// best passage comes from, cited as the bytes of the date in its header.
func dateline(ix *retrieval.Index, ans *Answer) bool {
	st := storyOf(ix, ans.Passages[0].Source)
	if st == nil || st.Date == "" {
		return false
	}
	i := strings.Index(st.Text, st.Date)
	d, err := time.Parse("2006-01-02", st.Date)
	if i < 0 || err != nil {
		return false
	}
	c := Citation{N: 1, Source: st.Source, Title: st.Title, Date: st.Date, Start: i, End: i + len(st.Date), Quote: st.Date}
	ans.Text = fmt.Sprintf("The story is dated %s [1].", d.Format("Monday 2 January 2006"))
	ans.Citations = []Citation{c}
	return true
}

// MinEvidence is the least share of the question's key terms (weighted by
// rarity) that the best sentence and its passage must cover for the bot to
// offer anything, answer or closest passage; below it, "The stories don't
// say.".
const MinEvidence = 0.5

// The openings of a hedge: an abstention that still shows the closest
// passage, cited, so a person can judge.
const (
	Hedge   = "I couldn't find a direct answer. The closest passage:"
	HedgeNo = "The stories don't say so. The closest they come:"
)

var noneRE = regexp.MustCompile(`(?i)\b(no|none|nobody|no one|neither|nor)\b`)

// hedge gives the closest passage, marked as no direct answer, so a person
// can judge; in JSON it counts as an abstention.
func hedge(ans *Answer, form qform, keys []keyTerm, best *candidate) {
	var missing []string
	for _, k := range keys {
		if best.context[k.term] == 0 && k.known {
			missing = append(missing, k.term)
		}
	}
	lead := Hedge + " "
	if form.yesNo && len(missing) > 0 {
		lead = HedgeNo + " "
	}
	ans.Text = fmt.Sprintf("%s%s [1]", lead, story.Clean(best.text()))
	ans.Abstained = true
	ans.Citations = []Citation{cite.Cite(1, best.p, best.sp.Start, best.sp.End)}
}

func (c *candidate) text() string {
	return c.p.Text[c.sp.Start-c.p.Start : c.sp.End-c.p.Start]
}

// next is the sentence after c in the same passage, if any.
// next is the sentence that follows c in its story, among the candidates
// (overlapping passages share sentences, each kept once, so it may belong
// to another passage object).
func next(cands []*candidate, c *candidate) *candidate {
	var out *candidate
	for _, d := range cands {
		if d.p.Source == c.p.Source && d.sp.Start >= c.sp.End && (out == nil || d.sp.Start < out.sp.Start) {
			out = d
		}
	}
	return out
}

// prev is the sentence before c in its story, among the candidates.
func prev(cands []*candidate, c *candidate) *candidate {
	var out *candidate
	for _, d := range cands {
		if d.p.Source == c.p.Source && d.sp.End <= c.sp.Start && (out == nil || d.sp.Start > out.sp.Start) {
			out = d
		}
	}
	return out
}

// quoteTail reports a sentence that closes a quotation it did not open.
func quoteTail(t string) bool {
	opens := strings.Count(t, "“")
	closes := strings.Count(t, "”")
	straight := strings.Count(t, "\"")
	first, _ := utf8.DecodeRuneInString(t)
	return closes > opens || straight%2 == 1 && first != '"'
}

func anySynonymKnown(ix *retrieval.Index, term string) bool {
	for _, s := range text.Synonyms(term) {
		if ix.DocFreq(s) > 0 {
			return true
		}
	}
	return false
}

var (
	// A count: a number word, or digits that are not a year.
	numberWords   = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|scores)\b|\b(\d{1,3}|\d{5,})\b|\b(1[0-8]|2[1-9]|[3-9]\d)\d\d\b|\d[.,]\d`)
	durationWords = regexp.MustCompile(`(?i)\b\d+[- ]?(day|week|month|year|hour|minute)s?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)[- ](day|week|month|year|hour)s?\b`)
	timeWords     = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|tonight|tomorrow|week|month|year|since|ago|morning|evening|night|weekend)\b|\b(19|20)\d\d\b`)
	placeWords    = regexp.MustCompile(`\b(in|at|from|near|of|to|inside)\s+(the\s+)?(city|province|provinces|town|state|country|region|capital\s+)?(of\s+)?\p{Lu}`)
	personNouns   = regexp.MustCompile(`\b(volunteers?|police|officers?|soldiers|troops|army|military|government|authorities|officials?|residents|workers|guards|gangs?|prisoners|inmates|protesters|rebels|president|director|minister|mayor|governor|spokes(man|woman|person)|attorney general|prosecutors?|judges?|court|ministry|agency|company)\b`)
	// A name: two capitalized words, or two in capitals (as soundbite lines write them).
	personName = regexp.MustCompile(`\p{Lu}\p{Ll}+\s+(?:(?:de|del|de la|la|of|the|von|van|da|di|du|le|al|bin|el)\s+)?\p{Lu}\p{Ll}+|\p{Lu}{2,}\s+\p{Lu}{2,}`)
)

// hasType reports whether a sentence holds the kind of thing a question
// asks for. For "who", that is a name the question does not already give.
func hasType(t qtype, txt, question string) bool {
	switch t {
	case qNumber:
		return numberWords.MatchString(txt)
	case qDuration:
		return durationWords.MatchString(txt)
	case qTime:
		return timeWords.MatchString(txt)
	case qPlace:
		return placeWords.MatchString(txt)
	case qPerson:
		// "Who" is answered by a name, or by a group or office the
		// question doesn't already name ("volunteers", "the police").
		q := text.Fold(question)
		for _, w := range personNouns.FindAllString(text.Fold(txt), -1) {
			if !strings.Contains(q, w) {
				return true
			}
		}
		return hasType(qName, txt, question)
	case qName:
		q := text.Fold(question)
		for _, name := range personName.FindAllString(txt, -1) {
			for _, w := range strings.Fields(text.Fold(name)) {
				if !strings.Contains(q, w) {
					return true
				}
			}
		}
		return false
	}
	return true
}
