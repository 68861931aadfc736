package ground

import (
	"os"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// TestSentenceReadingsOnce: what the check reads once per check in a
// passage's sentences (the lemmas a deed is looked for among) or behind a
// gate (numbers) is what reading them anew each time gives.
func TestSentenceReadingsOnce(t *testing.T) {
	raw, err := os.ReadFile("../testdata/replies/corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := story.Parse("000_ed2ba48890825abd.txt", string(raw))
	ps := passagesWith(&s, story.DefaultChunkOptions)
	ev := Prepare(ps).ev
	claims := []string{
		"Ecuador's attorney general raised the death toll from 18 to 31.",
		"Thousands of soldiers and police took part.",
		"Guillermo Lasso declared a state of emergency.",
		"Relatives waited outside the prison.",
		"The passages don't say.",
		"",
	}
	for i := range ps {
		for j := range ev[i].sents {
			es := &ev[i].sents[j]
			lem := es.lemmaSet()
			want := map[string]bool{}
			for w := range es.words {
				want[text.Lemma(w)] = true
			}
			if len(lem) != len(want) {
				t.Errorf("passage %d sentence %d: %d lemmas, want %d", i+1, j, len(lem), len(want))
			}
			for l := range want {
				if !lem[l] {
					t.Errorf("passage %d sentence %d: lemma %q missing", i+1, j, l)
				}
			}
		}
	}
	for _, c := range append(claims, "thirty-one inmates", "a dozen guards", "Señor Rodríguez", "No number here at all") {
		if got, want := numbersIn(c), text.Numbers(c); len(got) != len(want) || (got == nil) != (want == nil) {
			t.Errorf("numbersIn(%q) = %q, want %q", c, got, want)
		}
	}
}
