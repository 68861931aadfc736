package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A follow-up leans on the last turn, not the first.
func TestFollowUpLeansOnTheLastTurn(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	history := []Turn{
		{Question: "what happened in Ecuador", Answer: "Soldiers retook a prison."},
		{Question: "how many guards were held hostage", Answer: "15 prison guards and 2 other staffers [1]."},
	}
	a, err := b.Ask(context.Background(), Question{Text: "where was that", Offline: true, History: history})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.ReadAs, "(following: how many guards were held hostage)") {
		t.Errorf("read_as %q, want it to follow the last question", a.ReadAs)
	}
}

// A follow-up typed in shorthand leans on the conversation once read:
// "wat abt the guards" is "what about the guards".
func TestShorthandFollowUpLeansOn(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	history := []Turn{{Question: "how many people died", Answer: "The death toll rose to 31 [1]."}}
	a, err := b.Ask(context.Background(), Question{Text: "wat abt the guards", Offline: true, History: history})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.ReadAs, "(following: how many people died)") {
		t.Errorf("read_as %q, want it to follow the last question", a.ReadAs)
	}
}
