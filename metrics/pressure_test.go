package metrics

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// countHandler counts log records by level.
type countHandler struct {
	mu    sync.Mutex
	warns []string
	infos []string
}

func (c *countHandler) Enabled(context.Context, slog.Level) bool { return true }
func (c *countHandler) Handle(_ context.Context, r slog.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Level >= slog.LevelWarn {
		c.warns = append(c.warns, r.Message)
	} else {
		c.infos = append(c.infos, r.Message)
	}
	return nil
}
func (c *countHandler) WithAttrs([]slog.Attr) slog.Handler { return c }
func (c *countHandler) WithGroup(string) slog.Handler      { return c }

// A degraded check says so with 200; failed probes log once per change of
// health, not once per probe.
func TestHealthDegradedAndLoggedOnChange(t *testing.T) {
	t.Parallel()
	m := New()
	logs := &countHandler{}
	srv := httptest.NewServer(m.Handler(slog.New(logs)))
	defer srv.Close()
	var mu sync.Mutex
	commands, gateway := errors.New("registration refused"), error(nil)
	m.AddCheck("commands", func(context.Context) error { mu.Lock(); defer mu.Unlock(); return Degraded(commands) })
	m.AddCheck("discord", func(context.Context) error { mu.Lock(); defer mu.Unlock(); return gateway })

	code, h := getHealth(t, srv.URL)
	if code != http.StatusOK || h.Status != "degraded" || !strings.HasPrefix(h.Checks["commands"], "degraded: ") {
		t.Errorf("degraded check: %d %+v, want 200 degraded", code, h)
	}
	mu.Lock()
	gateway = errors.New("shard 0 disconnected")
	mu.Unlock()
	for range 30 {
		if code, h := getHealth(t, srv.URL); code != http.StatusServiceUnavailable || h.Status != "unavailable" {
			t.Fatalf("failing check: %d %+v, want 503 unavailable", code, h)
		}
	}
	mu.Lock()
	commands, gateway = nil, nil
	mu.Unlock()
	getHealth(t, srv.URL)
	getHealth(t, srv.URL)
	logs.mu.Lock()
	defer logs.mu.Unlock()
	// degraded, unavailable: two warnings for 31 bad probes; ok again: one line.
	if len(logs.warns) != 2 || len(logs.infos) != 1 {
		t.Errorf("logged warnings %q and infos %q; want 2 and 1 (one per change)", logs.warns, logs.infos)
	}
	if Degraded(nil) != nil {
		t.Error("Degraded(nil) is not nil")
	}
}

func TestQueueAndRESTMetricsExposed(t *testing.T) {
	t.Parallel()
	m := New()
	m.QueueLength(7)
	m.QueueWait("slash", 1500*time.Millisecond)
	m.QueueRefused("dm", "full")
	m.RESTError(429, "global")
	m.RESTError(403, "")
	srv := httptest.NewServer(m.Handler(nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	body := string(b)
	for _, want := range []string{
		"storybot_queue_length 7",
		`storybot_queue_wait_seconds_bucket{surface="slash",le="2.5"} 1`,
		`storybot_queue_refused_total{reason="full",surface="dm"} 1`,
		`storybot_discord_rest_errors_total{scope="global",status="429"} 1`,
		`storybot_discord_rest_errors_total{scope="",status="403"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
