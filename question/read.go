package question

import (
	"math"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Questions as people type them: chat shorthand, missing apostrophes and
// typos are read into the words the stories use before anything else
// looks at the question. Every change shows in Answer.ReadAs.

var questionWordRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’;/]*`)

// Read returns the question as the bot reads it: the discourse markers it
// opens with ("ok so", "yo"), a comment tacked on after a comma (", ngl
// sounds like a swat map") and chat filler the stories never use ("lol",
// "ngl", "tho") left out, shorthand expanded, and words the stories never
// use corrected to a word they do (same first letter, one or two edits
// away, the closest and then the commonest). It leaves the question alone
// where it cannot be sure.
func (rd *Reader) Read(ix Corpus, q string) string {
	voc := rd.Vocabulary(ix)
	q = unstretch(voc, text.Uncap(q))
	// a remark naming a place or person of the stories says what is asked
	// ("... we live in duran"); a title they capitalise ("President") no
	q = text.StripAfterthoughtsKeeping(q, func(w string) bool { return voc.IsName(w) && !text.IsWord(w) })
	q = text.StripLeadRemarks(q, voc.uses) // "cant sleep. how many died": the asker's remark
	q = text.StripGuess(text.StripAside(text.StripRequest(text.StripHearsay(text.StripNarrative(text.StripLead(text.StripBrackets(text.ReadDialect(text.ReadPidgin(text.StripLetter(text.StripLabel(q)))))))))))
	q = thousandsRE.ReplaceAllStringFunc(q, expandThousands)
	q = fromWhenRE.ReplaceAllString(q, "${1}since when") // "from when the violence is going up"
	first := true
	var out strings.Builder
	last := 0
	spans := questionWordRE.FindAllStringIndex(q, -1)
	filler := make([]bool, len(spans))
	for i, sp := range spans {
		lw := strings.ToLower(strings.TrimRight(q[sp[0]:sp[1]], "'’;/"))
		filler[i] = text.IsChatFiller(lw) && !voc.uses(lw) && !(i > 0 && text.IsChatParticle(lw) && text.StartsUpper(q[sp[0]:sp[1]]))
	}
	for i := 0; i+1 < len(spans); i++ {
		// "right now" is the asker's now: "right" goes with it ("who is
		// the president right now"), not left to be read as a word
		if filler[i+1] && strings.EqualFold(q[spans[i][0]:spans[i][1]], "right") && strings.EqualFold(q[spans[i+1][0]:spans[i+1][1]], "now") && !rightNowKept(q, spans, i) {
			filler[i] = true
		}
	}
	// edge reports that every word before i, or every word after it, is
	// filler: "how many died bro lol", "bro ok how many died".
	edge := func(i int) bool {
		return !slices.Contains(filler[:i], false) || !slices.Contains(filler[i+1:], false)
	}
	drop := make([]bool, len(spans))
	for i, sp := range spans {
		lw := strings.ToLower(strings.TrimRight(q[sp[0]:sp[1]], "'’;/"))
		drop[i] = filler[i] && !(vocatives[lw] && !edge(i) && !commaNear(q, sp)) || i > 0 && text.IsIntensifier(lw) && stressed(q, spans, i) || exactlyStress(q, spans, i)
		if lw == "poor" && !voc.uses(lw) && i+1 < len(spans) && sympathyPoor(q, spans, i) {
			drop[i] = true // "how many poor souls died": sympathy, not what is asked
		}
	}
	for i, sp := range spans {
		out.WriteString(q[last:sp[0]])
		last = sp[1]
		w := q[sp[0]:sp[1]]
		lw := strings.ToLower(strings.TrimRight(w, "'’;/"))
		if drop[i] || lw == "or" && offersCatchAll(q, spans, drop, i) {
			continue // "or whatever", "or smth": the "or" offered the filler
		}
		before := ""
		if i > 0 {
			before = q[spans[i-1][0]:spans[i-1][1]]
		}
		if a := voc.acronym(w, before); a != "" {
			first = false
			out.WriteString(a) // "the AG office": the attorney general's
			continue
		}
		if p := personWord(voc, strings.TrimRight(lw, "'’")); p != "" && (first || !text.StartsUpper(w)) {
			first = false
			if strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
				p += "'s" // "the individuals' families": the people's
			}
			out.WriteString(p) // "how many souls died": how many people
			continue
		}
		out.WriteString(readWord(voc, w, lw, &first))
	}
	out.WriteString(q[last:])
	read := out.String()
	if read != q {
		read = strings.Join(strings.Fields(read), " ") // no double spaces where words were dropped
		read = doubleComma.ReplaceAllString(read, ",")
		read = spaceBeforeStop.ReplaceAllString(read, "$1") // "i live in ecuador lol." read "i live in ecuador.
	}
	read = strings.TrimLeft(read, ",;: ") // "Now, who runs it": the comma after what was dropped
	if strings.TrimSpace(read) == "" {
		return q // nothing but filler: read as typed
	}
	return borrowCounted(read) // "so many soldiers, how many went in": how many soldiers went in
}

// sympathyPoor reports the "poor" at spans[i] said in sympathy: before a
// plural WordNet gives as "person" ("poor souls"), or after a
// determiner, before a person noun ("the poor guards' families"); not
// "how many poor residents", which counts the poor.
func sympathyPoor(q string, spans [][]int, i int) bool {
	next := strings.ToLower(strings.TrimRight(q[spans[i+1][0]:spans[i+1][1]], "'’"))
	if l := text.Lemma(next); l != next && slices.Contains(text.Synonyms(l), "person") {
		return true
	}
	if i == 0 || !text.IsPersonNoun(next) {
		return false
	}
	return sympathyDeterminers[strings.ToLower(q[spans[i-1][0]:spans[i-1][1]])]
}

// sympathyDeterminers open the noun phrase a "poor" of sympathy stands in.
var sympathyDeterminers = map[string]bool{"the": true, "those": true, "these": true, "that": true, "this": true, "them": true, "our": true, "their": true, "any": true, "all": true, "some": true}

// personWord reads a plural noun WordNet gives as a synonym of "person"
// ("souls", "mortals") as "people", the word count questions ask with,
// when the stories never use it. "" otherwise.
func personWord(voc *Vocabulary, lw string) string {
	if voc.uses(lw) || !strings.HasSuffix(lw, "s") || lw == "persons" {
		return ""
	}
	l := text.Lemma(lw)
	if l == lw || !slices.Contains(text.Synonyms(l), "person") {
		return ""
	}
	return "people"
}

// fromWhenRE is "from when" opening a question or its clause, as
// learners ask "since when" ("desde cuándo", "depuis quand", "từ khi
// nào"): "from when the violence in prisons is going up". Not inside a
// clause ("apart from when", "far from when").
var fromWhenRE = regexp.MustCompile(`(?i)(^\s*|[,;]\s*|\b(?:and|so|but)\s+)from when\b`)

// rightNowKept reports a "right now" at spans[i] that is no asker's now:
// "now that" opens a clause ("get it right now that the toll is 31"), and
// "all right" is a word of its own.
func rightNowKept(q string, spans [][]int, i int) bool {
	word := func(k int) string { return strings.ToLower(q[spans[k][0]:spans[k][1]]) }
	return i+2 < len(spans) && word(i+2) == "that" || i > 0 && word(i-1) == "all"
}

// stressed reports an intensifier at spans[i] that stresses the question
// itself: after its question word, its verb or its subject pronoun ("who
// even runs", "how did they even get in", "was it really 31"), or closing
// it ("where is this prison even"). Inside the topic ("failed to actually
// vote") it is the story's word.
func stressed(q string, spans [][]int, i int) bool {
	if i == len(spans)-1 {
		// closing a wh-question; closing a yes/no question it may be
		// what is asked ("was the vote even?")
		return whOpens(q)
	}
	if next := strings.ToLower(q[spans[i+1][0]:spans[i+1][1]]); next == "out" || next == "up" {
		return false // "even out", "even up": a verb
	}
	prev := strings.ToLower(q[spans[i-1][0]:spans[i-1][1]])
	return questionWord(prev) || stressAfter[prev]
}

// exactlyStress reports an "exactly" right after a question word that
// asks no amount ("where exactly is the prison, which city", "who exactly
// runs it"): it only presses for what is asked. After "how many" or "how
// long" it asks for a precise figure the story may not give, and stays.
func exactlyStress(q string, spans [][]int, i int) bool {
	if i == 0 || !strings.EqualFold(q[spans[i][0]:spans[i][1]], "exactly") {
		return false
	}
	if i+1 < len(spans) && unicode.IsDigit(rune(q[spans[i+1][0]])) {
		return false // "the riot where exactly 31 died": it bounds the number
	}
	switch strings.ToLower(q[spans[i-1][0]:spans[i-1][1]]) {
	case "where", "who", "what", "which", "when", "whom", "whose":
		return true
	}
	return false
}

// whOpens reports a question whose first word is a question word, or
// whose second is after a preposition ("in what manner", "for how long").
func whOpens(q string) bool {
	f := strings.Fields(strings.ToLower(q))
	if len(f) > 1 && leadPreps[strings.TrimLeft(f[0], "¿¡\"'")] {
		f = f[1:]
	}
	return len(f) > 0 && questionWord(strings.Trim(f[0], "¿?¡!,.\"'"))
}

// offersCatchAll reports the "or" at spans[i] followed by dropped filler
// that ends on a catch-all ("or whatever", "or like whatever").
func offersCatchAll(q string, spans [][]int, drop []bool, i int) bool {
	for j := i + 1; j < len(spans) && drop[j]; j++ {
		if catchAll[strings.ToLower(q[spans[j][0]:spans[j][1]])] {
			return true
		}
	}
	return false
}

// catchAll are the filler an "or" offers as a vague other ("or
// whatever", "or smth"): the "or" goes with them. Before other filler it
// joins two choices ("18 or like 31").
var catchAll = map[string]bool{"whatever": true, "smth": true, "sth": true, "stuff": true, "whatnot": true}

var stressAfter = map[string]bool{"is": true, "are": true, "was": true, "were": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true,
	"it": true, "they": true, "he": true, "she": true, "we": true, "you": true, "u": true, "that": true, "this": true}

// spaceBeforeStop is what dropping a word before a stop leaves ("in
// ecuador lol." read "in ecuador .").
var spaceBeforeStop = regexp.MustCompile(`\s+([.!?;:])`)

// doubleComma is what dropping a word between two commas leaves ("how
// many died, dude, in the riot").
var doubleComma = regexp.MustCompile(`\s*,(?:\s*,)+`)

// vocatives are chat filler that are also nouns: said to someone at the
// edge of a question ("how many died bro", "guys, who did it") they are
// filler; inside it ("how many bad guys can fit", "who is the man in the
// video") they are what is asked about.
var vocatives = map[string]bool{"bro": true, "bruh": true, "dude": true, "dawg": true, "fam": true, "guys": true, "man": true, "mate": true, "sis": true}

// commaNear reports a comma right before or after the word at sp, or a
// dash set apart by a space ("how many died - bro"; not "man-made").
func commaNear(q string, sp []int) bool {
	before, after := q[:sp[0]], q[sp[1]:]
	b, a := strings.TrimRight(before, " "), strings.TrimLeft(after, " ")
	return strings.HasSuffix(b, ",") || strings.HasPrefix(a, ",") ||
		len(b) < len(before) && strings.HasSuffix(b, " -") || len(a) < len(after) && strings.HasPrefix(a, "- ")
}

// readWord reads one word of a question that is not filler: shorthand
// expanded, a question word's typo at the start, a word the stories never
// use corrected to one they do.
func readWord(voc *Vocabulary, w, lw string, first *bool) string {
	if s, ok := text.Shorthand(lw); ok {
		*first = false
		return s
	}
	opening := *first
	if g := gluedWh(lw); g != "" && (voc == nil || voc.freq[text.Fold(w)] == 0) && (opening || !text.StartsUpper(w)) {
		// (not a word the stories use, nor one capitalised inside the
		// question: "Howlong" is a town)
		*first = false
		return g
	}
	if *first {
		*first = false
		// A question opens with its question word: "wich" is "which"
		// there, not the stories' commoner "with".
		if wh := whTypo(lw); wh != "" {
			return wh
		}
	}
	if c := voc.correct(text.Fold(w)); c != "" {
		if !opening && text.StartsUpper(w) && !voc.IsName(c) {
			// A name the asker capitalised is no typo of a common
			// word: "Boko Haram" is not "book Haram"; it may be one
			// of a name ("Guayaqil": "guayaquil").
			return w
		}
		return c
	}
	return w
}

// gluedWh is a question word typed together with the word after it
// ("howmany troops went in", "howlong is the emergency", "whatis the
// name"), read as the two words, a slip in a second half of four letters
// or more read as the word ("howmanny"); "" when w is a dictionary word
// ("however", "whatever", "howl", "whence") or what follows the question
// word is not one that goes with it (whFollows).
func gluedWh(w string) string {
	if text.IsWord(w) || !isLetters(w) {
		return ""
	}
	for _, wh := range whWords {
		rest, ok := strings.CutPrefix(w, wh)
		if !ok || rest == "" {
			continue
		}
		if whFollows[wh][rest] {
			return wh + " " + rest
		}
		// a slip in a longer second half: "howmanny", "howlnog"
		found := ""
		for f := range whFollows[wh] {
			if len(f) >= 4 && len(rest) >= 4 && text.EditDistance(rest, f, 1) <= 1 {
				if found != "" {
					return ""
				}
				found = f
			}
		}
		if found != "" {
			return wh + " " + found
		}
	}
	return ""
}

// whFollows are the words that go with a question word closely enough to
// be typed with it as one: "how" and the words of amount, length and
// manner that make a question of it ("how many", "how long", "how come"),
// every question word and the forms of be and do after it ("whatis",
// "wherewas", "howdid").
var whFollows = func() map[string]map[string]bool {
	aux := strings.Fields("is was are were did does do")
	m := map[string]map[string]bool{}
	for _, wh := range whWords {
		m[wh] = map[string]bool{}
		for _, a := range aux {
			m[wh][a] = true
		}
	}
	for _, w := range strings.Fields("many much long often far old big come soon") {
		m["how"][w] = true
	}
	return m
}()

// keyNeighbours are the keys next to each letter on a QWERTY keyboard (a
// phone's too), left, right, above and below.
var keyNeighbours = map[rune]string{
	'q': "wa", 'w': "qeas", 'e': "wrsd", 'r': "etdf", 't': "ryfg", 'y': "tugh", 'u': "yihj", 'i': "uojk", 'o': "ipkl", 'p': "ol",
	'a': "qwsz", 's': "awedzx", 'd': "serfxc", 'f': "drtgcv", 'g': "ftyhvb", 'h': "gyujbn", 'j': "huiknm", 'k': "jiolm", 'l': "kop",
	'z': "asx", 'x': "zsdc", 'c': "xdfv", 'v': "cfgb", 'b': "vghn", 'n': "bhjm", 'm': "njk",
}

// whWords are the words a question opens with.
var whWords = []string{"what", "which", "who", "whom", "whose", "when", "where", "why", "how"}

// whTypo is the question word a question's first word is a typo of ("wich",
// "wehre", "hwo"): one edit away, and no dictionary word itself; "" if none
// or more than one is that close.
func whTypo(w string) string {
	if text.IsWord(w) || !isLetters(w) || utf8.RuneCountInString(w) < 3 {
		return ""
	}
	found := ""
	for _, wh := range whWords {
		if text.EditDistance(w, wh, 1) <= 1 {
			if found != "" {
				return ""
			}
			found = wh
		}
	}
	return found
}

// Vocabulary is the set of words the corpus uses, with how many stories
// use each, for correcting typos.
type Vocabulary struct {
	docFreq func(term string) int // the index's, for stemmed terms
	freq    map[string]int
	// names are the words the stories write capitalised inside sentences
	// most of the times they use them: names, whatever case a question
	// types them in.
	names  map[string]bool
	byHead map[string][]string // first letter -> words

	narrowerOnce sync.Once
	narrower     map[string][]string // lemma -> the stories' closed compounds ending on it that WordNet relates to it

	stories      func() []story.Story
	acronymsOnce sync.Once
	acronyms     map[string]map[string]int // initials -> runs of content words -> how often written
	titled       map[string]bool           // runs written capitalised somewhere
}

// Corpus is what reading a question needs of the index: the stories, and
// how many chunks use a term.
type Corpus interface {
	Stories() []story.Story
	DocFreq(term string) int
}

// Reader reads questions against a corpus's words. It keeps the vocabulary
// of the last corpus it read against; safe for concurrent use.
type Reader struct {
	mu  sync.Mutex
	ix  Corpus
	voc *Vocabulary
}

// Vocabulary returns the words of ix, made once per corpus.
func (rd *Reader) Vocabulary(ix Corpus) *Vocabulary {
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if rd.ix == ix && rd.voc != nil {
		return rd.voc
	}
	v := &Vocabulary{docFreq: ix.DocFreq, freq: map[string]int{}, byHead: map[string][]string{}, names: map[string]bool{}, stories: ix.Stories}
	// The stories are read in parallel, a share each, and the counts
	// merged: on 10,000 stories this is most of a first question's time.
	stories := ix.Stories()
	workers := max(1, min(runtime.GOMAXPROCS(0), len(stories)/64))
	parts := make([]wordCounts, workers)
	var wg sync.WaitGroup
	for i := range parts {
		wg.Add(1)
		go func(p *wordCounts, i int) {
			defer wg.Done()
			*p = countWords(stories[i*len(stories)/workers : (i+1)*len(stories)/workers])
		}(&parts[i], i)
	}
	wg.Wait()
	capital, uses := parts[0].capital, parts[0].uses
	v.freq = parts[0].freq
	for _, p := range parts[1:] {
		for w, n := range p.freq {
			v.freq[w] += n
		}
		for w, n := range p.uses {
			uses[w] += n
		}
		for w, n := range p.capital {
			capital[w] += n
		}
	}
	for w, n := range uses {
		if capital[w]*2 > n && len(text.Terms(w)) > 0 {
			v.names[w] = true
		}
	}
	for w := range v.freq {
		if utf8.RuneCountInString(w) < 3 || !isLetters(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		v.byHead[string(r)] = append(v.byHead[string(r)], w)
	}
	for _, ws := range v.byHead {
		sort.Strings(ws)
	}
	rd.ix, rd.voc = ix, v
	return v
}

// uses reports whether the stories use the folded word w, or a form of it
// ("thank" where they write "thanks").
func (v *Vocabulary) uses(w string) bool {
	if v.freq[w] > 0 {
		return true
	}
	for _, t := range text.Terms(w) {
		if v.docFreq(t) > 0 {
			return true
		}
	}
	return false
}

// Words are the words the stories use, those more stories use first
// (ties in byte order).
func (v *Vocabulary) Words() []string {
	out := make([]string, 0, len(v.freq))
	for w := range v.freq {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool {
		if v.freq[out[i]] != v.freq[out[j]] {
			return v.freq[out[i]] > v.freq[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// Narrower returns the stories' closed compounds that end on w and that
// WordNet relates to it ("cellblocks" for "blocks": WordNet lists "block"
// among the words for a cellblock), sorted: a kind of w named in one
// word. Both must hold: a word only spelled alike is none ("massacre" is
// no "acre", "millions" no "lion"), nor is a word WordNet gives w as a
// synonym of another sense ("guards" for "wards").
func (v *Vocabulary) Narrower(w string) []string {
	v.narrowerOnce.Do(func() {
		v.narrower = map[string][]string{}
		for c := range v.freq {
			if v.names[c] || !isLetters(c) {
				continue
			}
			lc := text.Lemma(c)
			for _, s := range text.Synonyms(c) { // of its lemma
				if len(lc) >= len(s)+3 && strings.HasSuffix(lc, s) {
					v.narrower[s] = append(v.narrower[s], c)
				}
			}
		}
		for _, cs := range v.narrower {
			sort.Strings(cs)
		}
	})
	return v.narrower[text.Lemma(text.Fold(w))]
}

// IsName reports a word the stories write as a name.
func (v *Vocabulary) IsName(w string) bool { return v.names[w] }

// wordCounts are what the vocabulary counts in a share of the stories.
type wordCounts struct {
	freq    map[string]int // folded word -> stories using it
	uses    map[string]int // folded word -> uses after a lower-case word
	capital map[string]int // ... of which capitalised
}

func countWords(stories []story.Story) wordCounts {
	c := wordCounts{freq: map[string]int{}, uses: map[string]int{}, capital: map[string]int{}}
	for _, s := range stories {
		seen := map[string]bool{}
		for _, w := range text.Words(s.Text) {
			if !seen[w] {
				seen[w] = true
				c.freq[w]++
			}
		}
		// Capitalised after a lower-case word: a name, not a sentence start.
		prevLower := false
		for _, raw := range strings.Fields(s.Text) {
			core := strings.TrimFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) })
			if core == "" {
				prevLower = false
				continue
			}
			r, _ := utf8.DecodeRuneInString(core)
			if prevLower {
				f := text.Fold(core)
				c.uses[f]++
				if unicode.IsUpper(r) {
					c.capital[f]++
				}
			}
			last, _ := utf8.DecodeLastRuneInString(raw)
			prevLower = unicode.IsLetter(last) || last == ','
		}
	}
	return c
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// correct returns the corpus word a typed word was meant to be, or "" to
// leave it. Words of four letters or more that the corpus doesn't use,
// that are no stop word and whose stem the corpus doesn't know either,
// are corrected when one corpus word is closest: one edit away (two for
// words of seven letters or more), transpositions counting one.
func (v *Vocabulary) correct(w string) string {
	n := utf8.RuneCountInString(w)
	if n < 4 || !isLetters(w) || v.freq[w] > 0 || len(text.Terms(w)) == 0 || text.IsWord(w) {
		return "" // a word of the English dictionary is never "corrected": "storm" stays "storm"
	}
	for _, t := range text.Terms(w) {
		if v.docFreq(t) > 0 {
			return "" // a form of a corpus word ("prisons" for "prison")
		}
	}
	maxD := 1
	if n >= 7 {
		maxD = 2
	}
	r, _ := utf8.DecodeRuneInString(w)
	best, bestD, bestF, tie := "", maxD+1, 0, false
	// Closest first, then the commonest in the stories, then one at least
	// as long as the typed word (typing drops letters more than it adds).
	better := func(c string, d, f int) bool {
		switch {
		case d != bestD:
			return d < bestD
		case f != bestF:
			return f > bestF
		}
		return utf8.RuneCountInString(c) >= n && utf8.RuneCountInString(best) < n
	}
	look := func(head string) {
		// Two lists, read only: appending one to the other would write
		// into the shared vocabulary under concurrent questions.
		for _, c := range slices.Concat(v.byHead[head], knownByHead[head]) {
			cn := utf8.RuneCountInString(c)
			if c == best || cn < n-maxD || cn > n+maxD {
				continue
			}
			d := text.EditDistance(w, c, maxD)
			if d > maxD {
				continue
			}
			switch {
			case better(c, d, v.freq[c]):
				best, bestD, bestF, tie = c, d, v.freq[c], false
			case d == bestD && v.freq[c] == bestF && !(utf8.RuneCountInString(best) >= n && utf8.RuneCountInString(c) < n):
				tie = true
			}
		}
	}
	look(string(r))
	if best == "" {
		// A slip of the first key onto its neighbour ("fuards" for
		// "guards", "vity" for "city"), when no word starts as typed.
		for _, h := range keyNeighbours[r] {
			look(string(h))
		}
	}
	if tie {
		return ""
	}
	if best == "" && n >= 7 {
		// Spelled as it sounds ("guvermint", "gwayakil"): the one word
		// of the stories (or of knownWords) with its sound (text.SoundKey),
		// as long give or take three letters.
		return v.soundsLike(w, string(r), n)
	}
	return best
}

// soundsLike returns the one word starting with head, of about n letters,
// that sounds as w (text.SoundKey), or "" when none or several do.
func (v *Vocabulary) soundsLike(w, head string, n int) string {
	key := text.SoundKey(w)
	if len(key) < 3 {
		return "" // too little sound to tell words apart
	}
	found := ""
	for _, c := range slices.Concat(v.byHead[head], knownByHead[head]) {
		cn := utf8.RuneCountInString(c)
		if c == found || cn < n-3 || cn > n+3 || text.SoundKey(c) != key {
			continue
		}
		if found != "" {
			return "" // two words sound so: no telling which
		}
		found = c
	}
	return found
}

// knownWords are common words a question uses that a story may not: a
// typo of one ("happend") is read as that word, as a typo of a story's word
// is. (That no dictionary word is ever "corrected" is text.IsWord's job.)
var knownWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`tldr summary summarize summarise gist recap story article news about happen happened
		happening involved involve really still also anyone anybody someone people person please thanks thank
		explain tell know think mean means meant said says exactly total number many much long often ago later
		soon first last next before after during since until while right wrong true false maybe else other
		kill killed kills dead died dies death injured hurt wounded escape escaped released free freed
		arrested caught charged convicted sentenced jailed fired resigned elected won lost vote voted`) {
		m[w] = true
	}
	return m
}()

// knownByHead indexes knownWords by first letter.
var knownByHead = func() map[string][]string {
	m := map[string][]string{}
	for w := range knownWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[string(r)] = append(m[string(r)], w)
	}
	for _, ws := range m {
		sort.Strings(ws)
	}
	return m
}()

// thousandsRE matches chat's thousands: "40k", "2.5k", "10K".
var thousandsRE = regexp.MustCompile(`\b(\d{1,3}(?:\.\d{1,3})?)[kK]\b`)

// expandThousands writes "40k" as the stories do: "40,000" ("2.5k": 2,500).
func expandThousands(m string) string {
	f, err := strconv.ParseFloat(m[:len(m)-1], 64)
	if err != nil {
		return m
	}
	n := int64(math.Round(f * 1000))
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unstretch reads a word typed with a letter held down ("sooo many",
// "lmaooo", "whyyy") as the word it stretches: each run of three or more
// of one letter cut to two, then to one, the first form that is a
// dictionary word, chat filler or a word of the stories. Other words
// stay as typed.
func unstretch(voc *Vocabulary, q string) string {
	if !hasRun3(q) {
		return q
	}
	return questionWordRE.ReplaceAllStringFunc(q, func(w string) string {
		if !hasRun3(w) {
			return w
		}
		lw := strings.ToLower(w)
		if text.IsWord(lw) || voc.uses(lw) {
			return w // "III", "zzz": a word as typed
		}
		// chat filler at either cut first ("lolll": lol, not "loll")
		for _, keep := range []int{2, 1} {
			if c := cutRuns(lw, keep); text.IsChatFiller(c) {
				return c
			}
		}
		for _, keep := range []int{2, 1} {
			if c := cutRuns(lw, keep); text.IsWord(c) || voc.uses(c) {
				return c
			}
		}
		return w
	})
}

// hasRun3 reports three of one letter in a row.
func hasRun3(s string) bool {
	var prev rune
	n := 0
	for _, r := range s {
		if r == prev && unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
			continue
		}
		prev, n = r, 1
	}
	return false
}

// cutRuns cuts each run of three or more of one letter in w to keep.
func cutRuns(w string, keep int) string {
	rs := []rune(w)
	var out []rune
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		n := j - i
		if n >= 3 {
			n = keep
		}
		for k := 0; k < n; k++ {
			out = append(out, rs[i])
		}
		i = j
	}
	return string(out)
}
