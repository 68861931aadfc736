// Package testutil holds what tests across the tree share: a log buffer
// safe for concurrent writers, a slog handler that logs to t.Log and lets
// a test wait for a record, and waits with a deadline that say what did
// not happen, so a broken rule fails a test in seconds instead of hanging
// it until go test's timeout.
package testutil

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// Wait is how long the waits here give a condition by default: far more
// than anything a test waits for takes, far less than go test's timeout.
const Wait = 5 * time.Second

// LogBuffer is a bytes.Buffer for logs written from many goroutines.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns everything written so far.
func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Sink is a slog.Handler that logs each record to t.Log (until the test
// ends: goroutines may outlive it by a little) and keeps it as one line,
// "LEVEL message key=value ...", for the test to look at or wait for.
type Sink struct {
	t     testing.TB
	attrs []slog.Attr // from WithAttrs

	s *sinkState // shared by the handlers WithAttrs returns
}

type sinkState struct {
	mu      sync.Mutex
	over    bool
	lines   []string
	waiters []waiter
}

type waiter struct {
	msg, key, value string // key "" matches any attributes
	ch              chan struct{}
}

// NewSink returns a sink for t.
func NewSink(t testing.TB) *Sink {
	s := &Sink{t: t, s: &sinkState{}}
	t.Cleanup(func() {
		s.s.mu.Lock()
		s.s.over = true
		s.s.mu.Unlock()
	})
	return s
}

// Slogger returns a logger that logs to t.Log.
func Slogger(t testing.TB) *slog.Logger { return slog.New(NewSink(t)) }

// Logger returns a logger that logs to the sink.
func (s *Sink) Logger() *slog.Logger { return slog.New(s) }

func (s *Sink) Enabled(context.Context, slog.Level) bool { return true }

func (s *Sink) Handle(_ context.Context, r slog.Record) error {
	attrs := append([]slog.Attr(nil), s.attrs...)
	r.Attrs(func(a slog.Attr) bool { attrs = append(attrs, a); return true })
	var b strings.Builder
	b.WriteString(r.Level.String() + " " + r.Message)
	for _, a := range attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	line := b.String()
	st := s.s
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.over {
		return nil
	}
	s.t.Log(line)
	st.lines = append(st.lines, line)
	kept := st.waiters[:0]
	for _, w := range st.waiters {
		if w.msg == r.Message && (w.key == "" || hasAttr(attrs, w.key, w.value)) {
			close(w.ch)
			continue
		}
		kept = append(kept, w)
	}
	st.waiters = kept
	return nil
}

func hasAttr(attrs []slog.Attr, key, value string) bool {
	for _, a := range attrs {
		if a.Key == key && a.Value.String() == value {
			return true
		}
	}
	return false
}

func (s *Sink) WithAttrs(as []slog.Attr) slog.Handler {
	return &Sink{t: s.t, attrs: append(append([]slog.Attr(nil), s.attrs...), as...), s: s.s}
}

// WithGroup is not needed by the code under test: groups are ignored.
func (s *Sink) WithGroup(string) slog.Handler { return s }

// Logged returns every line logged so far, in order.
func (s *Sink) Logged() []string {
	s.s.mu.Lock()
	defer s.s.mu.Unlock()
	return append([]string(nil), s.s.lines...)
}

// Count is how many lines logged so far contain substr.
func (s *Sink) Count(substr string) int {
	n := 0
	for _, l := range s.Logged() {
		if strings.Contains(l, substr) {
			n++
		}
	}
	return n
}

// On returns a channel closed when a record with message msg is logged
// (after the call).
func (s *Sink) On(msg string) <-chan struct{} { return s.OnWith(msg, "", "") }

// OnWith is On for a record that also has the attribute key=value.
func (s *Sink) OnWith(msg, key, value string) <-chan struct{} {
	ch := make(chan struct{})
	s.s.mu.Lock()
	defer s.s.mu.Unlock()
	s.s.waiters = append(s.s.waiters, waiter{msg: msg, key: key, value: value, ch: ch})
	return ch
}

// Eventually waits until ok holds, checking every few milliseconds, and
// fails t with what when it does not within the time given (Wait if 0).
func Eventually(t testing.TB, within time.Duration, what string, ok func() bool) {
	t.Helper()
	if within <= 0 {
		within = Wait
	}
	deadline := time.Now().Add(within)
	for tick := time.Millisecond; !ok(); tick = min(2*tick, 20*time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", within, what)
		}
		time.Sleep(tick)
	}
}

// Recv receives from ch, and fails t with what when nothing comes within
// the time given (Wait if 0).
func Recv[T any](t testing.TB, ch <-chan T, within time.Duration, what string) T {
	t.Helper()
	if within <= 0 {
		within = Wait
	}
	timer := time.NewTimer(within)
	defer timer.Stop()
	select {
	case v := <-ch:
		return v
	case <-timer.C:
		t.Fatalf("after %s: %s", within, what)
		var zero T
		return zero
	}
}
