package bot_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
)

// deadlineGen records the deadline of the context it is given, and fails
// as a model that ran out of time does.
type deadlineGen struct {
	deadline time.Time
	ok       bool
}

func (g *deadlineGen) Generate(ctx context.Context, _ bot.GenerateRequest) (bot.GenerateResult, error) {
	g.deadline, g.ok = ctx.Deadline()
	return bot.GenerateResult{}, errors.New("no answer in time")
}

// The model's answer is bounded from the moment the question is asked,
// retrieval included; when it fails, the extractive answer comes back.
func TestModelTimeoutBoundsTheWholeAnswer(t *testing.T) {
	c := loadCorpus(t, "../corpus")
	gen := &deadlineGen{}
	const budget = 3 * time.Second
	b := bot.New(c.index, gen, bot.Options{ModelTimeout: budget}, nil)
	before := time.Now()
	a, err := b.Ask(context.Background(), bot.Question{Text: "How many people died?"})
	after := time.Now()
	if err != nil {
		t.Fatal(err)
	}
	if !gen.ok {
		t.Fatal("the model was given no deadline")
	}
	// The deadline is the moment Ask began plus the budget: between the
	// times taken just before and just after the call.
	if gen.deadline.Before(before.Add(budget)) || gen.deadline.After(after.Add(budget)) {
		t.Errorf("model deadline %v, want the question's time plus %v (between %v and %v)", gen.deadline, budget, before.Add(budget), after.Add(budget))
	}
	if a.Mode != bot.ModeExtractive || a.FallbackReason == "" || a.Abstained {
		t.Errorf("answer = %+v, want the extractive answer with a fallback reason", a)
	}
	checkContract(t, []*corpus{c}, a)
}

// cancellingGen is a model call the asker cancels midway (Ctrl-C).
type cancellingGen struct{ cancel context.CancelFunc }

func (g cancellingGen) Generate(ctx context.Context, _ bot.GenerateRequest) (bot.GenerateResult, error) {
	g.cancel()
	<-ctx.Done()
	return bot.GenerateResult{}, ctx.Err()
}

// A question the asker cancels while the model writes is no fallback:
// Ask fails with the context's error and logs no "replaced" warning.
func TestCancelledAnswerIsNoFallback(t *testing.T) {
	c := loadCorpus(t, "../corpus")
	var logs strings.Builder
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := bot.New(c.index, cancellingGen{cancel}, bot.Options{}, slog.New(slog.NewTextHandler(&logs, nil)))
	a, err := b.Ask(ctx, bot.Question{Text: "How many people died?"})
	if !errors.Is(err, context.Canceled) || a != nil {
		t.Fatalf("Ask = %+v, %v; want no answer and context.Canceled", a, err)
	}
	if strings.Contains(logs.String(), "replaced") {
		t.Errorf("a cancelled question was logged as a fallback: %s", logs.String())
	}
}
