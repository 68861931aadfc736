package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Options.TraceCandidates lists the candidates, best first, the first the
// answer's sentence, for a follow-up too (read with the last turn's
// subject); without it none are listed.
func TestTraceCandidatesOptionReview4(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"parliament.md": {Data: []byte("# The parliament building\n\nThe strange leaf-shaped parliament building was designed by the architect Enric Miralles. Building work ran late and over budget. Queen Elizabeth opened the new building on 9 October 2004.\n")},
		"royal.md":      {Data: []byte("# A royal visit\n\nThe Queen opened a bridge in Leeds on 3 May 1999. Crowds lined the river.\n")},
		"museum.md":     {Data: []byte("# Museum\n\nA museum of maps opened in Lisbon. It holds old charts.\n")},
	})
	ctx := context.Background()
	first := "who designed the strange leaf-shaped parliament building"
	plain, err := New(ix, nil, Options{}, nil).Ask(ctx, Question{Text: first, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Candidates != nil {
		t.Errorf("candidates listed without TraceCandidates: %d", len(plain.Candidates))
	}
	b := New(ix, nil, Options{TraceCandidates: true}, nil)
	last, err := b.Ask(ctx, Question{Text: first, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(last.Candidates) < 2 || !strings.Contains(last.Candidates[0].Text, "Miralles") {
		t.Fatalf("candidates %+v, want the architect's sentence first", last.Candidates)
	}
	a, err := b.Ask(ctx, Question{Text: "and when did the queen open it", Offline: true, History: []Turn{{Question: first, Answer: last.Text}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Candidates) == 0 || !strings.Contains(a.Candidates[0].Text, "9 October 2004") || !strings.Contains(a.Text, "9 October 2004") {
		var c string
		if len(a.Candidates) > 0 {
			c = a.Candidates[0].Text
		}
		t.Errorf("follow-up: answer %q, first candidate %q; want the queen's opening of the building", a.Text, c)
	}
	// The trace reads the follow-up with the last turn's subject: a
	// sentence of the building's story holds the subject's words (as
	// subjectShare), most of the question; one of the other queen's story
	// does not.
	cov := map[string]float64{}
	for _, c := range a.Candidates {
		cov[c.Text] = c.Features["cov"]
	}
	if b, r := cov["Building work ran late and over budget."], cov["Crowds lined the river."]; b < 0.5 || b < 2*r {
		t.Errorf("coverage %v of the building story's sentence, %v of the royal visit's: want the subject counted", b, r)
	}
}
