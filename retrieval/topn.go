package retrieval

import "slices"

// topN keeps the n best results offered to it: a min-heap of n with the
// worst kept result on top, so a result no better than that is turned
// away with one comparison. worse(a, b) reports whether a ranks below b,
// ties included, so that the results are the same in any order offered.
type topN struct {
	h     []Scored
	n     int
	worse func(a, b Scored) bool
}

func newTopN(n int, worse func(a, b Scored) bool) *topN {
	return &topN{h: make([]Scored, 0, n), n: n, worse: worse}
}

// offer keeps s if it is among the n best so far.
func (t *topN) offer(s Scored) {
	h := t.h
	if len(h) < t.n {
		h = append(h, s)
		for j := len(h) - 1; j > 0; { // sift up
			p := (j - 1) / 2
			if !t.worse(h[j], h[p]) {
				break
			}
			h[j], h[p] = h[p], h[j]
			j = p
		}
		t.h = h
		return
	}
	if len(h) == 0 || !t.worse(h[0], s) {
		return
	}
	h[0] = s
	for j := 0; ; { // sift down
		l, m := 2*j+1, j
		if l < len(h) && t.worse(h[l], h[m]) {
			m = l
		}
		if r := l + 1; r < len(h) && t.worse(h[r], h[m]) {
			m = r
		}
		if m == j {
			return
		}
		h[j], h[m] = h[m], h[j]
		j = m
	}
}

// best returns the kept results, best first.
func (t *topN) best() []Scored {
	slices.SortFunc(t.h, func(a, b Scored) int {
		switch {
		case t.worse(b, a):
			return -1
		case t.worse(a, b):
			return 1
		}
		return 0
	})
	return t.h
}
