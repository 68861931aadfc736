package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

// syncBuffer is a bytes.Buffer safe for the bot's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeEndToEnd runs `DISCORD_TOKEN=x storybot serve` against a
// loopback Discord: the real discordgo client, the real bot over the seed
// corpus. It answers a slash command and a DM, and nothing it sends can
// ping anyone.
func TestServeEndToEnd(t *testing.T) {
	const tok = "tok-7f3a9c2e-serve-test" // distinctive, so a leak into the log is found
	srv := discordtest.New(tok)
	defer srv.Close()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "storybot.toml")
	if err := os.WriteFile(cfgFile, []byte("[discord]\napi_url = \""+srv.URL+"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A guard, not a measurement: a broken test fails instead of hanging.
	guard, cancelGuard := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancelGuard()
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var stderr syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &stderr, stderr: &stderr, getenv: func(k string) string {
		return map[string]string{"DISCORD_TOKEN": tok}[k]
	}}
	code := make(chan int, 1)
	go func() {
		code <- runEnv(ctx, []string{"serve", "--config", cfgFile, "--data", filepath.Join(dir, "data"), "--http", "127.0.0.1:0"}, e)
		cancelGuard() // stop waiting: serve is gone
	}()

	if _, _, err := srv.WaitRequest(guard, 0, func(r discordtest.Request) bool { return r.Method == "PUT" }); err != nil {
		t.Fatalf("commands never registered: %v\n%s", err, stderr.String())
	}
	alice := discordtest.User{ID: "300000000000000001", Name: "alice"}
	question := "What did the attorney general raise the death toll to?"
	if err := srv.Dispatch("INTERACTION_CREATE", discordtest.Interaction("501", "tok", "700", "701", alice, discordtest.Ask(question, false))); err != nil {
		t.Fatal(err)
	}
	if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("601", "", "710", alice, question, false, "")); err != nil {
		t.Fatal(err)
	}
	const want = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. [1]"
	edit, _, err := srv.WaitRequest(guard, 0, func(r discordtest.Request) bool {
		return r.Method == "PATCH" && r.Path == "/webhooks/"+discordtest.AppID+"/tok/messages/@original"
	})
	if err != nil {
		t.Fatalf("no answer to /ask: %v\n%s", err, stderr.String())
	}
	dm, _, err := srv.WaitRequest(guard, 0, func(r discordtest.Request) bool {
		return r.Method == "POST" && r.Path == "/channels/710/messages"
	})
	if err != nil {
		t.Fatalf("no reply to the DM: %v\n%s", err, stderr.String())
	}
	for name, r := range map[string]discordtest.Request{"slash": edit, "dm": dm} {
		m, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		if m["content"] != want {
			t.Errorf("%s answer = %q, want %q", name, m["content"], want)
		}
		embeds, _ := m["embeds"].([]any)
		if len(embeds) != 1 || !strings.Contains(string(r.Body), "000_ed2ba48890825abd.txt") || !strings.Contains(string(r.Body), "bytes 473–567") {
			t.Errorf("%s answer lacks the sources embed citing 000_ed2ba48890825abd.txt bytes 473–567: %s", name, r.Body)
		}
	}
	checked := 0
	for _, r := range srv.Requests() {
		if err := r.CheckNoPings(); err != nil {
			t.Error(err)
		}
		if r.CarriesMessage() {
			checked++
		}
	}
	if checked < 3 { // the deferred callback, the edit, the DM reply
		t.Errorf("only %d requests carried a message", checked)
	}
	// Health and metrics: the listener's address is in the log.
	base := "http://" + logField(t, stderr.String(), "serving health and metrics", "addr")
	health := httpGet(t, base+"/healthz")
	if !strings.Contains(health, `"status":"ok"`) || !strings.Contains(health, `"discord":"ok"`) || !strings.Contains(health, `"index":"ok"`) {
		t.Errorf("/healthz = %s, want ok with index and discord checks", health)
	}
	scrape := httpGet(t, base+"/metrics")
	for _, want := range []string{
		`storybot_questions_total{mode="extractive",outcome="answered",surface="slash"} 1`,
		`storybot_questions_total{mode="extractive",outcome="answered",surface="dm"} 1`,
	} {
		if !strings.Contains(scrape, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	stop() // as SIGINT does
	select {
	case c := <-code:
		if c != exitOK {
			t.Errorf("serve exited %d, want 0\n%s", c, stderr.String())
		}
	case <-time.After(60 * time.Second): // a guard, not a measurement
		t.Fatal("serve did not exit after the signal")
	}
	if strings.Contains(stderr.String(), tok) || !strings.Contains(stderr.String(), "answered") {
		t.Errorf("log: %s", stderr.String())
	}
}

func TestServeTokenErrors(t *testing.T) {
	srv := discordtest.New("right")
	defer srv.Close()
	for _, tt := range []struct{ name, token, want string }{
		{"missing", "", "storybot serve: DISCORD_TOKEN is not set"},
		{"rejected", "wrong", "storybot serve: discord rejected the bot token (check DISCORD_TOKEN)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stderr syncBuffer
			e := &env{stdin: strings.NewReader(""), stdout: &stderr, stderr: &stderr, getenv: func(k string) string {
				switch k {
				case "DISCORD_TOKEN":
					return tt.token
				case "STORYBOT_DISCORD_API_URL":
					return srv.URL
				}
				return ""
			}}
			code := runEnv(context.Background(), []string{"serve", "--data", t.TempDir()}, e)
			out := strings.TrimSpace(stderr.String())
			lines := strings.Split(out, "\n")
			last := lines[len(lines)-1]
			if code != exitFail || !strings.HasPrefix(last, tt.want) {
				t.Errorf("exit %d, last line %q; want exit 1 and %q", code, last, tt.want)
			}
			if tt.token != "" && strings.Contains(out, tt.token) {
				t.Errorf("output shows the token: %s", out)
			}
		})
	}
}

// logField finds the first log line containing msg and returns the value
// of key=value in it.
func logField(t *testing.T, log, msg, key string) string {
	t.Helper()
	for _, line := range strings.Split(log, "\n") {
		if !strings.Contains(line, msg) {
			continue
		}
		for _, f := range strings.Fields(line) {
			if v, ok := strings.CutPrefix(f, key+"="); ok {
				return strings.Trim(v, `"`)
			}
		}
	}
	t.Fatalf("no %q line with %s= in the log:\n%s", msg, key, log)
	return ""
}

func httpGet(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestServeLLMStreamsIntoDiscord runs every real part together: serve with
// the go-openai client against a loopback model server that streams, and
// discordgo against a loopback Discord. A DM is answered by streaming into
// one reply, which ends as the checked, cited model answer.
func TestServeLLMStreamsIntoDiscord(t *testing.T) {
	run := serveStream(t, `The attorney general "raised the death toll from the violence from 18 to 31" [N] @everyone. The toll had been 18 [N].`)
	// The reply is posted with the first streamed text, then edited into
	// the final answer with its sources.
	if len(run.shown) < 2 || run.last.Method != "PATCH" {
		t.Fatalf("the streamed reply was never edited into the final answer: %q\n%s", run.shown, run.log)
	}
	const want = "The attorney general \"raised the death toll from the violence from 18 to 31\" [1] @\u200beveryone. The toll had been 18 [1]."
	if got := run.shown[len(run.shown)-1]; got != want {
		t.Errorf("final answer = %q, want %q", got, want)
	}
	if !strings.Contains(string(run.last.Body), "000_ed2ba48890825abd.txt") {
		t.Errorf("final answer has no sources embed: %s", run.last.Body)
	}
	if run.exit != exitOK {
		t.Errorf("serve exited %d\n%s", run.exit, run.log)
	}
	if strings.Contains(run.log, streamToken) || strings.Contains(run.log, streamAPIKey) {
		t.Errorf("a secret reached the log:\n%s", run.log)
	}
	if !strings.Contains(run.log, "mode=llm") {
		t.Errorf("the answer was not logged in LLM mode:\n%s", run.log)
	}
}
