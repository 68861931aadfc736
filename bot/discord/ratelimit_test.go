package discord_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

func TestRESTRateLimitIsRetried(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Two metres [1].")), nil)
	h.srv.RateLimit("POST", "/channels/710/messages", 1)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("630", "", "710", alice, "How high?", false, ""))
	first, i := h.wait(h.start, "POST", "/channels/710/messages")
	retry, _ := h.wait(i+1, "POST", "/channels/710/messages")
	if string(first.Body) != string(retry.Body) {
		t.Errorf("retry body differs:\n%s\n%s", first.Body, retry.Body)
	}
	// The retried reply reached the fake's store.
	if err := h.srv.Wait(h.ctx, func(s *discordtest.Server) bool {
		m := s.ReplyTo("630")
		return m != nil && strings.HasPrefix(m["content"].(string), "Two metres")
	}); err != nil {
		t.Error(err)
	}
	h.checkNoPings()
}

// One interaction's 429 holds up that interaction only, and the
// answering slot is free while an answer waits to be delivered.
func TestOneInteractionsRateLimitStallsOnlyItself(t *testing.T) {
	t.Parallel()
	h := startWith(t, newFakeAsker(fixed("Yes [1].")), func(s *discordtest.Server) {
		s.Limit("PATCH", editPath("tA"), discordtest.Limit{RetryAfter: 1500 * time.Millisecond})
	}, func(o *discord.Options) { o.Config.MaxInFlight = 1 })
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("540", "tA", "700", "701", alice, discordtest.Ask("First?", false)))
	limited, _, err := h.srv.WaitRequest(h.ctx, h.start, func(r discordtest.Request) bool {
		return r.Method == "PATCH" && r.Path == editPath("tA") && r.Status == 429
	})
	if err != nil {
		t.Fatal(err)
	}
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	carol := discordtest.User{ID: "300000000000000003", Name: "carol"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("541", "tB", "700", "701", bob, discordtest.Ask("Second?", false)))
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("542", "tC", "700", "701", carol, discordtest.Ask("Third?", false)))
	rb, b := h.waitOK(h.start, "PATCH", editPath("tB"))
	rc, c := h.waitOK(h.start, "PATCH", editPath("tC"))
	// Within the 429's own window: no other interaction waited it out.
	for _, r := range []discordtest.Request{rb, rc} {
		if d := r.At.Sub(limited.At); d >= 1500*time.Millisecond {
			t.Errorf("%s was delivered %s after another interaction's 429, inside its retry_after of 1.5 s it must not wait", r.Path, d)
		}
	}
	retried, a := h.waitOK(h.start, "PATCH", editPath("tA"))
	if a < b || a < c {
		t.Errorf("the other answers were delivered after the rate-limited one's retry (request %d, after %d and %d): one 429 stalled them", a, b, c)
	}
	if !strings.Contains(string(retried.Body), "Yes [1].") {
		t.Errorf("the rate-limited answer's retry = %s", retried.Body)
	}
	t.Logf("429 at %s; other answers delivered before the retry %s later", limited.At.Format("15:04:05.000"), retried.At.Sub(limited.At).Round(time.Millisecond))
}

// restCounter counts REST errors by status and scope.
type restCounter struct {
	*countingMetrics
	mu     sync.Mutex
	errors map[string]int
}

func (m *restCounter) RESTError(status int, scope string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.errors[strconv.Itoa(status)+" "+scope]++
}

// After a global 429, no REST call but interaction responses
// reaches Discord until the limit is over; 401/403/429 are counted.
func TestGlobalRateLimitPausesEveryRESTCall(t *testing.T) {
	t.Parallel()
	m := &restCounter{countingMetrics: &countingMetrics{answered: map[string]int{}, rateLimited: map[string]int{}}, errors: map[string]int{}}
	const window = 1500 * time.Millisecond
	h := startWith(t, newFakeAsker(fixed("Two metres [1].")), func(s *discordtest.Server) {
		s.Limit("POST", "/channels/710/messages", discordtest.Limit{RetryAfter: window, Global: true})
	}, func(o *discord.Options) { o.Metrics = m })
	paused := h.log.On("Discord global rate limit: pausing REST calls")
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("650", "", "710", alice, "How high?", false, ""))
	limited, _, err := h.srv.WaitRequest(h.ctx, h.start, func(r discordtest.Request) bool { return r.Status == 429 })
	if err != nil {
		t.Fatal(err)
	}
	// Requests already on their way when Discord sent the 429 are not the
	// bot's fault: the rest of the test starts once the bot has read it.
	testutil.Recv(t, paused, guard, "the global 429 was never read")
	// During the limit: a DM elsewhere (typing, reply) and an interaction.
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("651", "", "711", bob, "How high?", false, ""))
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("543", "tG", "700", "701", bob, discordtest.Ask("How high?", false)))
	cb, _ := h.waitOK(h.start, "POST", "/interactions/543/tG/callback")
	h.waitOK(h.start, "POST", "/channels/710/messages")
	h.waitOK(h.start, "POST", "/channels/711/messages")
	h.waitOK(h.start, "PATCH", editPath("tG"))
	if v := h.srv.GlobalViolations(); v != 0 {
		t.Errorf("%d requests reached Discord during the global rate limit", v)
	}
	if n := h.srv.TooManyRequests(); n != 1 {
		t.Errorf("Discord gave %d 429s, want the one", n)
	}
	if cb.At.Sub(limited.At) >= window {
		t.Errorf("the interaction was acknowledged %s after the global 429: interaction endpoints are exempt and must not wait", cb.At.Sub(limited.At))
	}
	m.mu.Lock()
	if m.errors["429 global"] != 1 {
		t.Errorf("REST errors counted: %v, want one 429 global", m.errors)
	}
	m.mu.Unlock()
}

func TestUserRateLimitAnswersPolitely(t *testing.T) {
	t.Parallel()
	metrics := &countingMetrics{answered: map[string]int{}, rateLimited: map[string]int{}}
	h := start(t, newFakeAsker(fixed("Yes [1].")), func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001 // one question, then none for the test's life
		o.Metrics = metrics
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("510", "t10", "700", "701", alice, discordtest.Ask("First?", false)))
	h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/t10/messages/@original")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("511", "t11", "700", "701", alice, discordtest.Ask("Second?", false)))
	r, _ := h.wait(h.start, "POST", "/interactions/511/t11/callback")
	var body struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &body); err != nil {
		t.Fatal(err)
	}
	if body.Type != 4 || body.Data.Flags != 64 || !strings.Contains(body.Data.Content, "Please wait a minute") {
		t.Errorf("rate-limited response = %+v, want an ephemeral notice (type 4, flags 64)", body)
	}
	// Another user is not limited by alice's bucket.
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("512", "t12", "700", "701", bob, discordtest.Ask("Third?", false)))
	h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/t12/messages/@original")
	metrics.mu.Lock()
	if metrics.rateLimited["slash"] != 1 || metrics.answered["slash"] != 2 {
		t.Errorf("metrics: rate limited %v, answered %v; want 1 and 2 on slash", metrics.rateLimited, metrics.answered)
	}
	metrics.mu.Unlock()
	h.checkNoPings()
}

// DMs and mentions pass through the per-user rate limit too.
func TestDMsAndMentionsAreRateLimited(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001
	})
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("680", "", "730", alice, "How high?", false, ""))
	a.next(t)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("681", "", "730", alice, "And again?", false, ""))
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("682", "700", "731", alice, "<@"+discordtest.BotID+"> and here?", true, ""))
	// Each message is either refused (logged) or asked: wait for all three,
	// so a limit skipped on either surface fails here at once, by name.
	refused := func() (dm, mention int) {
		for _, l := range h.log.Logged() {
			switch {
			case strings.Contains(l, "rate limited surface=dm "):
				dm++
			case strings.Contains(l, "rate limited surface=mention "):
				mention++
			}
		}
		return dm, mention
	}
	testutil.Eventually(t, 0, "all three messages refused or asked", func() bool {
		dm, mention := refused()
		return dm+mention+len(a.Questions()) >= 3
	})
	if dm, mention := refused(); dm != 1 || mention != 1 {
		t.Errorf("refused %d DMs and %d mentions, want 1 and 1: both surfaces are rate limited", dm, mention)
	}
	if n := len(a.Questions()); n != 1 {
		t.Errorf("%d questions reached the bot, want 1: the rest are over the limit", n)
	}
	// The two arrive side by side: whichever was refused first is told.
	testutil.Eventually(t, 0, "the notice", func() bool { return h.srv.ReplyTo("681") != nil || h.srv.ReplyTo("682") != nil })
	notice := h.srv.ReplyTo("681")
	if notice == nil {
		notice = h.srv.ReplyTo("682")
	}
	if c := notice["content"].(string); !strings.Contains(c, "faster than I can keep up") {
		t.Errorf("a message over the limit was told %q", c)
	}
}

// The rate-limit notice is sent once per run of refusals, not each time.
func TestRateLimitNoticeIsSentOnce(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001
	})
	ignored := h.log.On("rate limited")
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("683", "", "732", alice, "How high?", false, ""))
	a.next(t)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("684", "", "732", alice, "Again?", false, ""))
	testutil.Recv(t, ignored, guard, "the second question was not rate limited")
	for n := range 3 {
		seen := h.log.On("rate limited")
		h.dispatch("MESSAGE_CREATE", h.srv.UserMessage(fmt.Sprint(685+n), "", "732", alice, "Again?", false, ""))
		testutil.Recv(t, seen, guard, "a question over the limit was not refused")
	}
	testutil.Eventually(t, 0, "the answer and the notice", func() bool { return h.srv.ReplyTo("683") != nil && h.srv.ReplyTo("684") != nil })
	// Every delivery in the channel's lane is done once a later one is:
	// ask the lane for one more reply (a DM from someone else).
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("690", "", "732", bob, "How high?", false, ""))
	testutil.Eventually(t, 0, "bob's answer", func() bool { return h.srv.ReplyTo("690") != nil })
	notices := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "POST" && r.Path == "/channels/732/messages" && strings.Contains(string(r.Body), "faster than I can keep up") {
			notices++
		}
	}
	if notices != 1 {
		t.Errorf("%d rate-limit notices for four refusals in a row, want 1", notices)
	}
}
