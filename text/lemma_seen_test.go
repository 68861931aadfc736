package text

import (
	"sync"
	"testing"
)

// Lemma answers the same from its memory as from the table, from many
// goroutines at once, and past its bound.
func TestLemmaSeen(t *testing.T) {
	want := map[string]string{"killed": "kill", "was": "be", "prisoners": "prisoner", "Guayaquil": "Guayaquil", "saw": "see"}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				for w, l := range want {
					if got := Lemma(w); got != l {
						t.Errorf("Lemma(%q) = %q, want %q", w, got, l)
					}
				}
			}
		}()
	}
	wg.Wait()
	old := lemmaSeenMax
	defer func() { lemmaSeenMax = old }()
	lemmaSeenMax = 0 // full: every answer from the table
	const w = "fled" // asked by no other test of this package
	if got := Lemma(w); got != "flee" {
		t.Errorf("Lemma(%q) past the bound = %q, want flee", w, got)
	}
	if _, ok := lemmaSeen.Load(w); ok {
		t.Errorf("Lemma remembered %q past its bound", w)
	}
}
