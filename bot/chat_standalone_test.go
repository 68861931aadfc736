package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// In a conversation, a question that names its own subject is read alone:
// after a turn about the Guayaquil prison, "how many got killed in Duran
// that weekend" is about Duran, though it says "that". A question that
// names nothing leans on the last turn.
func TestChatNamedQuestionReadAlone(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	ctx := context.Background()
	first := "how many people died in the Litoral prison in Guayaquil"
	a1, err := b.Ask(ctx, Question{Text: first, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	hist := []Turn{{Question: first, Answer: a1.Text}}
	a2, err := b.Ask(ctx, Question{Text: "how many got killed in Duran that weekend", Offline: true, History: hist})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a2.ReadAs, "following:") {
		t.Errorf("read as a follow-up: %q", a2.ReadAs)
	}
	if !strings.Contains(a2.Text, "nine") {
		t.Errorf("answer %q, want the Duran weekend's nine dead", a2.Text)
	}
	a3, err := b.Ask(ctx, Question{Text: "and who said that", Offline: true, History: hist})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a3.ReadAs, "following:") {
		t.Errorf("\"and who said that\" not read as a follow-up: %q", a3.ReadAs)
	}
}
