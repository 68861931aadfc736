package discord

import (
	"testing"
	"time"

	"github.com/storybot-dev/storybot/internal/testutil"
)

// After an edit, the streamer waits its own interval before the next.
func TestStreamerWaitsItsInterval(t *testing.T) {
	t.Parallel()
	asked := make(chan time.Duration, 10)
	after := func(d time.Duration) <-chan time.Time {
		asked <- d
		return make(chan time.Time)
	}
	st := newStreamer(42*time.Second, func(string) {}, after)
	st.partial("a")
	if d := testutil.Recv(t, asked, time.Minute, "no interval asked for"); d != 42*time.Second {
		t.Errorf("interval %v, want 42s", d)
	}
	st.stop()
}
