package main

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Sense selection: a lemma keeps the senses whose tag count is at least
// 1/keepRatio of its most frequent sense's (at least 1), at most maxSenses
// of them; a lemma with no tagged sense keeps the first sense of each part
// of speech. So "die" keeps only "pass from physical life" (141 tags), not
// the dice (6), and "jail" keeps the noun (3) and the verb (1).
const (
	keepRatio = 8
	maxSenses = 4
)

// Table file names under text/data; text/lexicon.go embeds the same names.
const (
	fileWords    = "words.txt"
	fileLemmas   = "lemmas.tsv"
	fileSynonyms = "synonyms.tsv"
	fileRelated  = "related.tsv"
	fileSpeech   = "speech.txt"
	filePhrasal  = "phrasal.tsv"
	fileAntonyms = "antonyms.tsv"
	fileCompound = "compounds.tsv"
	filePersons  = "persons.txt"
	fileCountry  = "countries.txt"
)

var tableFiles = []string{fileWords, fileLemmas, fileSynonyms, fileRelated, fileSpeech, filePhrasal, fileAntonyms, fileCompound, filePersons, fileCountry}

// particles are the adverbs a phrasal verb joins to its verb: "lock up",
// "kick off", "break out", "run off".
var particles = map[string]bool{"up": true, "down": true, "in": true, "out": true, "off": true, "on": true, "back": true, "away": true, "over": true, "into": true, "through": true, "around": true}

// lexCommunication is WordNet's lexicographer file verb.communication:
// verbs of telling, asking, ordering, singing.
const lexCommunication = 32

// lexPerson is WordNet's lexicographer file noun.person: nouns naming
// people by what they are or do.
const lexPerson = 18

// tables are the contents of the generated files.
type tables map[string][]byte

// readWordList reads word lists (one word a line), lowercases them, drops
// possessives ("storm's") and returns the sorted unique words.
func readWordList(paths ...string) ([]string, error) {
	set := map[string]bool{}
	for _, p := range paths {
		if err := eachLine(p, false, func(line string) error {
			w := strings.ToLower(strings.TrimSpace(line))
			if w == "" || strings.HasSuffix(w, "'s") || strings.ContainsAny(w, " \t") {
				return nil
			}
			set[w] = true
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return sortedKeys(set), nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var posOrder = map[byte]int{'n': 0, 'v': 1, 'a': 2, 'r': 3}

// keptSenses returns the senses of lemma that the tables use, most
// frequent first.
func (wn *wordNet) keptSenses(lemma string) []sense {
	all := wn.senses[lemma]
	max := 0
	for _, s := range all {
		if s.count > max {
			max = s.count
		}
	}
	var kept []sense
	for _, s := range all {
		if max == 0 && s.rank == 1 || max > 0 && s.count > 0 && s.count*keepRatio >= max {
			kept = append(kept, s)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.count != b.count {
			return a.count > b.count
		}
		if a.pos != b.pos {
			return posOrder[a.pos] < posOrder[b.pos]
		}
		return a.rank < b.rank
	})
	if len(kept) > maxSenses {
		kept = kept[:maxSenses]
	}
	return kept
}

// singleWord reports whether a WordNet lemma is one plain word.
func singleWord(l string) bool {
	if l == "" || strings.ContainsAny(l, "_ ") {
		return false
	}
	for _, r := range l {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '\'' || r == '.') {
			return false
		}
	}
	return true
}

// Near synonyms: besides the members of its kept senses, a lemma's most
// frequent sense lends its direct hypernym's lemmas when that hypernym is
// specific (at most nearHypernymLimit hyponyms: "grab" is a way to "seize",
// "seize" a way to "take", but "die" is not lent "change state") and its
// sister terms when they are few (at most nearSisterLimit hyponyms under
// the hypernym: "jail" and "prison" are both correctional institutions).
const (
	nearHypernymLimit = 16
	nearSisterLimit   = 5
)

// adder collects an ordered, duplicate-free list that never holds self.
type adder struct {
	seen map[string]bool
	out  []string
}

func newAdder(self string) *adder { return &adder{seen: map[string]bool{self: true}} }

func (a *adder) add(l string) {
	if singleWord(l) && !a.seen[l] {
		a.seen[l] = true
		a.out = append(a.out, l)
	}
}

func (a *adder) addSynset(ss *synset) {
	if ss != nil {
		for _, m := range ss.words {
			a.add(m.lemma)
		}
	}
}

func (ss *synset) targets(symbol string) []string {
	var out []string
	for _, p := range ss.ptrs {
		if p.symbol == symbol {
			out = append(out, p.target)
		}
	}
	return out
}

// synonyms lists the single-word lemmas sharing lemma's kept senses, most
// frequent sense first, then the near synonyms of its first sense.
func (wn *wordNet) synonyms(lemma string) (same, near []string) {
	a := newAdder(lemma)
	kept := wn.keptSenses(lemma)
	for _, s := range kept {
		a.addSynset(wn.synsets[s.synset])
	}
	same = a.out
	a.out = nil
	if len(kept) == 0 || wn.synsets[kept[0].synset] == nil {
		return same, nil
	}
	first := kept[0].synset
	for _, h := range wn.synsets[first].targets("@") {
		hs := wn.synsets[h]
		if hs == nil {
			continue
		}
		hypos := hs.targets("~")
		if len(hypos) <= nearHypernymLimit {
			a.addSynset(hs)
		}
		if len(hypos) <= nearSisterLimit {
			for _, sib := range hypos {
				if sib != first {
					a.addSynset(wn.synsets[sib])
				}
			}
		}
	}
	return same, a.out
}

// related lists the single-word lemmas that lemma's kept senses point to
// with a derivationally-related ("+") or pertainym ("\\") pointer from the
// word itself, and the head lemmas of the synsets they cause (">": "kill"
// causes "die").
func (wn *wordNet) related(lemma string) (deriv, cause []string) {
	d, c := newAdder(lemma), newAdder(lemma)
	for _, s := range wn.keptSenses(lemma) {
		ss := wn.synsets[s.synset]
		if ss == nil {
			continue
		}
		for _, p := range ss.ptrs {
			t := wn.synsets[p.target]
			if t == nil || len(t.words) == 0 {
				continue
			}
			switch p.symbol {
			case "+", `\`:
				if p.source == 0 || p.source > len(ss.words) || ss.words[p.source-1].lemma != lemma ||
					p.word == 0 || p.word > len(t.words) {
					continue
				}
				d.add(t.words[p.word-1].lemma)
			case ">":
				c.add(t.words[0].lemma)
			}
		}
	}
	return d.out, c.out
}

// antonyms lists the single-word lemmas WordNet gives as lemma's
// antonyms: "!" pointers from the word itself, in any of its senses ("day"
// → night, "dead" → alive).
func (wn *wordNet) antonyms(lemma string) []string {
	a := newAdder(lemma)
	for _, s := range wn.senses[lemma] {
		ss := wn.synsets[s.synset]
		if ss == nil {
			continue
		}
		for _, p := range ss.ptrs {
			t := wn.synsets[p.target]
			if p.symbol != "!" || t == nil || p.source == 0 || p.source > len(ss.words) || ss.words[p.source-1].lemma != lemma ||
				p.word == 0 || p.word > len(t.words) {
				continue
			}
			a.add(t.words[p.word-1].lemma)
		}
	}
	return a.out
}

// symmetric makes a relation go both ways: each lemma's list, then the
// lemmas that list it and it does not list, in sorted order.
func symmetric(rel map[string][]string) map[string][]string {
	back := map[string]map[string]bool{}
	for a, list := range rel {
		for _, b := range list {
			if back[b] == nil {
				back[b] = map[string]bool{}
			}
			back[b][a] = true
		}
	}
	out := map[string][]string{}
	for a, list := range rel {
		out[a] = list
	}
	for b, from := range back {
		a := newAdder(b)
		for _, l := range out[b] {
			a.add(l)
		}
		for _, l := range sortedKeys(from) {
			a.add(l)
		}
		out[b] = a.out
	}
	return out
}

// build derives the tables from a WordNet database and an English word list.
func build(wn *wordNet, words []string) tables {
	t := tables{}
	var b bytes.Buffer
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	t[fileWords] = append([]byte(nil), b.Bytes()...)

	// Lemmas: every listed word and every exception-list form whose base
	// form differs from it.
	forms := map[string]bool{}
	for _, w := range words {
		forms[w] = true
	}
	for _, m := range wn.exc {
		for f := range m {
			if singleWord(f) {
				forms[f] = true
			}
		}
	}
	b.Reset()
	for _, f := range sortedKeys(forms) {
		if l, ok := wn.lemmaOf(f); ok && l != f {
			fmt.Fprintf(&b, "%s\t%s\n", f, l)
		}
	}
	t[fileLemmas] = append([]byte(nil), b.Bytes()...)

	lemmas := map[string]bool{}
	for l := range wn.senses {
		if singleWord(l) {
			lemmas[l] = true
		}
	}
	syn, near := map[string][]string{}, map[string][]string{}
	rel, cause := map[string][]string{}, map[string][]string{}
	for l := range lemmas {
		syn[l], near[l] = wn.synonyms(l)
		rel[l], cause[l] = wn.related(l)
	}
	// Synset members stay first, near synonyms follow. Near synonyms go one
	// way, specific to general (grab -> seize -> take): made symmetric they
	// would lend "take" every hyponym of every kept sense.
	for l, list := range near {
		a := newAdder(l)
		for _, x := range syn[l] {
			a.add(x)
		}
		for _, x := range list {
			a.add(x)
		}
		syn[l] = a.out
	}
	t[fileSynonyms] = writeRelation(inDictionary(syn, words))
	// Derivation pointers already come in pairs; the cause pointer does
	// not, so "die" learns "kill" from "kill > die".
	for l, list := range symmetric(cause) {
		a := newAdder(l)
		for _, x := range rel[l] {
			a.add(x)
		}
		for _, x := range list {
			a.add(x)
		}
		rel[l] = a.out
	}
	t[fileRelated] = writeRelation(inDictionary(rel, words))
	ant := map[string][]string{}
	for l := range lemmas {
		ant[l] = wn.antonyms(l)
	}
	t[fileAntonyms] = writeRelation(inDictionary(symmetric(ant), words))
	t[fileSpeech] = speechVerbs(wn, words)
	t[filePhrasal] = phrasalVerbs(wn, words)
	t[fileCompound] = compoundNouns(wn, words)
	t[filePersons] = personNouns(wn, words)
	t[fileCountry] = countryNames(wn)
	return t
}

// compoundNouns lists WordNet's nouns of two dictionary words ("petrol_bomb",
// "police_officer", "tear_gas"), each with the other lemmas of its kept noun
// senses that are one dictionary word or two (two joined by "_"), keyed
// "first second": "petrol bomb" → molotov_cocktail gasoline_bomb. Only the
// same synsets: a compound's near words are too loose.
func compoundNouns(wn *wordNet, words []string) []byte {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w] = true
	}
	ok := func(l string) bool {
		parts := strings.Split(l, "_")
		if len(parts) > 2 {
			return false
		}
		for _, p := range parts {
			if !singleWord(p) || !dict[p] {
				return false
			}
		}
		return true
	}
	rel := map[string][]string{}
	for l := range wn.senses {
		a, b, two := strings.Cut(l, "_")
		if !two || strings.Contains(b, "_") || !ok(l) {
			continue
		}
		seen := map[string]bool{l: true}
		var out []string
		for _, s := range wn.keptSenses(l) {
			ss := wn.synsets[s.synset]
			if s.pos != 'n' || ss == nil {
				continue
			}
			for _, m := range ss.words {
				if !seen[m.lemma] && ok(m.lemma) {
					seen[m.lemma] = true
					out = append(out, m.lemma)
				}
			}
		}
		rel[a+" "+b] = out
	}
	return writeRelation(rel)
}

// phrasalVerbs lists WordNet's phrasal verbs, a dictionary verb and one
// particle ("kick_off", "break_out", "run_off"), each with the
// single-word lemmas of its kept senses and the near synonyms of its first
// (as synonyms.tsv lists them for a word), keyed "verb particle":
// "kick off" → inaugurate start commence open.
func phrasalVerbs(wn *wordNet, words []string) []byte {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w] = true
	}
	rel := map[string][]string{}
	for l, senses := range wn.senses {
		v, p, ok := strings.Cut(l, "_")
		if !ok || !particles[p] || !singleWord(v) || !dict[v] {
			continue
		}
		if !slices.ContainsFunc(senses, func(s sense) bool { return s.pos == 'v' }) {
			continue
		}
		same, near := wn.synonyms(l)
		a := newAdder(v)
		for _, x := range append(same, near...) {
			if dict[x] {
				a.add(x)
			}
		}
		rel[v+" "+p] = a.out
	}
	return writeRelation(rel)
}

// speechVerbs lists the dictionary's verbs of saying: the single-word
// lemmas used at least as often as verbs as otherwise (by tag count; with
// no tags, only as verbs) whose most frequent verb sense (by tag count,
// then rank) is in verb.communication ("say", "tell", "talk", "claim",
// "describe"; not "officer" or "state"), one a line, sorted.
func speechVerbs(wn *wordNet, words []string) []byte {
	return lemmasWhere(wn, words, func(senses []sense) bool {
		verbs, others := 0, 0
		for _, s := range senses {
			if s.pos == 'v' {
				verbs += s.count
			} else {
				others += s.count
			}
		}
		// A word used more often as something else is no verb of saying
		// where it stands: "officers", "the state", "an order".
		return verbs >= others && (verbs > 0 || others == 0) && firstIn(wn, senses, 'v', lexCommunication)
	})
}

// personNouns lists the dictionary's nouns of people: the single-word
// lemmas whose most frequent noun sense (by tag count, then rank) is in
// noun.person ("banker", "volunteer", "guard", "prisoner"; not "prison",
// nor "storm"), one a line, sorted. How often the word is a verb is not
// asked: a reader asks it of a word in a noun's place ("200 volunteers").
func personNouns(wn *wordNet, words []string) []byte {
	return lemmasWhere(wn, words, func(senses []sense) bool { return firstIn(wn, senses, 'n', lexPerson) })
}

// countryNames lists WordNet's names of countries, lowercased, spaces
// between words, one a line, sorted: the lemmas of the noun synsets that
// are instances (@i) of "country" in a sense it shares with "state" (the
// nation and its territory, not the countryside nor its people) or of a
// kind of it ("South American country"): "ecuador", "republic of
// ecuador", "brazil"; not "guayaquil" (a city) nor "texas" (an American
// state), and not a name WordNet also gives a city, a town or another
// administrative district ("georgia", also an American state; a river or
// a lake of the name, "jordan", "chad", is no such place). Names are not
// checked against the word list: it lists few.
func countryNames(wn *wordNet) []byte {
	country := map[string]bool{}
	for _, sn := range wn.senses["country"] {
		if ss := wn.synsets[sn.synset]; sn.pos == 'n' && ss != nil && slices.ContainsFunc(ss.words, func(m member) bool { return m.lemma == "state" }) {
			country[sn.synset] = true
		}
	}
	place := map[string]bool{} // a city, a town, an administrative district (a country is one too)
	for _, l := range []string{"city", "town", "administrative_district"} {
		if f := firstSense(wn.senses[l], 'n'); f != nil {
			place[f.synset] = true
		}
	}
	isCountry, isPlace := kindOf(wn, country), kindOf(wn, place)
	names, other := map[string]bool{}, map[string]bool{}
	for key, ss := range wn.synsets {
		if key[0] != 'n' {
			continue
		}
		for _, p := range ss.ptrs {
			if p.symbol != "@i" {
				continue
			}
			to := names
			if !isCountry(p.target) {
				if !isPlace(p.target) {
					continue // a river, a lake, a language: no place asked for
				}
				to = other
			}
			for _, m := range ss.words {
				to[strings.ReplaceAll(m.lemma, "_", " ")] = true
			}
		}
	}
	out := make([]string, 0, len(names))
	for n := range names {
		if !other[n] {
			out = append(out, n)
		}
	}
	return sortedLines(out)
}

// kindOf returns a test of a synset being one of roots or a kind of one
// (by hypernym, "@", at any depth), remembered.
func kindOf(wn *wordNet, roots map[string]bool) func(string) bool {
	seen := map[string]bool{}
	for k := range roots {
		seen[k] = true
	}
	var is func(key string, depth int) bool
	is = func(key string, depth int) bool {
		if v, ok := seen[key]; ok || depth > 20 {
			return v
		}
		seen[key] = false // a cycle reads as no
		ss := wn.synsets[key]
		if ss == nil {
			return false
		}
		for _, p := range ss.ptrs {
			if p.symbol == "@" && is(p.target, depth+1) {
				seen[key] = true
				return true
			}
		}
		return false
	}
	return func(key string) bool { return is(key, 0) }
}

// lemmasWhere lists the single-word lemmas of the dictionary words whose
// senses keep holds, one a line, sorted.
func lemmasWhere(wn *wordNet, words []string, keep func([]sense) bool) []byte {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w] = true
	}
	var out []string
	for l, senses := range wn.senses {
		if singleWord(l) && dict[l] && keep(senses) {
			out = append(out, l)
		}
	}
	return sortedLines(out)
}

// firstIn reports a lemma's most frequent sense in pos (firstSense) filed
// under lexFile.
func firstIn(wn *wordNet, senses []sense, pos byte, lexFile int) bool {
	first := firstSense(senses, pos)
	if first == nil {
		return false
	}
	ss := wn.synsets[first.synset]
	return ss != nil && ss.lexFile == lexFile
}

// firstSense is a lemma's most frequent sense in part of speech pos (by
// tag count, then rank), nil when it has none.
func firstSense(senses []sense, pos byte) *sense {
	var first *sense
	for i := range senses {
		s := &senses[i]
		if s.pos == pos && (first == nil || s.count > first.count || s.count == first.count && s.rank < first.rank) {
			first = s
		}
	}
	return first
}

// sortedLines is the words sorted, one a line.
func sortedLines(words []string) []byte {
	sort.Strings(words)
	var b bytes.Buffer
	for _, l := range words {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// inDictionary keeps the lemmas and list entries that are in the word
// list: WordNet lemmas no large English dictionary holds ("poky",
// "hoosegow") are noise for a reader of news and questions.
func inDictionary(rel map[string][]string, words []string) map[string][]string {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w] = true
	}
	out := map[string][]string{}
	for k, list := range rel {
		if !dict[k] {
			continue
		}
		var kept []string
		for _, w := range list {
			if dict[w] {
				kept = append(kept, w)
			}
		}
		out[k] = kept
	}
	return out
}

// writeRelation writes "lemma\tw1 w2 ...\n" lines sorted by lemma,
// leaving out empty lists.
func writeRelation(rel map[string][]string) []byte {
	keys := make([]string, 0, len(rel))
	for k, v := range rel {
		if len(v) > 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b bytes.Buffer
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%s\n", k, strings.Join(rel[k], " "))
	}
	return b.Bytes()
}
