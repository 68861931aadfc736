package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "Which police officer said ..." of a quotation that names its speaker
// where it closes, a sentence later, is answered with both sentences.
func TestQuotationSpeakerNamedWhereItCloses(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"quito.txt":  {Data: []byte("Police retook a prison wing in Quito on Tuesday.\n\n\"We entered without firing a single shot. The inmates surrendered once they saw the size of the force,\" Benitez told reporters outside the gates.\n\nThe wing holds 1,400 prisoners.\n")},
		"floods.txt": {Data: []byte("Heavy rain flooded the coast on Monday.\n\nSix people died.\n")},
	})
	b := New(ix, nil, Options{}, nil)
	a, err := b.Ask(context.Background(), Question{Text: `Which police officer said they entered the prison "without firing a single shot"?`, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained || !strings.Contains(a.Text, "Benitez") {
		t.Errorf("answer %q (abstained %v), want the quotation and its speaker, Benitez", a.Text, a.Abstained)
	}
}
