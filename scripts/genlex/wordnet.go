package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The parts of speech in WordNet's file names and their one-letter codes.
var posNames = []struct {
	code byte
	file string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

// sense is one meaning of a lemma in one part of speech: the synset it
// names, its rank in index.<pos> (1 = most frequent) and its tag count in
// cntlist.rev (how often it was seen in the semantic concordance).
type sense struct {
	pos    byte
	rank   int
	synset string // "<pos><offset>", e.g. "v00358431"
	count  int
}

// member is one word of a synset, as written in data.<pos>.
type member struct {
	lemma string // lowercase, underscores for spaces
}

// pointer is a lexical pointer from one word of a synset to one word of
// another ("+" derivation, "\" pertainym).
type pointer struct {
	symbol string
	source int    // 1-based word number in this synset
	target string // synset key
	word   int    // 1-based word number in the target synset
}

type synset struct {
	words []member
	ptrs  []pointer
	// lexFile is the lexicographer file's number (data.<pos>'s
	// lex_filenum): 32 is verb.communication.
	lexFile int
}

// wordNet holds what genlex needs of a WordNet 3.0 database.
type wordNet struct {
	senses  map[string][]sense           // lemma -> senses, index order per POS
	index   map[byte]map[string]bool     // pos -> lemmas in index.<pos>
	exc     map[byte]map[string][]string // pos -> inflected form -> bases
	synsets map[string]*synset           // synset key -> synset
}

func (wn *wordNet) inIndex(pos byte, lemma string) bool { return wn.index[pos][lemma] }

// count is the summed tag count of lemma's senses in pos.
func (wn *wordNet) count(lemma string, pos byte) int {
	n := 0
	for _, s := range wn.senses[lemma] {
		if s.pos == pos {
			n += s.count
		}
	}
	return n
}

// readWordNet reads index.*, data.*, *.exc and cntlist.rev (when present)
// from dir, a WordNet 3.0 "dict" directory such as /usr/share/wordnet.
func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{
		senses:  map[string][]sense{},
		index:   map[byte]map[string]bool{},
		exc:     map[byte]map[string][]string{},
		synsets: map[string]*synset{},
	}
	// counts[lemma][pos][rank] from cntlist.rev ("sense_key rank count").
	counts := map[string]int{}
	if err := eachLine(filepath.Join(dir, "cntlist.rev"), true, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields: %q", line)
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		pos, ok := ssType(rest[0])
		if !ok {
			return fmt.Errorf("bad ss_type in %q", f[0])
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		counts[senseID(lemma, pos, f[1])] += n
		return nil
	}); err != nil {
		return nil, err
	}
	for _, p := range posNames {
		wn.index[p.code] = map[string]bool{}
		if err := eachLine(filepath.Join(dir, "index."+p.file), false, func(line string) error {
			if strings.HasPrefix(line, " ") {
				return nil // licence header
			}
			f := strings.Fields(line)
			if len(f) < 6 {
				return fmt.Errorf("short index line %q", line)
			}
			lemma := f[0]
			nsyn, err := strconv.Atoi(f[2])
			if err != nil {
				return err
			}
			offs := f[len(f)-nsyn:]
			wn.index[p.code][lemma] = true
			for i, off := range offs {
				rank := i + 1
				wn.senses[lemma] = append(wn.senses[lemma], sense{
					pos: p.code, rank: rank, synset: string(p.code) + off,
					count: counts[senseID(lemma, p.code, strconv.Itoa(rank))],
				})
			}
			return nil
		}); err != nil {
			return nil, err
		}
		wn.exc[p.code] = map[string][]string{}
		if err := eachLine(filepath.Join(dir, p.file+".exc"), true, func(line string) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("short exception line %q", line)
			}
			wn.exc[p.code][f[0]] = append(wn.exc[p.code][f[0]], f[1:]...)
			return nil
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, "data."+p.file), false, func(line string) error {
			if strings.HasPrefix(line, " ") {
				return nil
			}
			key, s, err := parseDataLine(line, p.code)
			if err != nil {
				return err
			}
			wn.synsets[key] = s
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return wn, nil
}

func senseID(lemma string, pos byte, rank string) string {
	return lemma + "\x00" + string(pos) + "\x00" + rank
}

// ssType maps a sense key's ss_type digit to a POS code (5, adjective
// satellite, is an adjective).
func ssType(c byte) (byte, bool) {
	switch c {
	case '1':
		return 'n', true
	case '2':
		return 'v', true
	case '3', '5':
		return 'a', true
	case '4':
		return 'r', true
	}
	return 0, false
}

// posCode maps a pointer's pos field to a POS code ("s" is "a").
func posCode(s string) byte {
	if s == "s" {
		return 'a'
	}
	return s[0]
}

// parseDataLine reads "offset lex_filenum ss_type w_cnt word lex_id ...
// p_cnt [ptr...] [frames] | gloss".
func parseDataLine(line string, pos byte) (string, *synset, error) {
	body, _, _ := strings.Cut(line, " | ")
	f := strings.Fields(body)
	bad := func(why string) (string, *synset, error) {
		return "", nil, fmt.Errorf("data.%c: %s: %.80q", pos, why, line)
	}
	if len(f) < 4 {
		return bad("short line")
	}
	key := string(pos) + f[0]
	wcnt, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return bad("w_cnt")
	}
	lexFile, err := strconv.Atoi(f[1])
	if err != nil {
		return bad("lex_filenum")
	}
	i := 4
	s := &synset{lexFile: lexFile}
	for w := 0; w < int(wcnt); w++ {
		if i+1 >= len(f) {
			return bad("words")
		}
		word := f[i]
		if j := strings.IndexByte(word, '('); j > 0 { // adjective marker: big(a)
			word = word[:j]
		}
		s.words = append(s.words, member{lemma: strings.ToLower(word)})
		i += 2
	}
	if i >= len(f) {
		return bad("p_cnt")
	}
	pcnt, err := strconv.Atoi(f[i])
	if err != nil {
		return bad("p_cnt")
	}
	i++
	for p := 0; p < pcnt; p++ {
		if i+3 >= len(f) {
			return bad("pointers")
		}
		st := f[i+3]
		if len(st) != 4 {
			return bad("source/target")
		}
		src, err1 := strconv.ParseInt(st[:2], 16, 32)
		dst, err2 := strconv.ParseInt(st[2:], 16, 32)
		if err1 != nil || err2 != nil {
			return bad("source/target")
		}
		s.ptrs = append(s.ptrs, pointer{
			symbol: f[i], source: int(src), word: int(dst),
			target: string(posCode(f[i+2])) + f[i+1],
		})
		i += 4
	}
	return key, s, nil
}

// eachLine calls fn on each non-empty line of path; a missing file is an
// error unless optional.
func eachLine(path string, optional bool, fn func(string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		if optional && os.IsNotExist(err) {
			return nil
		}
		return err
	}
	defer fh.Close()
	return scanLines(fh, path, fn)
}

func scanLines(r io.Reader, name string, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Morphy's detachment rules (WordNet morph.c), per part of speech.
var morphRules = map[byte][][2]string{
	'n': {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	'v': {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	'a': {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// minRuleStem keeps the suffix rules from reading short words as
// inflections of abbreviations or letters ("as" -> "a", "his" -> "hi" for
// Hawaii, "ads" -> "ad"): a rule's stem has at least three letters, or two
// for a verb seen in the semantic concordance ("does" -> "do", "going" ->
// "go", "being" -> "be"). Exceptions always apply.
const minRuleStem = 3

// ruleFits adds English spelling to morphy's rules, which are looser than
// the language: a verb takes -es only after s, x, z, ch, sh or o ("does",
// "passes", but not "bees" -> "be"), and -ed/-ing/-er/-est replace a final
// e only after at least two letters ("died" -> "die", but not "bed" ->
// "be", "bing" -> "be").
func (wn *wordNet) ruleFits(word string, pos byte, r [2]string, stem string) bool {
	if len(stem) < minRuleStem && (pos != 'v' || len(stem) < 2 || wn.count(stem, pos) == 0) {
		return false
	}
	if pos == 'v' && r == [2]string{"es", ""} {
		return strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "x") || strings.HasSuffix(stem, "z") ||
			strings.HasSuffix(stem, "o") || strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh")
	}
	if r[1] == "e" && len(stem) < 3 {
		return false
	}
	return true
}

// candidate is one base form morphy offers for a word.
type candidate struct {
	lemma string
	pos   byte
	exc   bool // from an exception list
	self  bool // the word itself is a lemma
}

// morphy returns the base forms of word (lowercase) in every part of
// speech: exception-list bases, the word itself if it is a lemma, and the
// detachment rules' outputs that are lemmas.
func (wn *wordNet) morphy(word string) []candidate {
	var out []candidate
	for _, p := range posNames {
		pos := p.code
		for _, b := range wn.exc[pos][word] {
			if wn.inIndex(pos, b) {
				out = append(out, candidate{lemma: b, pos: pos, exc: true, self: b == word})
			}
		}
		if wn.inIndex(pos, word) {
			out = append(out, candidate{lemma: word, pos: pos, self: true})
		}
		for _, r := range morphRules[pos] {
			if !strings.HasSuffix(word, r[0]) {
				continue
			}
			stem := word[:len(word)-len(r[0])] + r[1]
			if stem == word || !wn.inIndex(pos, stem) || !wn.ruleFits(word, pos, r, stem) {
				continue
			}
			if pos == 'n' && r[0] == "s" && strings.HasSuffix(word, "ss") {
				continue // "glass" is not the plural of "glas"
			}
			out = append(out, candidate{lemma: stem, pos: pos})
		}
	}
	return out
}

// lemmaOf picks word's base form: the candidate lemma with the highest
// summed tag count over its candidate parts of speech ("was" -> "be",
// "saw" -> "see", "killed" -> "kill"); ties go to the word itself, then to
// an exception-list base, then to the shorter and alphabetically first.
// ok is false when WordNet knows no base form.
func (wn *wordNet) lemmaOf(word string) (string, bool) {
	cands := wn.morphy(word)
	if len(cands) == 0 {
		return "", false
	}
	type score struct {
		count     int
		self, exc bool
	}
	scores := map[string]*score{}
	seen := map[string]bool{}
	for _, c := range cands {
		s := scores[c.lemma]
		if s == nil {
			s = &score{}
			scores[c.lemma] = s
		}
		if k := c.lemma + string(c.pos); !seen[k] {
			seen[k] = true
			s.count += wn.count(c.lemma, c.pos)
		}
		s.self = s.self || c.self
		s.exc = s.exc || c.exc
	}
	best := ""
	var bs *score
	for l, s := range scores {
		if bs == nil || better(l, s.count, s.self, s.exc, best, bs.count, bs.self, bs.exc) {
			best, bs = l, s
		}
	}
	return best, true
}

func better(a string, ac int, aself, aexc bool, b string, bc int, bself, bexc bool) bool {
	if ac != bc {
		return ac > bc
	}
	if aself != bself {
		return aself
	}
	if aexc != bexc {
		return aexc
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
