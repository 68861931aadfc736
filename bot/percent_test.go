package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "what % did Lenis get" is answered by the sentence with his share of
// the vote, not by one with another of his numbers.
func TestPercentQuestionWantsAPercentage(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"cali.txt":   {Data: []byte("A former police general was elected mayor of Cali on Sunday.\n\nLenis, 59, spent 30 years in the police and got the votes of the south of the city.\n\nLenis took office with the support of 41% of voters in the election, officials said.\n")},
		"floods.txt": {Data: []byte("Heavy rain flooded the coast on Monday.\n\nSix people died.\n")},
	})
	b := New(ix, nil, Options{}, nil)
	a, err := b.Ask(context.Background(), Question{Text: "what % did Lenis get", Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "30 years") && !a.Abstained || !strings.Contains(a.Text, "41%") && !a.Abstained {
		t.Errorf("what %% did Lenis get: %q (abstained %v), want the 41%% sentence or at most a hedge", a.Text, a.Abstained)
	}
	if !strings.Contains(a.Text, "41%") {
		t.Errorf("what %% did Lenis get: %q, want the sentence with 41%%", a.Text)
	}
}
