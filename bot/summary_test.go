package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// TestSummaryPicksTheStoryAsked: a number picks the story of that number in
// the list, title words pick by title, words no story holds get a list and
// a plain "no story matches", and a question asking for the summary of a
// story named by its title gets that story's.
func TestSummaryPicksTheStoryAsked(t *testing.T) {
	b := New(testindex.News(t), nil, Options{}, nil)
	ctx := context.Background()
	list, err := b.Summary(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	lead := func(a *Answer) string {
		if len(a.Citations) == 0 {
			return ""
		}
		return a.Citations[0].Source
	}
	for _, tt := range []struct{ about, source string }{
		{"2", list.Citations[1].Source}, // the second story of the list, not a "2" in some story's text
		{"#3", list.Citations[2].Source},
		{"quito prison", "001_5cd7016e7c44c83e.txt"},   // title words
		{"banana exports", "008_0c65beead9c104fc.txt"}, // title words
		{"001_5cd7", "001_5cd7016e7c44c83e.txt"},       // a source prefix
	} {
		a, err := b.Summary(ctx, tt.about)
		if err != nil {
			t.Fatal(err)
		}
		if got := lead(a); got != tt.source || a.Abstained {
			t.Errorf("summary %q: story %s (abstained %v), want %s: %.80q", tt.about, got, a.Abstained, tt.source, a.Text)
		}
	}
	for _, about := range []string{"xylophone", "99"} {
		a, err := b.Summary(ctx, about)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Text, "No story matches") && about == "xylophone" || !a.Abstained && about == "xylophone" {
			t.Errorf("summary %q = %.80q, want no story matching and the list", about, a.Text)
		}
		if about == "xylophone" && len(a.Citations) != len(list.Citations) {
			t.Errorf("summary %q lists %d stories, want all %d", about, len(a.Citations), len(list.Citations))
		}
	}
	a := askOffline(t, b, "summarize the banana exports story")
	if lead(a) != "008_0c65beead9c104fc.txt" || len(a.Citations) < 2 {
		t.Errorf("summarize the banana exports story = %.100q", a.Text)
	}
}

// TestSeedSummaryNamesThePlace: the summary of the seed story says where:
// the prison and the city, which its lead doesn't.
func TestSeedSummaryNamesThePlace(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	a, err := b.Summary(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Penitenciaria del Litoral", "Guayaquil", "31"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("seed summary lacks %q: %s", w, a.Text)
		}
	}
}
