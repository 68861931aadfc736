package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A follow-up's own words pick the sentence and the last turn's say which
// story: "and when did the queen open it" after a question about who
// designed the building is answered by the queen's sentence of the
// building's story, not by the last answer (which holds every word of the
// last question) nor by the queen of another story.
func TestFollowUpOwnWordsPickTheSentence(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"parliament.md": {Data: []byte("# The parliament building\n\nThe strange leaf-shaped parliament building was designed by the architect Enric Miralles. Building work ran late and over budget. Queen Elizabeth opened the new building on 9 October 2004.\n")},
		"royal.md":      {Data: []byte("# A royal visit\n\nThe Queen opened a bridge in Leeds on 3 May 1999. Crowds lined the river.\n")},
		"museum.md":     {Data: []byte("# Museum\n\nA museum of maps opened in Lisbon. It holds old charts.\n")},
	})
	b := New(ix, nil, Options{}, nil)
	first := "who designed the strange leaf-shaped parliament building"
	last, err := b.Ask(context.Background(), Question{Text: first, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(last.Text, "Miralles") {
		t.Fatalf("first answer %q, want the architect", last.Text)
	}
	a, err := b.Ask(context.Background(), Question{Text: "and when did the queen open it", Offline: true, History: []Turn{{Question: first, Answer: last.Text}}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "9 October 2004") || a.Abstained {
		t.Errorf("follow-up answer %q (abstained %v), want the queen's opening of the building", a.Text, a.Abstained)
	}
}
