package discord

import (
	"sync"
	"time"
)

// DefaultEditInterval is the least time between two edits of one message
// while an answer streams: Discord allows about five edits per five
// seconds per channel, and several answers may stream in one channel.
const DefaultEditInterval = 1500 * time.Millisecond

// streamer shows a growing answer by editing one message, at most once
// per interval: the first text at once, then the latest text when the
// interval has passed. Texts in between are skipped, not queued.
type streamer struct {
	interval time.Duration
	edit     func(text string)
	after    func(time.Duration) <-chan time.Time // time.After; tests replace it

	mu      sync.Mutex
	latest  string
	pending bool

	wake    chan struct{}
	done    chan struct{}
	stopped chan struct{}
	// pace fires when the next edit may be made; nil when it may be made
	// now. Owned by loop; read by stop after stopped is closed.
	pace   <-chan time.Time
	edited bool
}

func newStreamer(interval time.Duration, edit func(string), after func(time.Duration) <-chan time.Time) *streamer {
	if after == nil {
		after = time.After
	}
	st := &streamer{
		interval: interval, edit: edit, after: after,
		wake: make(chan struct{}, 1), done: make(chan struct{}), stopped: make(chan struct{}),
	}
	go st.loop()
	return st
}

// partial records the newest text; it never blocks the model's stream.
func (st *streamer) partial(text string) {
	st.mu.Lock()
	st.latest, st.pending = text, true
	st.mu.Unlock()
	select {
	case st.wake <- struct{}{}:
	default:
	}
}

func (st *streamer) loop() {
	defer close(st.stopped)
	for {
		select {
		case <-st.wake:
		case <-st.done:
			return
		}
		if st.pace != nil {
			select {
			case <-st.pace:
				st.pace = nil
			case <-st.done:
				return
			}
		}
		st.mu.Lock()
		text, ok := st.latest, st.pending
		st.pending = false
		st.mu.Unlock()
		if !ok {
			continue
		}
		st.edit(text)
		st.edited = true
		st.pace = st.after(st.interval)
	}
}

// stop ends streaming without waiting for the pace: it returns a channel
// that fires when the next edit may be made (nil when it may be made
// now), so the final edit keeps the pace too, in the delivery, outside
// the answering slot.
func (st *streamer) stop() <-chan time.Time {
	close(st.done)
	<-st.stopped
	return st.pace
}
