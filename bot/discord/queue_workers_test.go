package discord

import (
	"context"
	"log/slog"
	"testing"

	"github.com/storybot-dev/storybot/config"
)

// The queue estimates waits with as many workers as answer at once.
func TestQueueKnowsTheWorkers(t *testing.T) {
	t.Parallel()
	cfg := config.Default().Discord
	cfg.MaxInFlight = 3
	h := NewHandler(&ackSession{acked: map[string]bool{}, log: map[string][]string{}}, streamAsker{}, Options{Config: cfg}, slog.New(slog.DiscardHandler))
	defer h.Shutdown(context.Background())
	if h.q.workers != 3 {
		t.Errorf("queue workers = %d, want max_in_flight 3", h.q.workers)
	}
}
