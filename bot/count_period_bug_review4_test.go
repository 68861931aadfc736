package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Bug: "in the last riot" reads as a stretch of time (question.AsksOverPeriod
// takes "in the last <any word>"), so a total over two years counts as the
// typed answer to how many died in the last riot.
func TestLastRiotIsOneEvent(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"quito.txt":  {Data: []byte("Police retook a prison wing in Quito after a riot between gangs.\n\nThe attorney general's office raised the death toll to 12 on Tuesday.\n\nHuman rights groups say more than 400 inmates have died in prison clashes in the past two years.\n")},
		"floods.txt": {Data: []byte("Heavy rain flooded the coast on Monday.\n\nSix people died and two are missing.\n")},
	})
	b := New(ix, nil, Options{}, nil)
	a, err := b.Ask(context.Background(), Question{Text: "how many died in the last quito prison riot", Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained || !strings.Contains(a.Text, "12") {
		t.Errorf("answer %q (abstained %v), want the death toll of 12", a.Text, a.Abstained)
	}
}
