package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/llm/llmtest"
)

// TestStreamShowsOnlyCheckedText runs serve with every real part (go-openai
// streaming from a slow loopback model, discordgo against a loopback
// Discord) and records every text the reply shows, edit by edit. Nothing
// on screen is ever withdrawn but by the one replacement of a fallback,
// and an unsupported claim or the not-found marker is never on screen.
func TestStreamShowsOnlyCheckedText(t *testing.T) {
	// Each reply cites the passage holding the death toll as [N].
	tests := []struct {
		name, reply string
		fallback    bool     // the final answer replaces what streamed
		minEdits    int      // texts shown, the final one included
		neverShown  []string // at no edit
		finalHas    string
	}{
		{
			name: "an unsupported claim in the middle is dropped, the rest streams",
			reply: `The attorney general raised the death toll from 18 to 31 [N]. ` +
				`Officials said 42 soldiers died in the assault [N]. ` +
				`The toll had been 18 before Tuesday [N].`,
			neverShown: []string{"42"},
			finalHas:   "The toll had been 18 before Tuesday",
			minEdits:   2,
		},
		{
			name: "a reply that ends unsupported falls back with one replacement",
			reply: `The attorney general spoke on Tuesday [N]. ` +
				`In all 42 people died in the violence [N].`,
			fallback:   true,
			neverShown: []string{"42"},
			minEdits:   2,
		},
		{
			name:       "the not-found marker never shows, even half streamed",
			reply:      `NOT_IN_PASSAGES`,
			neverShown: []string{"NOT_", "NOT_IN"},
			finalHas:   "The stories don't say.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, final := streamIntoDiscord(t, tt.reply)
			if len(shown) < tt.minEdits {
				t.Fatalf("%d texts shown, want at least %d (the reply must stream): %q", len(shown), tt.minEdits, shown)
			}
			for i, s := range shown {
				if i > 0 && !strings.HasPrefix(s, shown[i-1]) && !(tt.fallback && i == len(shown)-1) {
					t.Errorf("edit %d withdraws text:\n before %q\n after  %q", i, shown[i-1], s)
				}
				for _, bad := range tt.neverShown {
					if strings.Contains(s, bad) {
						t.Errorf("edit %d shows %q: %q", i, bad, s)
					}
				}
			}
			if tt.finalHas != "" && !strings.Contains(final, tt.finalHas) {
				t.Errorf("final answer %q lacks %q", final, tt.finalHas)
			}
			if tt.fallback && len(shown) > 1 && strings.HasPrefix(final, shown[len(shown)-2]) {
				t.Errorf("a fallback that kept the streamed text: %q", final)
			}
		})
	}
}

// streamRun is one DM question answered by serve with a streaming model.
type streamRun struct {
	shown []string            // the reply's content at every post and edit
	last  discordtest.Request // the last post or edit of the reply
	log   string              // what serve logged
	exit  int                 // serve's exit code after the signal
}

// streamIntoDiscord asks one DM question of a bot whose model streams
// reply slowly, and returns the content of the reply at every post and
// edit, and the final content.
func streamIntoDiscord(t *testing.T, reply string) (shown []string, final string) {
	t.Helper()
	r := serveStream(t, reply)
	return r.shown, r.shown[len(r.shown)-1]
}

// The secrets serveStream gives serve; none may reach its log.
const (
	streamToken  = "tok-stream-6c1d"
	streamAPIKey = "sk-loopback-stream"
)

// serveStream runs serve with every real part (go-openai streaming from a
// loopback model writing 12 bytes every 40 ms, discordgo against a
// loopback Discord), asks one DM question, and stops serve once the answer
// is done. reply is the model's, [N] standing for the passage holding the
// death toll.
func serveStream(t *testing.T, reply string) streamRun {
	t.Helper()
	dsrv := discordtest.New(streamToken)
	defer dsrv.Close()
	model := llmtest.New("")
	defer model.Close()
	model.SetStreamDelay(40 * time.Millisecond)
	passage := regexp.MustCompile(`(?s)<passage n="(\d+)"[^>]*>(.*?)</passage>`)
	model.SetReply(func(req openai.ChatCompletionRequest) string {
		for _, m := range passage.FindAllStringSubmatch(req.Messages[len(req.Messages)-1].Content, -1) {
			if strings.Contains(m[2], "from 18 to 31") {
				return strings.ReplaceAll(reply, "[N]", "["+m[1]+"]")
			}
		}
		return "NOT_IN_PASSAGES"
	})
	guard, cancelGuard := context.WithTimeout(context.Background(), 60*time.Second) // a guard, not a measurement
	defer cancelGuard()
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var stderr syncBuffer
	vars := map[string]string{
		"DISCORD_TOKEN": streamToken, "STORYBOT_DISCORD_API_URL": dsrv.URL,
		"OPENAI_BASE_URL": model.BaseURL(), "OPENAI_API_KEY": streamAPIKey,
	}
	e := &env{stdin: strings.NewReader(""), stdout: &stderr, stderr: &stderr, getenv: func(k string) string { return vars[k] }}
	code := make(chan int, 1)
	go func() {
		code <- runEnv(ctx, []string{"serve", "--data", filepath.Join(t.TempDir(), "data")}, e)
	}()
	if _, _, err := dsrv.WaitRequest(guard, 0, func(r discordtest.Request) bool { return r.Method == "PUT" }); err != nil {
		t.Fatalf("commands never registered: %v\n%s", err, stderr.String())
	}
	alice := discordtest.User{ID: "300000000000000001", Name: "alice"}
	if err := dsrv.Dispatch("MESSAGE_CREATE", dsrv.UserMessage("601", "", "710", alice, "How many people died?", false, "")); err != nil {
		t.Fatal(err)
	}
	// The answer is done when a message carries the sources embed, or,
	// for an abstention, when it is posted or edited with the polite line.
	if _, _, err := dsrv.WaitRequest(guard, 0, func(r discordtest.Request) bool {
		return (r.Method == "POST" || r.Method == "PATCH") && strings.HasPrefix(r.Path, "/channels/710/messages") &&
			(strings.Contains(string(r.Body), "embeds\":[{") || strings.Contains(string(r.Body), "The stories don't say."))
	}); err != nil {
		t.Fatalf("the answer never arrived: %v\n%s", err, stderr.String())
	}
	var run streamRun
	for _, r := range dsrv.Requests() {
		if (r.Method != "POST" && r.Method != "PATCH") || !strings.HasPrefix(r.Path, "/channels/710/messages") {
			continue
		}
		m, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		content, _ := m["content"].(string)
		run.shown = append(run.shown, content)
		run.last = r
		if err := r.CheckNoPings(); err != nil {
			t.Error(err)
		}
	}
	stop()
	select {
	case run.exit = <-code:
	case <-guard.Done():
		t.Fatal("serve did not exit after the signal")
	}
	if len(run.shown) == 0 {
		t.Fatal("nothing was shown")
	}
	run.log = stderr.String()
	return run
}
