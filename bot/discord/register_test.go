package discord_test

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

func TestRegistersCommandsWithMinimalIntents(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, guild, path string
		content           bool
		intents           float64
	}{
		// GUILD_MESSAGES 1<<9 | DIRECT_MESSAGES 1<<12; MESSAGE_CONTENT 1<<15.
		{"global", "", "/applications/" + discordtest.AppID + "/commands", false, 512 + 4096},
		{"guild", "700", "/applications/" + discordtest.AppID + "/guilds/700/commands", true, 512 + 4096 + 32768},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) {
				o.Config.GuildID = tt.guild
				o.Config.MessageContent = tt.content
			})
			r, _ := h.wait(0, "PUT", tt.path)
			var got []map[string]any
			if err := json.Unmarshal(r.Body, &got); err != nil {
				t.Fatal(err)
			}
			want := []map[string]any{
				{"type": 1.0, "name": "ask", "description": "Ask a question about the stories; the answer cites its sources",
					"options": []any{
						map[string]any{"type": 3.0, "name": "question", "description": "Your question", "required": true, "max_length": 1000.0},
						map[string]any{"type": 5.0, "name": "private", "description": "Show the answer to you only", "required": false},
					}},
				{"type": 1.0, "name": "sources", "description": "List the stories I can answer from", "options": nil},
				{"type": 1.0, "name": "summary", "description": "Summarise a story in a few cited sentences", "options": []any{
					map[string]any{"type": 3.0, "name": "story", "description": "Which story: words of its title or its file name (leave out when there is one)", "max_length": 1000.0, "required": false},
				}},
				{"type": 1.0, "name": "help", "description": "How to ask me questions", "options": nil},
				{"type": 3.0, "name": "Ask storybot", "options": nil},
			}
			if d := cmp.Diff(want, clean(got)); d != "" {
				t.Errorf("bulk overwrite body (-want +got):\n%s", d)
			}
			ids := h.srv.Identify()
			if len(ids) != 1 {
				t.Fatalf("%d IDENTIFY payloads, want 1", len(ids))
			}
			var id struct {
				D struct {
					Token   string  `json:"token"`
					Intents float64 `json:"intents"`
				} `json:"d"`
			}
			if err := json.Unmarshal(ids[0], &id); err != nil {
				t.Fatal(err)
			}
			if id.D.Intents != tt.intents || id.D.Token != "Bot "+token {
				t.Errorf("IDENTIFY intents %v token ok %v, want intents %v", id.D.Intents, id.D.Token == "Bot "+token, tt.intents)
			}
			// The client heartbeats and the fake ACKs (else it would reconnect).
			if err := h.srv.Wait(h.ctx, func(s *discordtest.Server) bool { return s.Heartbeats() > 0 }); err != nil {
				t.Error(err)
			}
			if err := h.stop(); err != nil {
				t.Errorf("Run returned %v after shutdown, want nil", err)
			}
		})
	}
}

// clean drops the options' keys discordgo always writes with their zero
// value (null, or autocomplete false), which Discord reads as unset.
func clean(cmds []map[string]any) []map[string]any {
	for _, c := range cmds {
		opts, _ := c["options"].([]any)
		for _, o := range opts {
			o := o.(map[string]any)
			for k, v := range o {
				if v == nil || k == "autocomplete" && v == false {
					delete(o, k)
				}
			}
		}
	}
	return cmds
}

// A refused command registration leaves the bot answering DMs and
// mentions, logged with Discord's reason, degraded, and retried.
func TestRefusedCommandRegistrationIsNotFatal(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	const body = `{"message": "Invalid Form Body", "code": 50035, "errors": {"0": {"name": {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}}}}`
	cmds := "/applications/" + discordtest.AppID + "/commands"
	h := startWith(t, newFakeAsker(fixed("Two metres [1].")), func(s *discordtest.Server) {
		s.Fail("PUT", cmds, 1000, 400, body)
	}, func(o *discord.Options) {
		o.Status = status
		discord.SetRegisterRetry(o, 30*time.Millisecond)
	})
	if status.Commands() == nil {
		t.Error("Status says the commands are registered after a 400")
	}
	if !slices.ContainsFunc(h.log.Logged(), func(l string) bool {
		return strings.HasPrefix(l, "ERROR") && strings.Contains(l, "APPLICATION_COMMAND_INVALID_NAME")
	}) {
		t.Error("the refusal was not logged with Discord's reason")
	}
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("660", "", "710", alice, "How high?", false, ""))
	h.waitOK(h.start, "POST", "/channels/710/messages")
	mention := h.srv.UserMessage("661", "700", "701", alice, "<@"+discordtest.BotID+"> how high?", true, "")
	h.dispatch("MESSAGE_CREATE", mention)
	h.waitOK(h.start, "POST", "/channels/701/messages")
	before := len(h.srv.Requests())
	testutil.Eventually(t, 0, "a second attempt", func() bool {
		_, _, err := h.srv.WaitRequest(h.ctx, before, func(r discordtest.Request) bool { return r.Method == "PUT" })
		return err == nil
	})
	h.srv.ClearFailures("PUT", cmds)
	h.waitOK(h.start, "PUT", cmds)
	testutil.Eventually(t, 0, "commands registered", func() bool { return status.Commands() == nil })
}

// registerTimer records the waits before registering again and ends each
// at once.
type registerTimer struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (r *registerTimer) after(d time.Duration) <-chan time.Time {
	r.mu.Lock()
	r.waits = append(r.waits, d)
	r.mu.Unlock()
	ch := make(chan time.Time, 1)
	ch <- time.Now()
	return ch
}

func (r *registerTimer) got() []time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.waits)
}

const invalidForm = `{"message": "Invalid Form Body", "code": 50035}`

var commandsPath = "/applications/" + discordtest.AppID + "/commands"

// A refused registration is tried again after 30 ms, then 60, 120, 240:
// doubling, up to ten minutes.
func TestRegistrationIsRetriedWithBackoff(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	timer := &registerTimer{}
	startWith(t, newFakeAsker(fixed("x")), func(s *discordtest.Server) {
		s.Fail("PUT", commandsPath, 4, 400, invalidForm)
	}, func(o *discord.Options) {
		o.Status = status
		discord.SetRegisterRetry(o, 30*time.Millisecond)
		discord.SetRegisterTimer(o, timer.after)
	})
	testutil.Eventually(t, 0, "the commands never registered", func() bool { return status.Commands() == nil })
	want := []time.Duration{30 * time.Millisecond, 60 * time.Millisecond, 120 * time.Millisecond, 240 * time.Millisecond}
	if got := timer.got(); !slices.Equal(got, want) {
		t.Errorf("waited %v before registering again, want %v", got, want)
	}
	for _, c := range []struct{ wait, next time.Duration }{{4 * time.Minute, 8 * time.Minute}, {8 * time.Minute, 10 * time.Minute}, {10 * time.Minute, 10 * time.Minute}} {
		if got := discord.NextRegisterWait(c.wait); got != c.next {
			t.Errorf("after waiting %s the next wait is %s, want %s (at most ten minutes)", c.wait, got, c.next)
		}
	}
}

// Once Discord rejects the token, registering again is pointless: the bot
// stops trying (and says so).
func TestRegistrationStopsWhenTheTokenIsRejected(t *testing.T) {
	t.Parallel()
	timer := &registerTimer{}
	h := startWith(t, newFakeAsker(fixed("x")), func(s *discordtest.Server) {
		s.Fail("PUT", commandsPath, 1, 400, invalidForm)
		s.Fail("PUT", commandsPath, 1000, 401, `{"message": "401: Unauthorized", "code": 0}`)
	}, func(o *discord.Options) {
		discord.SetRegisterRetry(o, 30*time.Millisecond)
		discord.SetRegisterTimer(o, timer.after)
	})
	testutil.Eventually(t, 0, "the bot did not give up registering after Discord rejected the token", func() bool {
		return h.log.Count("Discord rejected the bot token: not registering the commands again") > 0
	})
	puts := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "PUT" {
			puts++
		}
	}
	if puts != 2 || len(timer.got()) != 1 {
		t.Errorf("%d registrations and %d waits, want 2 and 1: the refused one, then the rejected one", puts, len(timer.got()))
	}
}
