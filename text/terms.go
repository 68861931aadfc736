package text

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps the Latin runes up to U+024F to their lower-case letter
// without accents ("Í" -> "i"), built once from Unicode decompositions.
var foldTable = func() map[rune]string {
	m := make(map[rune]string)
	for r := rune(0x80); r <= 0x24F; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		var b strings.Builder
		for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(d)
			}
		}
		m[r] = b.String()
	}
	m['ß'] = "ss"
	m['æ'], m['Æ'] = "ae", "ae"
	m['ø'], m['Ø'] = "o", "o"
	m['đ'], m['Đ'] = "d", "d"
	m['ł'], m['Ł'] = "l", "l"
	return m
}()

// Fold lower-cases s and removes accents, so "Rodríguez" matches
// "Rodriguez". Runes outside Latin are lower-cased and kept.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

func foldRune(b *strings.Builder, r rune) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
	case r <= 0x24F:
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	case unicode.Is(unicode.Mn, r):
		// a combining accent written apart from its letter
	default:
		b.WriteRune(unicode.ToLower(r))
	}
}

// Words splits text into folded words: runs of letters and digits. A
// period or comma between digits stays ("1.50", "1,000" becomes "1000"),
// apostrophes split ("Ecuador’s" gives "ecuador" and "s").
func Words(text string) []string {
	var out []string
	eachWord(text, nil, func(w []byte) { out = append(out, string(w)) })
	return out
}

// eachWord calls fn with each folded word of text, in a buffer that is
// reused (fn must copy what it keeps); it returns the buffer for reuse.
// Indexing calls it for every word of the corpus, so it allocates nothing.
func eachWord(text string, buf []byte, fn func(w []byte)) []byte {
	b := buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			case (c == '.' || c == ',') && len(b) > 0 && isDigitByte(b[len(b)-1]) && i+1 < len(text) && isDigitByte(text[i+1]):
				if c == '.' {
					b = append(b, '.')
				}
			default:
				if len(b) > 0 {
					fn(b)
					b = b[:0]
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = appendFold(b, r)
		case unicode.Is(unicode.Mn, r):
		default:
			if len(b) > 0 {
				fn(b)
				b = b[:0]
			}
		}
	}
	if len(b) > 0 {
		fn(b)
	}
	return b
}

func appendFold(b []byte, r rune) []byte {
	switch {
	case r <= 0x24F:
		if f, ok := foldTable[r]; ok {
			return append(b, f...)
		}
		return utf8.AppendRune(b, unicode.ToLower(r))
	case unicode.Is(unicode.Mn, r):
		return b
	default:
		return utf8.AppendRune(b, unicode.ToLower(r))
	}
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// Terms turns text into index terms: folded words without stop words or
// one-letter fragments, lightly stemmed. The same function serves the
// documents and the queries, so they always agree.
func Terms(text string) []string {
	var out []string
	EachTerm(text, nil, func(t []byte) { out = append(out, string(t)) })
	return out
}

// eachTerm is Terms without allocation: fn gets each term in a reused
// buffer.
func EachTerm(text string, buf []byte, fn func(t []byte)) []byte {
	return eachWord(text, buf, func(w []byte) {
		if len(w) < 2 && !isDigitByte(w[0]) {
			return
		}
		if stopWords[string(w)] {
			return
		}
		fn(stem(w))
	})
}

// TermsVersion changes whenever Terms may give a text other terms than
// before: an index built by another version must be rebuilt.
const TermsVersion = 4

// Stem strips common English inflections: plurals, -ing, -ed, -ly and a
// final -e, so "prisons" and "prison", "declared" and "declare" meet. It is
// deliberately light: over-stemming joins words that mean different things.
func Stem(w string) string { return string(stem([]byte(w))) }

// stem is Stem in place.
func stem(w []byte) []byte {
	if len(w) < 4 || isDigitByte(w[0]) {
		return w
	}
	has := func(suffix string) bool { return bytes.HasSuffix(w, []byte(suffix)) }
	switch {
	case (has("ies") || has("ied")) && len(w) > 4:
		w = append(w[:len(w)-3], 'y') // "complied" meets "comply", "cities" "city"
	case has("sses"):
		w = w[:len(w)-2]
	case has("es") && len(w) > 4 && bytes.IndexByte([]byte("sxz"), w[len(w)-3]) >= 0:
		w = w[:len(w)-2]
	case has("s") && !has("ss") && !has("us") && !has("is"):
		w = w[:len(w)-1]
	}
	switch {
	case has("ing") && len(w) > 5:
		w = w[:len(w)-3]
	case has("ed") && len(w) > 4:
		w = w[:len(w)-2]
	case has("ly") && len(w) > 5:
		w = w[:len(w)-2]
	}
	if has("e") && len(w) > 4 {
		w = w[:len(w)-1]
	}
	// "stopped" -> "stopp" -> "stop"
	if n := len(w); n > 3 && w[n-1] == w[n-2] && bytes.IndexByte([]byte("bdfgmnprt"), w[n-1]) >= 0 {
		w = w[:n-1]
	}
	return w
}

// stopWords are English function words, and the question words that say
// what kind of answer is wanted rather than what it is about.
var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`a about above after again against all am an and any are aren as at
		be because been before being below between both but by can cannot could couldn did didn do does
		doesn doing don down during each few for from further had hadn has hasn have haven having he her
		here hers herself him himself his how i if in into is isn it its itself just let me more most
		mustn my myself no nor not of off on once only or other ought our ours ourselves out over own
		same shan she should shouldn so some such than that the their theirs them themselves then there
		these they this those through to too under until up very was wasn we were weren what when where
		which while who whom whose why will with won would wouldn you your yours yourself yourselves also
		s t ll re ve d m said says say tell told please according many much did does among amongst upon
		onto toward towards via per within across get gets got getting though although however whereas`) {
		m[w] = true
	}
	return m
}()

// synonymGroups join words that news text and questions use for the same
// thing. Questions are worded differently from stories ("how many died"
// against "death toll"); these groups let the keyword side and the answer
// check see that. Each entry is a folded, unstemmed word.
var synonymGroups = [][]string{
	{"die", "died", "dead", "death", "deaths", "killed", "kill", "killing", "toll", "fatalities", "lives", "life", "lost", "lose"},
	{"prison", "prisons", "jail", "jails", "penitentiary", "penitenciaria", "cellblock", "cellblocks", "cell", "cells", "facility", "lockup"},
	{"prisoner", "prisoners", "inmate", "inmates", "detainee", "detainees", "convict", "convicts"},
	{"soldier", "soldiers", "army", "military", "troops", "forces", "armed"},
	{"police", "officer", "officers", "policemen", "cops", "security"},
	{"gang", "gangs", "cartel", "cartels"},
	{"riot", "rioting", "clash", "clashes", "fighting", "violence", "unrest", "uprising"},
	{"retake", "regain", "recover", "recapture", "seize", "took", "control", "intervene", "storm", "stormed", "raid", "raided"},
	{"access", "enter", "entered", "entry", "breach", "breached", "gained", "gain"},
	{"agency", "authority", "service", "institution", "body", "department"},
	{"attorney", "prosecutor", "prosecutors", "prosecution"},
	{"attack", "attacked", "attacks", "firebomb", "firebombed", "bombed", "bombing", "molotov", "assault"},
	{"weapon", "weapons", "gun", "guns", "firearm", "firearms", "ammunition", "arms"},
	{"hostage", "hostages", "held", "captive", "kidnapped", "taken", "abducted", "seized"},
	{"guard", "guards", "staff", "staffer", "staffers", "employee", "employees", "worker", "workers"},
	{"president", "leader", "head"},
	{"director", "chief", "head", "boss"},
	{"emergency", "emergencies"},
	{"election", "elections", "vote", "poll", "campaign", "campaigning"},
	{"injured", "hurt", "wounded", "injury"},
	{"shot", "shooting", "gunned", "murdered", "assassinated"},
	{"explosion", "explosions", "detonation", "detonations", "blast", "blasts"},
	{"found", "find", "seized", "discovered", "confiscated", "recovered", "uncovered"},
	{"begin", "began", "start", "started", "broke"},
	{"city", "town"},
	{"country", "nation", "national"},
	{"company", "firm", "corporation", "corp"},
	{"rise", "rose", "risen", "raise", "raised", "increase", "increased", "climb", "climbed"},
}

// phrases are multi-word news idioms that no word-by-word synonym can
// match ("lost their lives" is not about losing); Rephrase rewrites them in
// questions, never in stories.
var phrases = []struct {
	re   *regexp.Regexp
	with string
	// fn, when set, writes each match instead of with.
	fn func(string) string
}{
	{regexp.MustCompile(`(?i)\bheads? of state\b`), "president", nil},
	// the count of the dead, however it is called: "the number of
	// deaths", "the figure for the dead", "the body count", "the dead
	// number", "the total dead" are the news's "death toll" (not "the
	// number of victims" or "casualty figures", which count the hurt too)
	{regexp.MustCompile(`(?i)\b(?:numbers?|counts?|figures?|tally|tallies|totals?)\s+(?:of|for|on)\s+(?:the\s+)?(?:deaths|fatalities|(?:people|persons|prisoners|inmates)\s+killed|dead\s+(?:people|persons|prisoners|inmates))\b|\b(?:body|death|fatality|dead|deaths)\s+(?:counts?|figures?|numbers?|tally|tallies|totals?)\b|\btotal\s+dead\b`), "death toll", nil},
	// "the number of dead" at the clause's end or before a preposition
	// or a verb; "the number of the dead guard's cell" keeps its noun
	{regexp.MustCompile(`(?i)\b(?:numbers?|counts?|figures?|tally|tallies|totals?)\s+(?:of|for|on)\s+(?:the\s+)?dead(\s*(?:[?.!,;]|$)|\s+(?:in|at|from|so|is|was|were|are|go|goes|went|up|now|after|during|since|then|there|and|or|but|before|as|of|on|to|by)\b)`), "death toll$1", nil},
	// the asker's name for the whole event, closing a question after a
	// preposition: "how many got killed in that whole mess". It says "the
	// story's event", which every sentence of it is about. As a verb's
	// object it is what is asked ("who was behind the whole thing", "what
	// caused that whole mess"), and stays.
	{regexp.MustCompile(`(?i)\s+(?:in|from|during|over|after|throughout)\s+(?:(?:that|this)(?:\s+(?:whole|entire))?|the\s+(?:whole|entire))\s+(?:mess|thing|situation|saga|ordeal|drama|chaos|fiasco|debacle|business|shitshow|circus|madness|craziness|episode|affair)(\s*[?!.]*\s*)$`), "$1", nil},
	// "in there" at a clause's end points at the place talked of from
	// within: "what did they find in there" asks what was found inside
	// (not "in there somewhere", "is anyone still in there alive"; not
	// an idiom's "in", "hanging in there", "turn himself in there", nor
	// the text's, "is it mentioned in there")
	{regexp.MustCompile(`(?i)(?:\b(\w+)\s+)?\bin\s+there(\s*(?:[?!.,;]|$)|\s+(?:once|when|after|before|during|and|or|so\s+far|at\s+the\s+time|right\s+now|now|yet)\b)`), "", func(m string) string {
		f := strings.Fields(m)
		if len(f) > 2 && notInsideBefore[strings.ToLower(f[0])] {
			return m
		}
		i := strings.Index(strings.ToLower(m), "in there")
		return m[:i] + "inside" + m[i+len("in there"):]
	}},
	// the formal register's long prepositions say "about": "the death toll
	// in connection with the violence"; not after a deed the news itself
	// ties so ("arrested in connection with the attack"); "in relation to"
	// is "about" after a verb of saying ("what was said in relation to the
	// escape"), and may compare elsewhere, as "with respect to" may: they
	// stay
	{regexp.MustCompile(`(?i)(?:\b([\p{L}]+)\s+)?\b(?:in connection with|in relation to|with (?:regard|reference) to|in regards? to|pertaining to)\b`), "", func(m string) string {
		f := strings.Fields(m)
		if len(f) > 3 && tiedDeeds[strings.ToLower(f[0])] {
			return m
		}
		if lm := strings.ToLower(m); strings.HasSuffix(lm, "in relation to") && (len(f) < 4 || !IsSpeechVerb(strings.ToLower(f[0])) && !tiedDeeds[strings.ToLower(f[0])] && strings.ToLower(f[0]) != "known") {
			return m // "the population in relation to its capacity": compared
		}
		if len(f) > 3 || len(f) == 3 && !strings.EqualFold(f[0], "with") && !strings.EqualFold(f[0], "in") {
			return f[0] + " about" // the word before the phrase, kept
		}
		return "about"
	}},
	{regexp.MustCompile(`(?i)\blos[te]s? (their|his|her|its) li(fe|ves)\b`), "died", nil},
	{regexp.MustCompile(`(?i)\b(took|taken|take|held) (captive|prisoner)\b`), "held hostage", nil},
	{regexp.MustCompile(`(?i)\bsecurity forces\b`), "police and soldiers", nil},
	{regexp.MustCompile(`(?i)\bcell ?blocks?\b`), "cellblocks", nil},
	{regexp.MustCompile(`(?i)\bset (fire|ablaze) to\b`), "attacked", nil},
	{regexp.MustCompile(`(?i)\b(get|gets|got|gotten|getting|break|broke|broken|breaking) ?(in|into|inside)\b`), "gained access to", nil},
	{regexp.MustCompile(`(?i)\b(coming up|upcoming)\b`), "next", nil},
	// the formal register's pointers say "the": "the said prison", "the
	// aforementioned facility"; and its "for what period" asks how long
	{regexp.MustCompile(`(?i)\b(the)\s+(?:(?-i:said)|aforementioned|aforesaid|above[- ]?mentioned)\s+`), "$1 ", nil},
	{regexp.MustCompile(`(?i)\bfor\s+what\s+(?:period|length\s+of\s+time|duration)(?:\s+of\s+time)?\b(\s+of\b)?`), "", func(m string) string {
		if strings.HasSuffix(strings.ToLower(m), " of") {
			return m // "for what period of his career": an era
		}
		return "how long"
	}},
	// "are they having elections soon": the next ones ("elections next
	// month"); "how soon" asks when, and stays.
	{regexp.MustCompile(`(?i)\b(how\s+)?soon\b`), "", func(m string) string {
		if strings.HasPrefix(strings.ToLower(m), "how") {
			return m
		}
		return "next"
	}},
	// "until now" is when every story is told: it asks for nothing.
	// "at the moment of the blast" is a time of the story's, and stays.
	{regexp.MustCompile(`(?i)\b(so far|as of now|right now|at the moment|at the mo|up to now|until now|to date)\b(\s+(?:of|when|that)\b)?`), "", func(m string) string {
		if f := strings.Fields(strings.ToLower(m)); len(f) > 0 && (f[len(f)-1] == "of" || f[len(f)-1] == "when" || f[len(f)-1] == "that") {
			return m
		}
		if strings.HasSuffix(m, "Mo") {
			return m // "at the Mo Ibrahim forum": a name
		}
		return ""
	}},
	// "in the end", closing a question, asks for the latest figure a story
	// gives, which is the one it gives: nothing of its own. (Inside one it
	// may be a match's final: "who scored in the end of the cup".)
	{regexp.MustCompile(`(?i)[\s,]*\b(in the end|at the end of the day|all told|when all was said and done)\b(\s*[?.!]*\s*$)`), "$2", nil},
}

// tiedDeeds are deeds the news ties to an event "in connection with" it.
var tiedDeeds = map[string]bool{"arrested": true, "charged": true, "detained": true, "held": true, "questioned": true, "sought": true, "wanted": true, "convicted": true, "jailed": true, "sentenced": true, "investigated": true, "indicted": true}

// currencyRE is a figure's currency in the asker's words: a story's figure
// is the latest it knows, so "the latest confirmed death toll" asks for
// the death toll. compareRE is a question setting two figures apart ("is
// the confirmed toll higher than the reported toll", "the official count
// after the quick count"), whose words say which: they stay.
var (
	currencyRE = regexp.MustCompile(`(?i)\b(?:(?:latest|most recent|current|updated|up-to-date|confirmed|official|officially confirmed|reported)\s+)+(death toll|toll|numbers?|figures?|counts?|tally|tallies|totals?)\b`)
	compareRE  = regexp.MustCompile(`(?i)\b(?:than|after|before|versus|vs|compared|first|initial|earlier|original|previous|preliminary|quick)\b`)
)

// Rephrase rewrites the news idioms of a question into the words stories
// use for them.
func Rephrase(question string) string {
	for _, p := range phrases {
		if p.fn != nil {
			question = p.re.ReplaceAllStringFunc(question, p.fn)
			continue
		}
		question = p.re.ReplaceAllString(question, p.with)
	}
	if !compareRE.MatchString(question) {
		question = currencyRE.ReplaceAllString(question, "$1")
	}
	return question
}

// notInsideBefore are words whose "in" is no place's: an idiom's
// particle ("hang in there", "turn himself in") or the text's ("mentioned
// in there").
var notInsideBefore = map[string]bool{"hang": true, "hanging": true, "hangs": true, "hung": true, "himself": true, "herself": true,
	"themselves": true, "yourself": true, "mentioned": true, "said": true, "written": true, "stated": true, "listed": true,
	"reported": true, "say": true, "says": true, "mention": true, "mentions": true, "it": true}

// synonyms maps a stemmed term to the other stemmed terms of its groups.
var synonyms = func() map[string][]string {
	m := make(map[string]map[string]bool)
	for _, g := range synonymGroups {
		for _, a := range g {
			sa := Stem(a)
			if m[sa] == nil {
				m[sa] = make(map[string]bool)
			}
			for _, b := range g {
				if sb := Stem(b); sb != sa {
					m[sa][sb] = true
				}
			}
		}
	}
	out := make(map[string][]string, len(m))
	for k, set := range m {
		for v := range set {
			out[k] = append(out[k], v)
		}
		sort.Strings(out[k])
	}
	return out
}()

// StemSynonyms returns the stemmed terms that mean about the same as term.
func StemSynonyms(term string) []string { return synonyms[term] }

// WordSynonyms returns the words of the synonym groups that hold the
// folded word w, w itself left out, in the groups' order: "boss" gives
// "director", "chief", "head".
func WordSynonyms(w string) []string {
	var out []string
	for _, g := range synonymGroups {
		if !slices.Contains(g, w) {
			continue
		}
		for _, x := range g {
			if x != w && !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// TermSet is the set of Terms of s.
func TermSet(txt string) map[string]bool {
	m := map[string]bool{}
	for _, t := range Terms(txt) {
		m[t] = true
	}
	return m
}

// StartsUpper reports a word that opens with a capital letter.
func StartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
