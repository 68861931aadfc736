package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/llm/llmtest"
)

// cliEnv runs storybot in process with the given environment variables.
func cliEnv(t *testing.T, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return cliNotice(t, 0, vars, stdin, args...)
}

// cliNotice is cliEnv with the wait before a notice set to notice.
func cliNotice(t *testing.T, notice time.Duration, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }, waitNotice: notice}
	return runEnv(context.Background(), args, e), out.String(), errb.String()
}

// jsonKeys lists a JSON object's keys in the order they are written.
func jsonKeys(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %q", line)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func (s *syncBuffer) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Len()
}

// waitFor waits until the output after offset from holds want, and
// returns that output.
func (s *syncBuffer) waitFor(t *testing.T, from int, want string) string {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		s.mu.Lock()
		got := s.b.String()[from:]
		s.mu.Unlock()
		if strings.Contains(got, want) {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the output:\n%s", want, got)
		}
	}
}

// waitFor polls cond for up to 20 s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 20s")
		}
	}
}

// indexedWithModel starts a loopback model server and indexes the
// repository's corpus with it into a new data directory. It returns the
// server (closed when the test ends), the environment that names it, the
// data directory and the snapshot written there.
func indexedWithModel(t *testing.T) (srv *llmtest.Server, vars map[string]string, data string, snap os.FileInfo) {
	t.Helper()
	srv = llmtest.New("")
	t.Cleanup(srv.Close)
	vars = map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	data = t.TempDir()
	if code, _, stderr := cliEnv(t, vars, "", withData(t, data, "index")...); code != exitOK {
		t.Fatal(stderr)
	}
	snap, err := os.Stat(filepath.Join(data, "index.snap"))
	if err != nil {
		t.Fatal(err)
	}
	return srv, vars, data, snap
}
