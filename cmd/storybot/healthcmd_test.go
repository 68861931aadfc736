package main

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/metrics"
)

// runHealthTest calls runHealth as runEnv would and returns the exit code
// runEnv would give. (It calls runHealth directly so the test does not
// depend on the command's line in commands().)
func runHealthTest(t *testing.T, envv map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return envv[k] }}
	err := runHealth(context.Background(), e, args)
	var ue usageError
	switch {
	case err == nil:
		return exitOK, out.String(), errb.String()
	case errors.As(err, &ue):
		return exitUsage, out.String(), ue.msg
	default:
		return exitFail, out.String(), err.Error()
	}
}

func TestHealthCommand(t *testing.T) {
	m := metrics.New()
	var down bool
	m.AddCheck("discord", func(context.Context) error {
		if down {
			return errors.New("gateway not connected")
		}
		return nil
	})
	srv := httptest.NewServer(m.Handler(nil))
	defer srv.Close()

	code, out, errs := runHealthTest(t, nil, srv.URL+"/healthz")
	if code != exitOK || strings.TrimSpace(out) != "healthy" {
		t.Errorf("healthy: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	down = true
	code, _, errs = runHealthTest(t, nil, srv.URL+"/healthz")
	if code != exitFail || !strings.Contains(errs, "unhealthy (503 Service Unavailable): discord: gateway not connected") {
		t.Errorf("unhealthy: exit %d, stderr %q", code, errs)
	}
	// The default URL follows STORYBOT_HTTP_ADDR.
	addr := strings.TrimPrefix(srv.URL, "http://")
	down = false
	code, _, errs = runHealthTest(t, map[string]string{"STORYBOT_HTTP_ADDR": addr})
	if code != exitOK {
		t.Errorf("from STORYBOT_HTTP_ADDR: exit %d, stderr %q", code, errs)
	}
	srv.Close()
	code, _, errs = runHealthTest(t, nil, srv.URL+"/healthz")
	if code != exitFail || !strings.Contains(errs, "couldn't reach") {
		t.Errorf("nothing listening: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runHealthTest(t, nil, "localhost:1"); code != exitUsage {
		t.Errorf("URL without scheme: exit %d, want %d", code, exitUsage)
	}
}

func TestHealthURL(t *testing.T) {
	for in, want := range map[string]string{
		"":               "http://127.0.0.1:9090/healthz",
		":9090":          "http://127.0.0.1:9090/healthz",
		"0.0.0.0:8000":   "http://127.0.0.1:8000/healthz",
		"[::]:8000":      "http://127.0.0.1:8000/healthz",
		"10.0.0.5:9090":  "http://10.0.0.5:9090/healthz",
		"[::1]:9090":     "http://[::1]:9090/healthz",
		"localhost:9100": "http://localhost:9100/healthz",
	} {
		if got := healthURL(in); got != want {
			t.Errorf("healthURL(%q) = %q, want %q", in, got, want)
		}
	}
}
