package testutil

import (
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeT records what a helper reports; Fatalf ends the goroutine as
// testing.T does.
type fakeT struct {
	testing.TB
	mu    sync.Mutex
	fatal string
	logs  []string
}

func (f *fakeT) Helper()        {}
func (f *fakeT) Cleanup(func()) {}
func (f *fakeT) Log(a ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.logs = append(f.logs, fmt.Sprint(a...))
}
func (f *fakeT) Fatalf(format string, a ...any) {
	f.mu.Lock()
	f.fatal = fmt.Sprintf(format, a...)
	f.mu.Unlock()
	panic(f) // unwound by run
}

// run calls body with f, returning the fatal message if it failed.
func (f *fakeT) run(body func()) (fatal string) {
	defer func() {
		if r := recover(); r != nil && r != any(f) {
			panic(r)
		}
		fatal = f.fatal
	}()
	body()
	return ""
}

func TestSinkKeepsRecordsAndWakesWaiters(t *testing.T) {
	ft := &fakeT{}
	s := NewSink(ft)
	log := s.Logger().With("shard", 0)
	seen := s.OnWith("message ignored", "message_id", "7")
	log.Info("message ignored", "message_id", "6")
	select {
	case <-seen:
		t.Fatal("a waiter for message_id=7 woke on message_id=6")
	default:
	}
	log.Warn("message ignored", "message_id", "7")
	select {
	case <-seen:
	default:
		t.Fatal("the waiter did not wake on its record")
	}
	want := []string{"INFO message ignored shard=0 message_id=6", "WARN message ignored shard=0 message_id=7"}
	if got := s.Logged(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Logged = %q, want %q", got, want)
	}
	if n := s.Count("message_id=7"); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	if len(ft.logs) != 2 {
		t.Errorf("%d lines went to t.Log, want 2", len(ft.logs))
	}
}

func TestWaitsFailWithTheirMessage(t *testing.T) {
	ft := &fakeT{}
	start := time.Now()
	got := ft.run(func() { Eventually(ft, 30*time.Millisecond, "the river never rose", func() bool { return false }) })
	if !strings.Contains(got, "the river never rose") || time.Since(start) > 2*time.Second {
		t.Errorf("Eventually on a condition that never holds: %q after %s", got, time.Since(start))
	}
	ft = &fakeT{}
	n := 0
	if got := ft.run(func() { Eventually(ft, time.Second, "x", func() bool { n++; return n == 3 }) }); got != "" {
		t.Errorf("Eventually on a condition that comes to hold failed: %q", got)
	}
	ft = &fakeT{}
	if got := ft.run(func() { Recv(ft, make(chan int), 30*time.Millisecond, "nothing came") }); !strings.Contains(got, "nothing came") {
		t.Errorf("Recv on a silent channel: %q", got)
	}
	ch := make(chan int, 1)
	ch <- 7
	if v := Recv(t, ch, time.Second, "x"); v != 7 {
		t.Errorf("Recv = %d, want 7", v)
	}
	var b LogBuffer
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() { defer wg.Done(); slog.New(slog.NewTextHandler(&b, nil)).Info("hi") }()
	}
	wg.Wait()
	if n := strings.Count(b.String(), "msg=hi"); n != 10 {
		t.Errorf("LogBuffer holds %d lines of 10", n)
	}
}
