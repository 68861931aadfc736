package text

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The Spanish→English dictionary gives one word for "banda" (band); the
// English→Spanish one, read backwards from the stories' words, knows
// "banda" for "gang": a question about "las bandas" of a story about
// gangs reads "gang". A verb of doing again the dictionary lacks
// ("retomar": restart) reads as "re" and its verb when the stories use
// that ("retake"). Where the stories use neither, the dictionary's word
// stays.
func TestSpanishReverseAndAgain(t *testing.T) {
	s, err := LoadSpanish()
	if errors.Is(err, ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if s.rev == nil {
		t.Fatal("the English→Spanish dictionary of " + SpanishPackage + " was not loaded")
	}
	stories := []string{"clashes", "between", "gangs", "began", "on", "saturday", "retake", "prison", "soldiers"}
	used := func(w string) bool {
		return slices.Contains(stories, w) || slices.Contains(stories, w+"s") || slices.Contains(stories, w+"es")
	}
	rev := s.Reverse(stories)
	if !slices.Contains(rev["banda<n>"], "gang") {
		t.Errorf("Reverse: banda<n> -> %q, want gang among them", rev["banda<n>"])
	}
	const q = "cuando empezaron los enfrentamientos entre las bandas"
	if got := s.GlossReverse(q, nil, used, rev); !strings.Contains(got, "gang") || strings.Contains(got, "band ") || strings.HasSuffix(got, "band") {
		t.Errorf("GlossReverse(%q) = %q, want the gangs", q, got)
	}
	if got := s.GlossFor(q, nil, used); !strings.HasSuffix(got, "band") {
		t.Errorf("GlossFor without the reverse index (%q) = %q, want the dictionary's band", q, got)
	}
	// the stories' word for a word with a used translation stays that one
	if got := s.GlossReverse("la cárcel", nil, used, rev); got != "the prison" {
		t.Errorf("GlossReverse(la cárcel) = %q, want the prison", got)
	}
	const again = "la cárcel que retomaron los militares"
	if got := s.GlossFor(again, nil, used); !strings.Contains(got, "retake") {
		t.Errorf("GlossFor(%q) = %q, want retake", again, got)
	}
	if got := s.GlossFor(again, nil, func(w string) bool { return w != "retake" && used(w) }); strings.Contains(got, "retake") || !strings.Contains(got, "restart") {
		t.Errorf("GlossFor(%q) where the stories never say retake = %q, want the dictionary's restart", again, got)
	}
	// a word not made of "re" and a verb is no verb done again
	if got := s.again("reina", used); got != "" {
		t.Errorf("again(reina) = %q, want none", got)
	}
}

// BenchmarkSpanishReverse measures the reverse index of the news test
// corpus's words, made once per corpus on its first Spanish question.
func BenchmarkSpanishReverse(b *testing.B) {
	s, err := LoadSpanish()
	if err != nil {
		b.Skip(err)
	}
	files, _ := filepath.Glob("../testdata/news/*.txt")
	seen := map[string]bool{}
	var words []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, w := range Words(string(data)) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	b.ReportMetric(float64(len(words)), "words")
	for b.Loop() {
		s.Reverse(words)
	}
}
