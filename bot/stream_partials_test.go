package bot

import (
	"context"
	"testing"
)

// A streamed answer shows each checked claim once, as it completes, and
// never the same text twice.
func TestPartialsShownOnceEach(t *testing.T) {
	first := "The death toll was raised to 31 [1]. In"
	both := "The death toll was raised to 31 [1]. Soldiers retook the prison [1]. And"
	g := &scripted{text: "The death toll was raised to 31 [1]. Soldiers retook the prison [1].", partials: []string{first, first + " Esm", both}}
	b := testBot(t, g)
	var shown []string
	_, err := b.Ask(context.Background(), Question{Text: "what was the death toll", OnPartial: func(s string) { shown = append(shown, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(shown) == 0 {
		t.Fatal("no partial shown")
	}
	for i := 1; i < len(shown); i++ {
		if shown[i] == shown[i-1] {
			t.Errorf("partial %d repeats %q", i, shown[i])
		}
	}
}
