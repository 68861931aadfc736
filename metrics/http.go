package metrics

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// CheckTimeout bounds one health check: an orchestrator probes every few
// seconds, and a check slower than this is itself a sign of trouble.
const CheckTimeout = 2 * time.Second

type health struct {
	mu     sync.Mutex
	checks map[string]Check
	// last is the last status and reason logged: the log says when the
	// health changes, not on every probe.
	lastMu sync.Mutex
	last   string
}

// AddCheck registers a health check under name ("index", "discord",
// "model"); a second check with the same name replaces the first.
func (m *Metrics) AddCheck(name string, c Check) {
	m.health.mu.Lock()
	defer m.health.mu.Unlock()
	if m.health.checks == nil {
		m.health.checks = map[string]Check{}
	}
	m.health.checks[name] = c
}

// Health is /healthz's JSON body.
type Health struct {
	// Status is "ok", "degraded" (a check failed in part: still 200) or
	// "unavailable" (503).
	Status string `json:"status"`
	// Checks maps each check's name to "ok" or what is wrong.
	Checks map[string]string `json:"checks"`
	// Reason names the failing checks, for a one-line log.
	Reason string `json:"reason,omitempty"`
}

// CheckHealth runs every check concurrently, each bounded by CheckTimeout.
func (m *Metrics) CheckHealth(ctx context.Context) Health {
	m.health.mu.Lock()
	checks := make(map[string]Check, len(m.health.checks))
	for n, c := range m.health.checks {
		checks[n] = c
	}
	m.health.mu.Unlock()

	h := Health{Status: "ok", Checks: map[string]string{}}
	degraded := map[string]bool{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for name, c := range checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := runCheck(ctx, c)
			res := "ok"
			if err != nil {
				res = err.Error()
			}
			mu.Lock()
			h.Checks[name] = res
			degraded[name] = errors.Is(err, ErrDegraded)
			mu.Unlock()
		}()
	}
	wg.Wait()
	var bad []string
	unavailable := false
	for name, res := range h.Checks {
		if res != "ok" {
			bad = append(bad, name+": "+res)
			if !degraded[name] {
				unavailable = true
			}
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		h.Status = "degraded"
		if unavailable {
			h.Status = "unavailable"
		}
		h.Reason = strings.Join(bad, ", ")
	}
	return h
}

// runCheck runs c with a timeout and turns a panic or a hang into an error.
func runCheck(ctx context.Context, c Check) (err error) {
	ctx, cancel := context.WithTimeout(ctx, CheckTimeout)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("check panicked: %v", r)
			}
		}()
		done <- c(ctx)
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("check did not answer within %s", CheckTimeout)
	}
}

// Handler serves /metrics (Prometheus text format) and /healthz (200 with
// {"status":"ok"} when every check passes, else 503 with the reason).
func (m *Metrics) Handler(log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		Registry:          m.reg, // promhttp_metric_handler_errors_total
		EnableOpenMetrics: false,
	}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		h := m.CheckHealth(r.Context())
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		code := http.StatusOK
		if h.Status == "unavailable" {
			code = http.StatusServiceUnavailable
		}
		m.logChange(log, h)
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(h) // the client went away; nothing to do
	})
	return mux
}

// logChange logs the health when its status or reason differs from the
// last probe's: one line per change, however often it is probed.
func (m *Metrics) logChange(log *slog.Logger, h Health) {
	now := h.Status + "\x00" + h.Reason
	m.health.lastMu.Lock()
	changed := now != m.health.last && !(m.health.last == "" && h.Status == "ok")
	m.health.last = now
	m.health.lastMu.Unlock()
	switch {
	case !changed:
	case h.Status == "ok":
		log.Info("health check ok again")
	case h.Status == "degraded":
		log.Warn("health check degraded", "reason", h.Reason)
	default:
		log.Warn("health check failed", "reason", h.Reason)
	}
}

// Serve serves h on ln until ctx is done, then shuts down gracefully.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("health and metrics listener stopped: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("couldn't shut down the health and metrics listener: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Listen opens addr ("127.0.0.1:9090") for Serve, so a taken port fails at
// start with a clear error.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("couldn't listen for health and metrics on %s: %w", addr, err)
	}
	return ln, nil
}
