package text

// A reader for lttoolbox's compiled transducers (the *.bin files Apertium
// language pairs install), enough to look words up in a morphological
// analyser and a bilingual dictionary. The format, as lttoolbox 3.x writes
// it: an optional "LTTB" header with 8 bytes of feature flags; the
// alphabetic characters; the alphabet (tag names, then the (input, output)
// symbol pairs that transitions are labelled with); then named transducers,
// each with an optional "LTTD" header (feature flag 1: weights), its initial
// state, its final states and, state by state, its transitions. Numbers are
// lttoolbox's variable-length "multibyte" integers.

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// esFST is one compiled lttoolbox file: a shared alphabet and its sections.
type esFST struct {
	tags     []string         // tag names, "<n>"; symbol -k-1 is tags[k]
	tagIndex map[string]int32 // "<n>" -> its (negative) symbol
	sections []esSection
}

// esSection is one transducer in compact (CSR) form. Each state's arcs
// are sorted by the folded input symbol (esKey: tags, then epsilon, then
// characters), so a lookup finds an input's arcs by binary search.
type esSection struct {
	name    string
	initial int32
	final   []bool
	start   []int32 // arcs of state s: arcs[start[s]:start[s+1]]
	arcs    []esArc
}

// esKey is the sort key of an input symbol: tags and epsilon as they are,
// characters folded by esFold.
func esKey(sym int32) int32 {
	if sym <= 0 {
		return sym
	}
	return int32(esFold(rune(sym)))
}

// arcsFor returns state q's arcs whose input symbol folds to key.
func (s *esSection) arcsFor(q, key int32) []esArc {
	arcs := s.arcs[s.start[q]:s.start[q+1]]
	i := sort.Search(len(arcs), func(i int) bool { return esKey(arcs[i].in) >= key })
	j := i
	for j < len(arcs) && esKey(arcs[j].in) == key {
		j++
	}
	return arcs[i:j]
}

// esArc is a transition; symbols are rune values (> 0), tags (< 0, tag
// -sym-1) or 0 (epsilon).
type esArc struct {
	in, out int32
	to      int32
}

type esReader struct {
	b   []byte
	off int
	err error
}

func (r *esReader) byte() byte {
	if r.off >= len(r.b) {
		if r.err == nil {
			r.err = errors.New("unexpected end of file")
		}
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

// mb reads an lttoolbox multibyte integer: the top two bits of the first
// byte say how many bytes follow (0-3).
func (r *esReader) mb() uint32 {
	up := r.byte()
	n := int(up >> 6)
	v := uint32(up & 0x3f)
	for i := 0; i < n; i++ {
		v = v<<8 | uint32(r.byte())
	}
	return v
}

// longMB reads (and discards) a weight: mantissa and exponent, each one or
// two multibyte integers.
func (r *esReader) longMB() {
	for range 2 {
		if r.mb() >= 0x04000000 {
			r.mb()
		}
	}
}

func (r *esReader) str() string {
	n := r.mb()
	if int(n) > len(r.b) {
		r.err = errors.New("bad string length")
		return ""
	}
	rs := make([]rune, 0, n)
	for i := uint32(0); i < n && r.err == nil; i++ {
		rs = append(rs, rune(r.mb()))
	}
	return string(rs)
}

func (r *esReader) header(magic string) (uint64, bool) {
	if len(r.b)-r.off >= 12 && string(r.b[r.off:r.off+4]) == magic {
		f := binary.LittleEndian.Uint64(r.b[r.off+4 : r.off+12])
		r.off += 12
		return f, true
	}
	return 0, false
}

// esReadFST parses an lttoolbox binary.
func esReadFST(path string) (*esFST, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := esParseFST(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

func esParseFST(b []byte) (*esFST, error) {
	r := &esReader{b: b}
	if feat, ok := r.header("LTTB"); ok && feat != 0 {
		// Bit 0 is a memory-mappable layout this reader does not know.
		return nil, fmt.Errorf("lttoolbox file features %#x not supported", feat)
	}
	for n := r.mb(); n > 0 && r.err == nil; n-- { // alphabetic characters
		r.mb()
	}
	f := &esFST{tagIndex: map[string]int32{}}
	ntags := r.mb()
	for i := uint32(0); i < ntags && r.err == nil; i++ {
		t := "<" + r.str() + ">"
		f.tags = append(f.tags, t)
		f.tagIndex[t] = -int32(i) - 1
	}
	bias := int32(ntags)
	npairs := r.mb()
	if int(npairs) > len(b) {
		return nil, errors.New("bad alphabet size")
	}
	pairs := make([][2]int32, 0, npairs)
	for i := uint32(0); i < npairs && r.err == nil; i++ {
		in := int32(r.mb()) - bias
		out := int32(r.mb()) - bias
		pairs = append(pairs, [2]int32{in, out})
	}
	var all []esArc
	for n := r.mb(); n > 0 && r.err == nil; n-- {
		// Every arc takes at least two bytes of the file, so one
		// allocation of len(b)/2 arcs holds all sections' arcs.
		if all == nil {
			all = make([]esArc, 0, len(b)/2+1)
		}
		base0 := len(all)
		s := esSection{name: r.str()}
		weights := false
		if feat, ok := r.header("LTTD"); ok {
			if feat > 1 {
				return nil, fmt.Errorf("transducer %q: features %#x not supported", s.name, feat)
			}
			weights = feat&1 != 0
		}
		s.initial = int32(r.mb())
		nfinals := r.mb()
		var finals []int32
		base := int32(0)
		for i := uint32(0); i < nfinals && r.err == nil; i++ {
			base += int32(r.mb())
			if weights {
				r.longMB()
			}
			finals = append(finals, base)
		}
		nstates := int32(r.mb())
		if r.err != nil || nstates <= 0 || int(nstates) > len(b) || s.initial >= nstates {
			return nil, fmt.Errorf("transducer %q: bad state count", s.name)
		}
		s.final = make([]bool, nstates)
		for _, q := range finals {
			if q < 0 || q >= nstates {
				return nil, fmt.Errorf("transducer %q: bad final state", s.name)
			}
			s.final[q] = true
		}
		s.start = make([]int32, nstates+1)
		for q := int32(0); q < nstates && r.err == nil; q++ {
			s.start[q] = int32(len(all) - base0)
			tag := uint32(0)
			for k := r.mb(); k > 0 && r.err == nil; k-- {
				tag += r.mb()
				to := int32((int64(q) + int64(r.mb())) % int64(nstates))
				if weights {
					r.longMB()
				}
				if int(tag) >= len(pairs) {
					return nil, fmt.Errorf("transducer %q: bad symbol pair %d", s.name, tag)
				}
				p := pairs[tag]
				all = append(all, esArc{in: p[0], out: p[1], to: to})
			}
		}
		if r.err != nil {
			return nil, fmt.Errorf("transducer %q: %w", s.name, r.err)
		}
		s.start[nstates] = int32(len(all) - base0)
		s.arcs = all[base0:len(all):len(all)]
		for q := int32(0); q < nstates; q++ {
			if arcs := s.arcs[s.start[q]:s.start[q+1]]; len(arcs) > 1 {
				slices.SortStableFunc(arcs, func(a, b esArc) int { return cmp.Compare(esKey(a.in), esKey(b.in)) })
			}
		}
		f.sections = append(f.sections, s)
	}
	if r.err != nil {
		return nil, r.err
	}
	return f, nil
}

// esConfig is a state of a lookup: where it is, what it has written and
// whether every character so far matched exactly (up to case).
type esConfig struct {
	state int32
	out   []int32
	exact bool
}

// esLookupLimit bounds the configurations a lookup follows (the analysers
// are deterministic on input, so real lookups stay far below it).
const esLookupLimit = 4096

// esMatch says how a lookup compares the input with arcs.
type esMatch int

const (
	esExact  esMatch = iota // the same symbol, characters up to case
	esFolded                // also without accents
	esEnye                  // also n for ñ
)

// esResult is one output of a lookup.
type esResult struct {
	out   []int32
	exact bool // reached without folding accents
}

// lookup runs input through every section but the pattern ones
// ("regexp@…", which read numbers and URLs, not words). With prefix set it
// returns only the outputs of the longest input prefix, of at least minLen
// symbols, that reaches a final state (lttoolbox's bilingual lookup
// matches the lemma and as many leading tags as it can); otherwise the
// outputs of the whole input.
func (f *esFST) lookup(input []int32, mode esMatch, minLen int, prefix bool) []esResult {
	var results []esResult
	for si := range f.sections {
		s := &f.sections[si]
		if strings.HasPrefix(s.name, "regexp") {
			continue
		}
		cur := s.closure([]esConfig{{state: s.initial, exact: true}})
		var best []esResult
		for i, sym := range input {
			key := esKey(sym)
			var next []esConfig
			for _, c := range cur {
				arcs := s.arcsFor(c.state, key)
				if mode == esEnye && key == 'n' {
					arcs = append(arcs[:len(arcs):len(arcs)], s.arcsFor(c.state, 'ñ')...)
				}
				for _, a := range arcs {
					same := a.in == sym || sym > 0 && unicode.ToLower(rune(a.in)) == rune(sym)
					if (same || mode != esExact) && len(next) < esLookupLimit {
						next = append(next, esConfig{state: a.to, out: esAppend(c.out, a.out), exact: c.exact && same})
					}
				}
			}
			cur = s.closure(next)
			if len(cur) == 0 {
				break
			}
			if i+1 == len(input) || prefix && i+1 >= minLen {
				if r := s.finals(cur); len(r) > 0 {
					best = r
				}
			}
		}
		results = append(results, best...)
	}
	// Exact matches first, otherwise in transducer order.
	sort.SliceStable(results, func(i, j int) bool { return results[i].exact && !results[j].exact })
	return results
}

func esAppend(out []int32, sym int32) []int32 {
	if sym == 0 {
		return out
	}
	n := make([]int32, len(out), len(out)+1)
	copy(n, out)
	return append(n, sym)
}

// closure follows input-epsilon arcs.
func (s *esSection) closure(cs []esConfig) []esConfig {
	for i := 0; i < len(cs) && len(cs) < esLookupLimit; i++ {
		c := cs[i]
		for _, a := range s.arcsFor(c.state, 0) {
			if len(c.out) < 200 {
				cs = append(cs, esConfig{state: a.to, out: esAppend(c.out, a.out), exact: c.exact})
			}
		}
	}
	return cs
}

func (s *esSection) finals(cs []esConfig) []esResult {
	var out []esResult
	for _, c := range cs {
		if s.final[c.state] {
			out = append(out, esResult{out: c.out, exact: c.exact})
		}
	}
	return out
}

// esSplit turns an output into its text before the first tag and its tags.
func (f *esFST) esSplit(out []int32) (string, []string) {
	var word []rune
	var tags []string
	for _, sym := range out {
		switch {
		case sym > 0 && len(tags) == 0:
			word = append(word, rune(sym))
		case sym < 0 && int(-sym-1) < len(f.tags):
			tags = append(tags, f.tags[-sym-1])
		}
	}
	return string(word), tags
}

// esFold lowercases a rune and strips the acute accent and diaeresis from
// vowels (á→a, ü→u); ñ stays ñ.
func esFold(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'á', 'à':
		return 'a'
	case 'é', 'è':
		return 'e'
	case 'í', 'ì', 'ï':
		return 'i'
	case 'ó', 'ò':
		return 'o'
	case 'ú', 'ù', 'ü':
		return 'u'
	}
	return r
}
