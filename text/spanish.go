package text

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// SpanishPackage is the Debian package whose data Spanish questions need:
// Apertium's English–Spanish pair. It is GPL-2, so storybot reads it where
// installed and never embeds or commits it. (FreeDict's spa-eng, also GPL,
// has ~4,500 entries and lacks everyday words such as "cárcel".)
const SpanishPackage = "apertium-eng-spa"

// ErrSpanishMissing is returned by LoadSpanish when the Apertium data is not
// installed; its text is meant to be shown to the user once.
var ErrSpanishMissing = errors.New("Spanish needs the Debian package " + SpanishPackage + " installed (apt-get install " + SpanishPackage + ")")

// esDir is where a pair's analyser and bilingual dictionaries live (rev:
// English→Spanish, read backwards to find the stories' word for a
// Spanish one).
type esDir struct{ dir, morf, bil, rev string }

// esDirs are where Debian installs the pair: apertium-eng-spa (bookworm
// and later; apertium-en-es is now a transitional name for it), a local
// build, then the older apertium-en-es layout.
var esDirs = []esDir{
	{"/usr/share/apertium/apertium-eng-spa", "spa-eng.automorf.bin", "spa-eng.autobil.bin", "eng-spa.autobil.bin"},
	{"/usr/local/share/apertium/apertium-eng-spa", "spa-eng.automorf.bin", "spa-eng.autobil.bin", "eng-spa.autobil.bin"},
	{"/usr/share/apertium/apertium-en-es", "es-en.automorf.bin", "es-en.autobil.bin", "en-es.autobil.bin"},
}

// Spanish looks Spanish words up in Apertium's Spanish analyser and
// Spanish→English bilingual dictionary. It is safe for concurrent use.
type Spanish struct {
	morf *esFST // surface form -> lemma<tags>
	bil  *esFST // lemma<tags> -> English lemma<tags>
	rev  *esFST // English lemma<tags> -> Spanish lemma<tags>; nil when not installed
}

var (
	esOnce   sync.Once
	esShared *Spanish
	esErr    error
)

// LoadSpanish reads the installed Apertium data once and returns the same
// result (or the same error) on every call. The error is ErrSpanishMissing
// (test with errors.Is) when the package is not installed.
func LoadSpanish() (*Spanish, error) {
	esOnce.Do(func() { esShared, esErr = esLoadFirst(esDirs) })
	return esShared, esErr
}

// esLoadFirst loads the first directory that holds both files.
func esLoadFirst(dirs []esDir) (*Spanish, error) {
	for _, d := range dirs {
		morf, bil := filepath.Join(d.dir, d.morf), filepath.Join(d.dir, d.bil)
		if esExists(morf) && esExists(bil) {
			sp, err := LoadSpanishFrom(morf, bil)
			if err == nil && d.rev != "" {
				if rev := filepath.Join(d.dir, d.rev); esExists(rev) {
					sp.rev, _ = esReadFST(rev) // optional: without it, the forward dictionary's word
				}
			}
			return sp, err
		}
	}
	return nil, ErrSpanishMissing
}

func esExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// LoadSpanishFrom reads a Spanish analyser and a Spanish→English bilingual
// dictionary compiled by lttoolbox (Apertium's *.automorf.bin and
// *.autobil.bin).
func LoadSpanishFrom(analyser, bilingual string) (*Spanish, error) {
	morf, err := esReadFST(analyser)
	if err != nil {
		return nil, fmt.Errorf("reading Apertium Spanish analyser: %w", err)
	}
	bil, err := esReadFST(bilingual)
	if err != nil {
		return nil, fmt.Errorf("reading Apertium Spanish-English dictionary: %w", err)
	}
	return &Spanish{morf: morf, bil: bil}, nil
}

// Translate returns English candidates for one Spanish word, in the
// analyser's and dictionary's order, without repeats: "cárcel" and
// "carcel" give [prison], "muertos" [dead, dead person, die]. Matching is
// case- and accent-insensitive (analyses of the word as typed come first;
// "ano" falls back to "año" only when nothing else matches). Unknown words
// give nil, as does a nil *Spanish.
func (s *Spanish) Translate(word string) []string {
	if s == nil {
		return nil
	}
	word = strings.TrimFunc(strings.ToLower(word), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if word == "" {
		return nil
	}
	analyses := s.analyse(word)
	var out []string
	seen := map[string]bool{}
	for _, a := range analyses {
		for _, en := range s.english(word, a.out) {
			if !seen[en] {
				seen[en] = true
				out = append(out, en)
			}
		}
	}
	return out
}

// analyse looks a lower-cased, trimmed word up in the analyser: its
// readings as lemma<tags>, those of the word as typed first, "ano" read
// as "año" only when nothing else matches.
func (s *Spanish) analyse(word string) []esResult {
	in := make([]int32, 0, len(word))
	for _, r := range word {
		in = append(in, int32(r))
	}
	analyses := s.morf.lookup(in, esFolded, 0, false)
	if len(analyses) == 0 {
		analyses = s.morf.lookup(in, esEnye, 0, false)
	}
	return analyses
}

// english translates one analysis (its first word when the analyser split
// off clitics with "+").
func (s *Spanish) english(surface string, analysis []int32) []string {
	for i, sym := range analysis {
		if sym == '+' && i > 0 && analysis[i-1] < 0 {
			analysis = analysis[:i]
			break
		}
	}
	lemma, tags := s.morf.esSplit(analysis)
	if lemma == "" || len(tags) == 0 {
		return nil
	}
	in := make([]int32, 0, len(lemma)+len(tags))
	for _, r := range lemma {
		in = append(in, int32(r))
	}
	nlemma := len(in)
	for _, t := range tags {
		sym, ok := s.bil.tagIndex[t]
		if !ok {
			break
		}
		in = append(in, sym)
	}
	var out []string
	for _, o := range s.bil.lookup(in, esExact, nlemma+1, true) {
		en, _ := s.bil.esSplit(o.out)
		en = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(en, "#", "")))
		// "@x" marks a missing translation; a lemma passed through
		// unchanged that is not a word of the input is an Apertium
		// internal name ("la" -> prpers, left for transfer rules).
		if en != "" && en != "prpers" && !strings.HasPrefix(en, "@") && !(en == strings.ToLower(lemma) && !strings.EqualFold(esFoldString(lemma), esFoldString(surface))) {
			out = append(out, en)
		}
	}
	return out
}

// Reverse is the stories' words reached from Spanish through the
// English→Spanish dictionary: Spanish lemma and part of speech -> the
// English words (of those it was made from) that translate to it. The
// Spanish→English dictionary gives one word for each Spanish one
// ("banda": band), where the English→Spanish one lists "banda" under
// "gang" too; a story about gangs is asked about "las bandas".
type Reverse map[string][]string

// esReversePOS are the parts of speech the reverse index reads.
var esReversePOS = []string{"<n>", "<vblex>", "<adj>"}

// Reverse indexes english (the stories' words, most used first) by their
// Spanish translations. Nil without the English→Spanish dictionary.
func (s *Spanish) Reverse(english []string) Reverse {
	if s == nil || s.rev == nil {
		return nil
	}
	out := Reverse{}
	seen := map[string]bool{}
	for _, w := range english {
		l := Lemma(w)
		if seen[l] || len(l) < 3 {
			continue
		}
		seen[l] = true
		for _, pos := range esReversePOS {
			sym, ok := s.rev.tagIndex[pos]
			if !ok {
				continue
			}
			in := make([]int32, 0, len(l)+1)
			for _, r := range l {
				in = append(in, int32(r))
			}
			n := len(in)
			in = append(in, sym)
			for _, o := range s.rev.lookup(in, esExact, n+1, true) {
				es, tags := s.rev.esSplit(o.out)
				es = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(es, "#", " ")))
				if es == "" || strings.HasPrefix(es, "@") || strings.Contains(es, " ") || len(tags) == 0 || tags[0] != pos {
					continue
				}
				key := esFoldString(es) + pos
				if !slices.Contains(out[key], l) {
					out[key] = append(out[key], l)
				}
			}
		}
	}
	return out
}

// reverse is the stories' word for a Spanish word by the reverse index,
// "" when it holds none: "bandas" (banda<n>) -> "gang".
func (s *Spanish) reverse(word string, rev Reverse) string {
	if len(rev) == 0 {
		return ""
	}
	for _, a := range s.analyse(word) {
		lemma, tags := s.morf.esSplit(a.out)
		if len(tags) == 0 {
			continue
		}
		if en := rev[esFoldString(lemma)+tags[0]]; len(en) > 0 {
			return en[0]
		}
	}
	return ""
}

// again reads a Spanish verb of doing again ("retomar", "reabrir") as the
// English one ("retake", "reopen") when the stories use it and the
// dictionary lacks it ("retomar": restart): "re" and the translation of
// the verb without it. "" when there is none.
func (s *Spanish) again(word string, uses func(w string) bool) string {
	if uses == nil {
		return ""
	}
	for _, a := range s.analyse(word) {
		out := a.out
		if len(out) < 5 || out[0] != 'r' || out[1] != 'e' {
			continue
		}
		if _, tags := s.morf.esSplit(out); len(tags) == 0 || tags[0] != "<vblex>" {
			continue
		}
		for _, en := range s.english(word, out[2:]) {
			if !strings.Contains(en, " ") && uses("re"+en) {
				return "re" + en
			}
		}
	}
	return ""
}

// Spanish question words and the existential forms of "haber": a closed
// class, listed by hand (accent-folded keys). Everything else comes from
// Apertium.
var esQuestionWords = map[string]string{
	"cuantos": "how many", "cuantas": "how many", "cuanto": "how much", "cuanta": "how much",
	"quien": "who", "quienes": "who", "donde": "where", "adonde": "where", "cuando": "when",
	"que": "what", "cual": "which", "cuales": "which", "como": "how", "por que": "why",
}

var esThereIs = map[string]string{
	"hay": "there are", "hubo": "there were", "habia": "there were", "habra": "there will be", "ha habido": "there have been",
}

// esClauseStart are prepositions that may come before a question word
// ("en qué ciudad", "de dónde").
var esClauseStart = map[string]bool{"en": true, "de": true, "a": true, "por": true, "para": true, "con": true, "desde": true, "hasta": true}

// esFoldString lowercases s and strips vowel accents.
func esFoldString(s string) string {
	return strings.Map(esFold, s)
}

// SpanishQuestionWord maps a Spanish question word (accents optional:
// "cuántos", "cuantos", "por qué") to English ("how many", "why").
func SpanishQuestionWord(w string) (string, bool) {
	en, ok := esQuestionWords[strings.Join(strings.Fields(esFoldString(w)), " ")]
	return en, ok
}

// esAskAnywhere are the question words that ask even unaccented in mid
// sentence: "cuantos" is hardly ever the relative "all who" in a question,
// and "quien", "donde", "cuando" read the same either way. ("que",
// "como", "cual" are "that", "like", "which" there.)
var esAskAnywhere = map[string]bool{"cuantos": true, "cuantas": true, "cuanto": true, "cuanta": true, "quien": true, "quienes": true, "donde": true, "adonde": true, "cuando": true}

// esAsks reports whether question word w (f, accent-folded) asks where it
// stands: accented, at the start of a clause, or a word that asks
// anywhere.
func esAsks(w, f string, clauseStart bool) bool {
	return clauseStart || w != f || esAskAnywhere[f]
}

// esLeadConj are the conjunctions a Spanish follow-up opens with before its
// question word: "y cuántas personas salieron heridas", "pero dónde fue".
var esLeadConj = map[string]bool{"y": true, "e": true, "pero": true, "entonces": true, "oye": true}

// esFunctionWords are frequent Spanish function words that are not English
// words, used by LooksSpanish.
var esFunctionWords = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "en": true, "que": true,
	"hubo": true, "hay": true, "habia": true, "fue": true, "fueron": true, "es": true, "esta": true,
	"estan": true, "por": true, "para": true, "y": true, "una": true, "unos": true, "unas": true,
	"su": true, "sus": true, "se": true, "lo": true, "le": true, "al": true, "ha": true, "han": true,
	"cuantos": true, "cuantas": true, "cuanto": true, "quien": true, "quienes": true, "donde": true,
	"cuando": true, "como": true, "cual": true, "cuales": true, "muy": true, "mas": true, "pero": true,
	"q": true, // chat's "que"
	// Common words that are no English words either: "y antes cuantos
	// decian q eran".
	"eran": true, "estaba": true, "estaban": true, "antes": true, "despues": true, "ahi": true, "aqui": true, "alli": true, "tambien": true, "porque": true, "segun": true, "hasta": true, "desde": true,
}

// esWords splits s into lowercase words (letters and digits).
func esWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// LooksSpanish is a cheap guess, needing no installed data, that a
// question is Spanish: it has ¿ or ¡, starts with a Spanish question word,
// or at least half its words (and at least two) are Spanish function words
// ("cuantos muertos hubo en la carcel": yes; "who won the super bowl",
// "is el chapo in la jail": no).
func LooksSpanish(q string) bool {
	if strings.ContainsAny(q, "¿¡") {
		return true
	}
	ws := esChatWords(q)
	if len(ws) == 0 {
		return false
	}
	if esLeadConj[esFoldString(ws[0])] && len(ws) > 2 {
		ws = ws[1:] // "y cuántas personas salieron heridas": and how many ...
	}
	// A question word opens it, but chat's "k" is English chat's "ok" too:
	// it asks only before a word with a topic ("k paso", "k dice lasso"),
	// not before an English function word ("k how many died", "k so").
	raw := esWords(q)
	var said []string // raw without chat filler: "lol k so when"
	for _, w := range raw {
		if f := esFoldString(w); !esChatFiller[f] && !esLaughter(f) {
			said = append(said, w)
		}
	}
	doubtful := len(said) > 1 && esFoldString(said[0]) == "k" && len(Terms(said[1])) == 0
	if _, ok := SpanishQuestionWord(ws[0]); ok && !doubtful || len(ws) > 1 && esFoldString(ws[0]+" "+ws[1]) == "por que" {
		return true
	}
	// Chat spellings ("d", "k", "tb") count only beside a Spanish word
	// written out: "k so d toll?" is English chat.
	hits, written := 0, 0
	for _, w := range raw {
		f := esFoldString(w)
		if esChatSpelling[f] != "" {
			hits++
		} else if esFunctionWords[f] {
			hits++
			written++
		}
	}
	if written == 0 {
		hits = 0
	}
	// Half its words and at least two, or, in Spanglish, at least three and
	// a third ("what time es el curfew en duran").
	return hits >= 2 && 2*hits >= len(raw) || hits >= 3 && 3*hits >= len(raw)
}

// Gloss reads a Spanish question word by word into English, for matching
// and for showing how it was read: question words and "hay/hubo" from the
// closed-class tables, other words by their first Translate candidate,
// unknown words (names) as typed, lowercased. "¿Cuántos muertos hubo en la
// cárcel de Guayaquil?" → "how many dead there were in the prison of
// guayaquil".
func (s *Spanish) Gloss(q string) string { return s.GlossKeeping(q, nil) }

// GlossKeeping is Gloss that keeps as typed (lowercased) every word keep
// accepts that is not a Spanish function word: the names the stories use
// ("Litoral", "Esmeraldas", "Manta") stay names instead of being read as
// "seaboard", "emerald" and "rug".
func (s *Spanish) GlossKeeping(q string, keep func(w string) bool) string {
	return s.GlossFor(q, keep, nil)
}

// GlossFor is GlossKeeping that, of a word's translations, takes the first
// whose every word uses accepts (the words the stories use: "jefe" is
// "leader" rather than "boss" in stories that say "leader", "pasó" is
// "happen" rather than "step"), else the dictionary's first.
func (s *Spanish) GlossFor(q string, keep, uses func(w string) bool) string {
	return s.GlossReverse(q, keep, uses, nil)
}

// GlossReverse is GlossFor that, when none of a word's translations is a
// word the stories use, takes the stories' word the reverse index gives
// for it ("las bandas": the gangs, not the bands).
func (s *Spanish) GlossReverse(q string, keep, uses func(w string) bool, rev Reverse) string {
	// Each question of several is read alone: "¿a dónde se fue? a que
	// país": the second "que" opens a question too.
	if parts := strings.FieldsFunc(q, func(r rune) bool { return r == '?' || r == '¿' }); len(parts) > 1 {
		var out []string
		asks := 0 // parts that ask with a question word
		for _, p := range parts {
			if !esHearsay(esWords(p)) && esAsksSomething(esChatWords(p)) {
				asks++
			}
		}
		at := 0
		for i, p := range parts {
			start := at
			if k := strings.Index(q[at:], p); k >= 0 {
				start = at + k
			}
			end := start + len(p)
			at = end
			ws := esWords(p)
			if esHearsay(ws) && asks > 0 {
				continue // "mi ñaño dijo q como 50": no question, when another part asks one
			}
			if i > 0 && len(ws) > 0 && esChatBecause[esFoldString(ws[0])] && !(end < len(q) && q[end] == '?') {
				p = "porque " + strings.Join(ws[1:], " ") // "xq" after a question, asking nothing: because
			}
			if g := s.glossOne(p, keep, uses, rev); g != "" {
				out = append(out, g)
			}
		}
		if len(out) == 0 {
			// only hearsay (and an emoji): read it all rather than nothing
			for _, p := range parts {
				if g := s.glossOne(p, keep, uses, rev); g != "" {
					out = append(out, g)
				}
			}
		}
		return strings.Join(out, "? ")
	}
	return s.glossOne(q, keep, uses, rev)
}

// glossOne is GlossFor of one question.
func (s *Spanish) glossOne(q string, keep, uses func(w string) bool, rev Reverse) string {
	ws := esWithoutClitics(esChatWords(q))
	var out []string
	clauseStart := true
	for i := 0; i < len(ws); i++ {
		w, f := ws[i], esFoldString(ws[i])
		if en, n := s.phrase(ws[i:]); n > 0 && !(keep != nil && keep(w)) {
			out = append(out, en)
			i += n - 1
			clauseStart = false
			continue
		}
		if i+1 < len(ws) {
			two := f + " " + esFoldString(ws[i+1])
			if en, ok := esThereIs[two]; ok {
				out = append(out, en)
				i++
				continue
			}
			if n := esNameIdiom(ws[i:]); n > 0 {
				// "cómo se llama el jefe": what is the name of the boss.
				out = append(out, "what is the name of")
				i += n - 1
				clauseStart = false
				continue
			}
			if esHappened(ws[i:]) {
				out = append(out, "what happened")
				i++
				clauseStart = false
				continue
			}
			if two == "por que" && (clauseStart || w != f || ws[i+1] != esFoldString(ws[i+1])) {
				out = append(out, "why")
				i++
				clauseStart = false
				continue
			}
		}
		if f == "q" {
			f, w = "que", "que" // chat's "q"
		}
		// A question word counts when accented or at the start of a
		// clause: unaccented "que" mid-sentence is usually "that". The
		// words of quantity, person, place and time ask wherever they
		// stand: "en la peor masacre cuantos presos murieron".
		if en, ok := esQuestionWords[f]; ok && f != "por que" && esAsks(w, f, clauseStart) {
			out = append(out, en)
			clauseStart = false
			continue
		}
		if en, ok := esThereIs[f]; ok {
			out = append(out, en)
			clauseStart = false
			continue
		}
		if f == "que" && !clauseStart {
			// Unaccented "que" mid-sentence joins a clause: "la cárcel
			// que retomaron", the prison that they retook.
			out = append(out, "that")
			continue
		}
		clauseStart = clauseStart && (esClauseStart[f] || esLeadConj[f] && i == 0)
		if keep != nil && !esFunctionWords[f] && keep(w) {
			out = append(out, w)
			continue
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if f == "mas" && next != "" {
			out = append(out, s.mostOrMore(ws[max(0, i-3):i], next))
			continue
		}
		if esObjectArticle[f] && next != "" && s.isVerb(next) && !s.isNoun(next) {
			continue // "lo mataron", "la tomaron": an object pronoun, not "the"
		}
		if f == "segun" {
			out = append(out, "according to")
			continue
		}
		after := ""
		if i+2 < len(ws) {
			after = ws[i+2]
		}
		if be := s.beForm(w, next, after); be != "" {
			out = append(out, be)
			if oneOfThe(ws[i+1:]) {
				out = append(out, "one of the") // "es de las cárceles más peligrosas": is one of the
				i += 2
			}
			continue
		}
		if f == "desde" && i+1 < len(ws) && (esFoldString(ws[i+1]) == "cuando" || esFoldString(ws[i+1]) == "que" && s.asksInside(ws[i:], 2)) {
			out = append(out, "since") // "desde cuándo", "desde qué año": since when, since what year
			continue
		}
		if n := len(out); n > 0 && esDoAfter[out[n-1]] {
			if do := s.doSupport(w); do != "" {
				out = append(out, do) // "qué dijo X": what did say X
			}
		}
		tr := append(s.Translate(w), esNewsWords[f]...)
		switch c, used := choose(tr, uses); {
		case used:
			out = append(out, c)
		case s.reverse(strings.ToLower(w), rev) != "":
			out = append(out, s.reverse(strings.ToLower(w), rev))
		case s.again(strings.ToLower(w), uses) != "":
			out = append(out, s.again(strings.ToLower(w), uses))
		case c != "":
			out = append(out, c)
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// choose is the first of a word's translations whose every word uses
// accepts (used), else the first ("" when there is none).
func choose(tr []string, uses func(w string) bool) (string, bool) {
	if len(tr) == 0 {
		return "", false
	}
	if uses == nil {
		return tr[0], true
	}
	all := func(t string) bool {
		ok := true
		for _, w := range strings.Fields(t) {
			ok = ok && uses(w)
		}
		return ok
	}
	for i, t := range tr {
		if !all(t) {
			continue
		}
		if esLightVerbs[t] {
			// A light verb any corpus "uses" gives way to a later
			// translation with a topic the stories use ("encontraron":
			// find, not the "be" of "encontrarse"); a preposition or a
			// conjunction never does ("de": of, not give).
			for _, u := range tr[i+1:] {
				if len(Terms(u)) > 0 && all(u) {
					return u, true
				}
			}
		}
		return t, true
	}
	return tr[0], false
}

// esLightVerbs are the English verbs with no topic of their own that a
// Spanish verb may translate to.
var esLightVerbs = map[string]bool{"be": true, "have": true, "do": true, "get": true, "make": true, "go": true}

// esNameIdiom is the length in words of a Spanish way to ask a name that
// ws opens with ("cómo se llama", "cómo se llamaba", "cómo le dicen",
// "cómo le llaman"), 0 if none: word by word it would read "how be llama".
// A closed class of grammar, like the question words, listed by hand.
func esNameIdiom(ws []string) int {
	if len(ws) < 3 || esFoldString(ws[0]) != "como" {
		return 0
	}
	pron, verb := esFoldString(ws[1]), esFoldString(ws[2])
	switch {
	case pron == "se" && (verb == "llama" || verb == "llamaba" || verb == "llaman" || verb == "llamaban" || verb == "llamo"):
		return 3
	case (pron == "le" || pron == "les") && (verb == "dicen" || verb == "decian" || verb == "llaman" || verb == "llamaban"):
		return 3
	}
	return 0
}

// esHappened reports "qué pasó" (or pasa, sucedió, ocurrió) at the start of
// ws: what happened, word by word "what step".
func esHappened(ws []string) bool {
	if len(ws) < 2 || esFoldString(ws[0]) != "que" {
		return false
	}
	switch esFoldString(ws[1]) {
	case "paso", "pasa", "sucedio", "ocurrio":
		return true
	}
	return false
}
