package discord

import (
	"context"
	"sync"
	"testing"
	"time"
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
	clock := newFakeClock()
	edits := make(chan string, 100)
	st := newStreamer(time.Hour, func(s string) { edits <- s }, clock.after)

	st.partial("a")
	if got := <-edits; got != "a" {
		t.Fatalf("first edit = %q, want %q at once", got, "a")
	}
	<-clock.asked // the interval started
	st.partial("ab")
	st.partial("abc")
	select {
	case got := <-edits:
		t.Fatalf("edit %q made before the interval passed", got)
	default:
	}
	clock.fire()
	if got := <-edits; got != "abc" {
		t.Fatalf("second edit = %q, want the latest text %q", got, "abc")
	}
	<-clock.asked
	st.partial("abcd")
	// stop waits for the interval to pass before the final edit.
	stopped := make(chan bool)
	go func() { stopped <- st.stop(context.Background()) }()
	<-st.stopped // no more streamed edits from here on
	select {
	case <-stopped:
		t.Fatal("stop returned before the interval passed")
	default:
	}
	clock.fire()
	if edited := <-stopped; !edited {
		t.Error("stop reported no edit")
	}
	close(edits)
	for got := range edits {
		t.Errorf("unexpected edit %q after stop", got)
	}
}

func TestStreamerNoPartials(t *testing.T) {
	st := newStreamer(time.Hour, func(s string) { t.Errorf("edit %q without partials", s) }, nil)
	if st.stop(context.Background()) {
		t.Error("stop reported an edit")
	}
}
