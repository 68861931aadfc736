package text

// A reader for lttoolbox's compiled transducers (the *.bin files Apertium
// language pairs install), enough to look words up in a morphological
// analyser and a bilingual dictionary. The format, as lttoolbox 3.x writes
// it: an optional "LTTB" header with 8 bytes of feature flags; the
// alphabetic characters; the alphabet (tag names, then the (input, output)
// symbol pairs that transitions are labelled with); then named transducers,
// each with an optional "LTTD" header (feature bit 1: weights), its initial
// state, its final states and, state by state, its transitions. Numbers are
// lttoolbox's variable-length "multibyte" integers.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"unicode"
)

// esFST is one compiled lttoolbox file: a shared alphabet and its sections.
type esFST struct {
	tags     []string         // tag names, "<n>"; symbol -k-1 is tags[k]
	tagIndex map[string]int32 // "<n>" -> its (negative) symbol
	sections []esSection
}

// esSection is one transducer in compact (CSR) form.
type esSection struct {
	name    string
	initial int32
	final   []bool
	start   []int32 // arcs of state s: arcs[start[s]:start[s+1]]
	arcs    []esArc
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
	for n := r.mb(); n > 0 && r.err == nil; n-- {
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
			s.start[q] = int32(len(s.arcs))
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
				s.arcs = append(s.arcs, esArc{in: p[0], out: p[1], to: to})
			}
		}
		s.start[nstates] = int32(len(s.arcs))
		f.sections = append(f.sections, s)
	}
	if r.err != nil {
		return nil, r.err
	}
	return f, nil
}

// esConfig is a state of a lookup: where it is and what it has written.
type esConfig struct {
	state int32
	out   []int32
}

// esLookupLimit bounds the configurations a lookup follows (the analysers
// are deterministic on input, so real lookups stay far below it).
const esLookupLimit = 4096

// lookup runs input through every section: match(arcIn, inputSym) decides
// whether an arc reads an input symbol. When prefix is true it also
// returns outputs reached after any non-empty prefix of the input that
// covers at least minLen symbols, longest first (lttoolbox's bilingual
// lookup matches the lemma and as many leading tags as it can).
func (f *esFST) lookup(input []int32, match func(arc, sym int32) bool, minLen int, prefix bool) [][]int32 {
	var results [][]int32
	for si := range f.sections {
		s := &f.sections[si]
		cur := s.closure([]esConfig{{state: s.initial}})
		var byLen [][][]int32
		for i, sym := range input {
			var next []esConfig
			for _, c := range cur {
				for _, a := range s.arcs[s.start[c.state]:s.start[c.state+1]] {
					if a.in != 0 && match(a.in, sym) && len(next) < esLookupLimit {
						next = append(next, esConfig{state: a.to, out: esAppend(c.out, a.out)})
					}
				}
			}
			cur = s.closure(next)
			if len(cur) == 0 {
				break
			}
			if prefix && i+1 >= minLen && i+1 < len(input) {
				byLen = append(byLen, s.finals(cur))
			}
			if i+1 == len(input) {
				byLen = append(byLen, s.finals(cur))
			}
		}
		for i := len(byLen) - 1; i >= 0; i-- {
			if len(byLen[i]) > 0 {
				results = append(results, byLen[i]...)
				if prefix {
					break
				}
			}
		}
	}
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
		for _, a := range s.arcs[s.start[c.state]:s.start[c.state+1]] {
			if a.in == 0 && len(c.out) < 200 {
				cs = append(cs, esConfig{state: a.to, out: esAppend(c.out, a.out)})
			}
		}
	}
	return cs
}

func (s *esSection) finals(cs []esConfig) [][]int32 {
	var out [][]int32
	for _, c := range cs {
		if s.final[c.state] {
			out = append(out, c.out)
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
