package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A summary about nothing but spaces lists the stories.
func TestSummaryOfBlankListsStories(t *testing.T) {
	b := New(testindex.News(t), nil, Options{}, nil)
	a, err := b.Summary(context.Background(), "   ")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Which story?") || a.Abstained {
		t.Errorf("summary of blanks = %q (abstained %v), want the list of stories", a.Text, a.Abstained)
	}
}
