package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A count question about one event is answered by the event's count, not
// by a total over a stretch of time that shares more of its words; a
// question over a stretch of time gets the total.
func TestCountOfOneEventIsNoTotalOverAPeriod(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"quito.txt":  {Data: []byte("Police retook a prison wing in Quito after a riot between gangs.\n\nThe attorney general's office raised the death toll to 12 on Tuesday.\n\nHuman rights groups say more than 400 inmates have died in prison clashes in the past two years.\n")},
		"floods.txt": {Data: []byte("Heavy rain flooded the coast on Monday.\n\nSix people died and two are missing.\n")},
	})
	b := New(ix, nil, Options{}, nil)
	for q, want := range map[string]string{
		"how many died in the quito prison riot":                        "12",
		"how many inmates died in prison clashes in the past two years": "400",
	} {
		a, err := b.Ask(context.Background(), Question{Text: q, Offline: true})
		if err != nil {
			t.Fatal(err)
		}
		if a.Abstained || !strings.Contains(a.Text, want) {
			t.Errorf("%q: %q (abstained %v), want %s", q, a.Text, a.Abstained, want)
		}
	}
}
