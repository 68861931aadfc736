package bot

import (
	"context"
	"testing"
)

// An offline question never calls the model.
func TestOfflineQuestionSkipsTheModel(t *testing.T) {
	g := &scripted{text: "The toll was raised to 31 [1]."}
	b := testBot(t, g)
	a, err := b.Ask(context.Background(), Question{Text: "what was the death toll", Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if g.got.Question != "" || a.Mode != ModeExtractive {
		t.Errorf("mode %s, model asked %q; want an extractive answer without the model", a.Mode, g.got.Question)
	}
}
