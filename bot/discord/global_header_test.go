package discord

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

type status429 struct {
	header http.Header
	body   string
}

func (s status429) RoundTrip(*http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: http.StatusTooManyRequests, Header: s.header, Body: io.NopCloser(strings.NewReader(s.body))}, nil
}

// A 429 marked global by X-RateLimit-Global alone (no scope header)
// pauses every REST call.
func TestGlobalHeaderAlonePauses(t *testing.T) {
	t.Parallel()
	h := http.Header{}
	h.Set("X-RateLimit-Global", "true")
	h.Set("Retry-After", "30")
	g := &globalGate{next: status429{h, `{}`}}
	req, _ := http.NewRequest("GET", "http://discord.invalid/api/v10/channels/1/messages", nil)
	if _, err := g.RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	g.mu.Lock()
	paused := !g.until.IsZero()
	g.mu.Unlock()
	if !paused {
		t.Error("a global 429 without X-RateLimit-Scope did not pause REST calls")
	}
}

// The body's retry_after, when longer than Retry-After, sets the pause.
func TestGlobalPauseTakesTheLongerRetry(t *testing.T) {
	t.Parallel()
	h := http.Header{}
	h.Set("X-RateLimit-Scope", "global")
	h.Set("Retry-After", "1")
	g := &globalGate{next: status429{h, `{"retry_after": 120.5, "global": true}`}}
	req, _ := http.NewRequest("GET", "http://discord.invalid/api/v10/channels/1/messages", nil)
	before := time.Now()
	if _, err := g.RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	g.mu.Lock()
	pause := g.until.Sub(before)
	g.mu.Unlock()
	if pause < 100*time.Second {
		t.Errorf("pause %v, want the body's 120.5 s", pause)
	}
}

// A shorter global pause never cuts a longer one short.
func TestGlobalPauseIsNotShortened(t *testing.T) {
	t.Parallel()
	long, short := http.Header{}, http.Header{}
	long.Set("X-RateLimit-Scope", "global")
	long.Set("Retry-After", "120")
	short.Set("X-RateLimit-Scope", "global")
	short.Set("Retry-After", "1")
	req, _ := http.NewRequest("GET", "http://discord.invalid/api/v10/interactions/1/t/callback", nil)
	g := &globalGate{next: status429{long, `{}`}}
	if _, err := g.RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	g.mu.Lock()
	first := g.until
	g.mu.Unlock()
	g.next = status429{short, `{}`}
	if _, err := g.RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.until.Before(first) {
		t.Errorf("a 1 s pause cut the 120 s pause short by %v", first.Sub(g.until))
	}
}
