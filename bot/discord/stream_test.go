package discord

import (
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/internal/testutil"
)

// fakeClock hands out pace channels the test fires by hand.
type fakeClock struct {
	mu    sync.Mutex
	chans []chan time.Time
	asked chan struct{}
}

func newFakeClock() *fakeClock { return &fakeClock{asked: make(chan struct{}, 100)} }

func (c *fakeClock) after(time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.mu.Lock()
	c.chans = append(c.chans, ch)
	c.mu.Unlock()
	c.asked <- struct{}{}
	return ch
}

// fire ends the oldest pending interval.
func (c *fakeClock) fire() {
	c.mu.Lock()
	ch := c.chans[0]
	c.chans = c.chans[1:]
	c.mu.Unlock()
	ch <- time.Time{}
}

func TestStreamerPacesEdits(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	edits := make(chan string, 100)
	st := newStreamer(time.Hour, func(s string) { edits <- s }, clock.after)

	st.partial("a")
	if got := testutil.Recv(t, edits, 0, "no first edit"); got != "a" {
		t.Fatalf("first edit = %q, want %q at once", got, "a")
	}
	testutil.Recv(t, clock.asked, 0, "the interval never started") // the interval started
	st.partial("ab")
	st.partial("abc")
	select {
	case got := <-edits:
		t.Fatalf("edit %q made before the interval passed", got)
	default:
	}
	clock.fire()
	if got := testutil.Recv(t, edits, 0, "no edit after the interval passed"); got != "abc" {
		t.Fatalf("second edit = %q, want the latest text %q", got, "abc")
	}
	testutil.Recv(t, clock.asked, 0, "the second interval never started")
	st.partial("abcd")
	// stop does not wait for the interval (the answering slot is freed at
	// once); it hands over the pace for the final edit to keep.
	pace := st.stop()
	if pace == nil {
		t.Fatal("stop returned no pace with an interval running")
	}
	select {
	case <-pace:
		t.Fatal("the pace fired before the interval passed")
	default:
	}
	clock.fire()
	testutil.Recv(t, pace, 0, "the pace never fired after the interval passed")
	close(edits)
	for got := range edits {
		t.Errorf("unexpected edit %q after stop", got)
	}
}

func TestStreamerNoPartials(t *testing.T) {
	t.Parallel()
	st := newStreamer(time.Hour, func(s string) { t.Errorf("edit %q without partials", s) }, nil)
	if st.stop() != nil {
		t.Error("stop returned a pace without any edit")
	}
}
