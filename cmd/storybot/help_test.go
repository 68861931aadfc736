package main

import (
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/eval"
)

// Help texts, help CMD, version, milliseconds.
func TestHelpVersionAndMilliseconds(t *testing.T) {
	_, _, stderr := cli(t, "", "health", "--help")
	if strings.Contains(stderr, "-timeout long") || !strings.Contains(stderr, "-timeout duration") {
		t.Errorf("health --help:\n%s", stderr)
	}
	_, _, stderr = cli(t, "", "serve", "--help")
	if strings.Contains(stderr, "(default -1)") || !strings.Contains(stderr, "(default discord.shard_count)") {
		t.Errorf("serve --help:\n%s", stderr)
	}
	code, _, stderr := cli(t, "", "help", "ask")
	if code != exitOK || !strings.HasPrefix(stderr, "Usage: storybot ask") || !strings.Contains(stderr, "-json") {
		t.Errorf("help ask: exit %d\n%s", code, stderr)
	}
	code, stdout, _ := cli(t, "", "version")
	if code != exitOK || !strings.HasPrefix(stdout, "storybot ") {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2025-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionLine(info), "storybot v1.2.3 (revision 0123abcd, 2025-01-02T03:04:05Z, modified; go1.26.8)"; got != want {
		t.Errorf("versionLine = %q, want %q", got, want)
	}
	data := t.TempDir()
	cli(t, "", withData(t, data, "index")...)
	_, stdout, _ = cli(t, "", withData(t, data, "index")...)
	if !strings.Contains(stdout, "from snapshot in ") || !strings.Contains(stdout, " ms\n") || strings.Contains(stdout, " in 0s") {
		t.Errorf("index time not in milliseconds:\n%s", stdout)
	}
	if got := millis(400 * time.Microsecond); got != "0.4 ms" {
		t.Errorf("millis(400µs) = %q", got)
	}
}

// eval --help describes the question file: every key a question may have.
func TestEvalHelpDescribesTheFile(t *testing.T) {
	code, _, stderr := cli(t, "", "eval", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	ct := reflect.TypeOf(eval.Case{})
	for i := range ct.NumField() {
		key, _, _ := strings.Cut(ct.Field(i).Tag.Get("json"), ",")
		if key != "" && !strings.Contains(stderr, `"`+key+`"`) {
			t.Errorf("eval --help does not describe %q:\n%s", key, stderr)
		}
	}
	if !strings.Contains(stderr, "JSON Lines") || !strings.Contains(stderr, `{"id": `) {
		t.Errorf("eval --help gives no format or example:\n%s", stderr)
	}
}
