package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/config"
)

// runHealth runs "storybot health [URL]": it asks a running storybot's
// /healthz and exits 0 when it answers 200, 1 otherwise. It is the
// container's HEALTHCHECK, so the runtime image needs no curl or shell.
func runHealth(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("health", flag.ContinueOnError)
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this `duration`")
	const usage = "health [--timeout 5s] [URL]\n\nURL defaults to /healthz on $STORYBOT_HTTP_ADDR (port only: on 127.0.0.1), else http://127.0.0.1:9090/healthz."
	if err := parse(fs, e, args, usage); err != nil {
		return err
	}
	var url string
	switch fs.NArg() {
	case 0:
		url = healthURL(e.getenv(config.EnvName("http.addr")))
	case 1:
		url = fs.Arg(0)
	default:
		return usagef("health takes at most one URL")
	}
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return usagef("health URL %q must start with http:// or https://", url)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return usagef("bad health URL %q: %v", url, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("couldn't reach %s: %w", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode == http.StatusOK {
		fmt.Fprintln(e.stdout, "healthy")
		return nil
	}
	var h struct {
		Reason string `json:"reason"`
	}
	reason := strings.TrimSpace(string(body))
	if json.Unmarshal(body, &h) == nil && h.Reason != "" {
		reason = h.Reason
	}
	return fmt.Errorf("unhealthy (%s): %s", resp.Status, reason)
}

// healthURL turns the listener's address into the URL to probe from the
// same host: ":9090" and "0.0.0.0:9090" are probed on 127.0.0.1.
func healthURL(addr string) string {
	if addr == "" {
		return "http://127.0.0.1:9090/healthz"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/healthz"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz"
}
