package bot

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/internal/testindex"
)

// Among the news stories: "here" in "Clashes between gangs here began on
// Saturday" is the Litoral prison of the sentences before it, so questions
// naming the prison (or the place where a sentence says "there") are
// answered, not only hedged.
func TestPlaceBackAnswersAmongTheNews(t *testing.T) {
	b := New(testindex.News(t), nil, Options{}, nil)
	for _, c := range []struct{ q, want string }{
		{"Litoral gang fighting — what day did it start?", "Saturday"},
		{"and somebody got hurt at the attorney general office in Esmeraldas? what happened there", "one civilian was hurt"},
	} {
		a := askOffline(t, b, c.q)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q = %q, want %q answered", c.q, a.Text, c.want)
		}
	}
}

// "The curfew, from 10 p.m. to 5 a.m., ..." is the curfew in Duran the
// sentence before it names.
func TestDefiniteBackAnswersAmongTheNews(t *testing.T) {
	b := New(testindex.News(t), nil, Options{}, nil)
	for _, q := range []string{"Duran curfew — what hours??", "what hours is the curfew in Duran, my cousin works nights there"} {
		a := askOffline(t, b, q)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "10 p.m. to 5 a.m.") {
			t.Errorf("%q = %q, want the hours answered", q, a.Text)
		}
	}
}
