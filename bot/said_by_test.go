package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "who said that" is answered by a sentence that says who said something;
// a sentence that names no speaker is at best the closest passage.
func TestWhoSaidThatWantsAnAttribution(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"raid.txt":  {Data: []byte("Soldiers and police officers retook a prison in Guayaquil on Tuesday.\n\nUsing controlled detonations, they gained access to three cellblocks.\n\nInmates had held the cellblocks since Saturday.\n")},
		"quito.txt": {Data: []byte("Police retook a prison wing in Quito.\n\nOfficers did not need to use explosives, according to police commander Colonel Fausto Benitez.\n")},
	})
	b := New(ix, nil, Options{}, nil)
	last := Turn{Question: "how did they get into the cellblocks in guayaquil", Answer: "Using controlled detonations, they gained access to three cellblocks. [1]"}
	a, err := b.Ask(context.Background(), Question{Text: "who said that", Offline: true, History: []Turn{last}})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained {
		t.Errorf("who said that: %q given as the answer; no sentence of the story says who said it", a.Text)
	}
	a, err = b.Ask(context.Background(), Question{Text: "who said the officers did not need to use explosives", Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained || !strings.Contains(a.Text, "Benitez") {
		t.Errorf("who said the officers did not need explosives: %q (abstained %v), want Benitez", a.Text, a.Abstained)
	}
}
