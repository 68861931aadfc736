package discord_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// editPath is the path of an interaction's original response.
func editPath(tok string) string {
	return "/webhooks/" + discordtest.AppID + "/" + tok + "/messages/@original"
}

// waitOK waits for a request method path the fake answered with 2xx.
func (h *harness) waitOK(from int, method, path string) (discordtest.Request, int) {
	h.t.Helper()
	r, i, err := h.srv.WaitRequest(h.ctx, from, func(r discordtest.Request) bool {
		return r.Method == method && r.Path == path && r.Status >= 200 && r.Status < 300
	})
	if err != nil {
		h.t.Fatalf("no successful %s %s: %v\nrequests: %v", method, path, err, h.srv.Requests())
	}
	return r, i
}

// Item 2: one interaction's 429 holds up that interaction only, and the
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

// Item 3: after a global 429, no REST call but interaction responses
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

// Item 4: a heartbeat left unacknowledged is seen at the next heartbeat:
// unhealthy at once, and the connection is replaced by one that resumes.
func TestZombieConnectionIsReplacedAndResumed(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	h := startWith(t, newFakeAsker(fixed("x")), func(s *discordtest.Server) {
		s.HeartbeatInterval = 250 * time.Millisecond
	}, func(o *discord.Options) { o.Status = status })
	testutil.Eventually(t, 0, "an acknowledged heartbeat", func() bool { return h.srv.CountGateway(0, "heartbeat") > 0 })
	h.srv.StopAcks(0, true)
	testutil.Eventually(t, 0, "a resume", func() bool { return h.srv.CountGateway(0, "resume") > 0 })
	if n := h.srv.CountGateway(0, "no-ack"); n > 2 {
		t.Errorf("%d heartbeats went unacknowledged before the bot gave up on the connection, want 2 at most (the missing ACK is noticed at the next heartbeat)", n)
	}
	if n := h.srv.CountGateway(0, "identify"); n != 1 {
		t.Errorf("%d IDENTIFYs: the zombie connection must be resumed, not replaced by a new session", n)
	}
	var resume discordtest.GatewayEvent
	for _, e := range h.srv.Gateway() {
		if e.Kind == "resume" {
			resume = e
		}
	}
	if resume.Session != "fake-session-0" {
		t.Errorf("resumed session %q, want fake-session-0", resume.Session)
	}
	// Unhealthy was reported before discordgo got round to its close.
	logs := h.log.Logged()
	zombie := slices.IndexFunc(logs, func(l string) bool { return strings.Contains(l, "heartbeat not acknowledged") })
	lib := slices.IndexFunc(logs, func(l string) bool { return strings.Contains(l, "discordgo reported the disconnect") })
	if zombie < 0 || lib >= 0 && lib < zombie {
		t.Errorf("the zombie connection was not reported as it was found (state log at %d, discordgo's disconnect at %d)", zombie, lib)
	}
	testutil.Eventually(t, 0, "ready again", status.Connected)
}

// Item 5: the health follows the connection as it changes, not a second
// later when discordgo reports it.
func TestHealthFollowsTheGatewayAsItHappens(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) { o.Status = status })
	testutil.Eventually(t, 0, "ready", status.Connected)
	libDisconnect := h.log.On("discordgo reported the disconnect")
	if err := h.srv.Drop(0); err != nil {
		t.Fatal(err)
	}
	dropped := time.Now()
	testutil.Eventually(t, 0, "unhealthy after the drop", func() bool { return !status.Connected() })
	lag := time.Since(dropped)
	if err := status.Check(context.Background()); err == nil || !strings.Contains(err.Error(), "shard 0 disconnected") {
		t.Errorf("health check = %v, want shard 0 disconnected", err)
	}
	select {
	case <-libDisconnect:
		t.Errorf("the health changed only when discordgo reported the disconnect (%s after the drop)", lag)
	default:
	}
	t.Logf("health unhealthy %s after the drop", lag.Round(time.Microsecond))
	testutil.Eventually(t, 0, "ready again", status.Connected)
	// One log line per change of state, not one per probe.
	for range 20 {
		_ = status.Check(context.Background())
	}
	n := 0
	for _, l := range h.log.Logged() {
		if strings.Contains(l, "Discord gateway state") && strings.Contains(l, "state=disconnected") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d log lines for one disconnect, want 1", n)
	}
}

// Item 6: after INVALID_SESSION the bot waits 1-5 s, then resumes a
// resumable session and identifies afresh otherwise.
func TestInvalidSessionWaitsThenResumesOrIdentifies(t *testing.T) {
	t.Parallel()
	for _, resumable := range []bool{true, false} {
		name := map[bool]string{true: "resumable", false: "not_resumable"}[resumable]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			status := &discord.Status{}
			waits := make(chan time.Duration, 1)
			fire := make(chan time.Time, 1)
			h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) {
				o.Status = status
				discord.SetGatewayTimers(o, func(d time.Duration) <-chan time.Time { waits <- d; return fire }, nil)
			})
			testutil.Eventually(t, 0, "ready", status.Connected)
			if err := h.srv.InvalidSession(0, resumable); err != nil {
				t.Fatal(err)
			}
			var d time.Duration
			select {
			case d = <-waits:
			case <-h.ctx.Done():
				t.Fatal("the bot never waited after INVALID_SESSION")
			}
			if d < time.Second || d > 5*time.Second {
				t.Errorf("waited %s after INVALID_SESSION, want 1-5 s", d)
			}
			if got, _ := status.State(0); got != discord.StateInvalidSession {
				t.Errorf("state while waiting = %q, want %q", got, discord.StateInvalidSession)
			}
			if n, r := h.srv.CountGateway(0, "identify"), h.srv.CountGateway(0, "resume"); n != 1 || r != 0 {
				t.Errorf("before the wait was over: %d IDENTIFYs and %d RESUMEs, want 1 and 0", n, r)
			}
			fire <- time.Now()
			if resumable {
				testutil.Eventually(t, 0, "a resume", func() bool { return h.srv.CountGateway(0, "resume") > 0 })
				if n := h.srv.CountGateway(0, "identify"); n != 1 {
					t.Errorf("%d IDENTIFYs: a resumable session must be resumed", n)
				}
			} else {
				testutil.Eventually(t, 0, "a new IDENTIFY", func() bool { return h.srv.CountGateway(0, "identify") > 1 })
				if n := h.srv.CountGateway(0, "resume"); n != 0 {
					t.Errorf("%d RESUMEs of a session Discord said cannot be resumed", n)
				}
			}
			testutil.Eventually(t, 0, "ready again", status.Connected)
		})
	}
}

func TestInvalidSessionWaitIsOneToFiveSeconds(t *testing.T) {
	t.Parallel()
	for range 1000 {
		if d := discord.InvalidSessionWait(); d < time.Second || d > 5*time.Second {
			t.Fatalf("wait %s, want 1-5 s", d)
		}
	}
}

// Item 7: a refused command registration leaves the bot answering DMs and
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

// Item 8: shutdown ends within shutdown_timeout, the gateway close
// included, even with an answer that ignores its cancellation; every
// question admitted gets a reply.
func TestShutdownEndsWithinTimeout(t *testing.T) {
	t.Parallel()
	const timeout = 1500 * time.Millisecond
	stuck := make(chan struct{})
	var release sync.Once
	t.Cleanup(func() { release.Do(func() { close(stuck) }) })
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-stuck // ignores ctx
		return answer("Too late [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) {
		o.Config.MaxInFlight = 1
		o.Config.ShutdownTimeout.Duration = timeout
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("550", "tS1", "700", "701", alice, discordtest.Ask("Stuck?", false)))
	a.next(t)
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("551", "tS2", "700", "701", bob, discordtest.Ask("Queued?", false)))
	h.waitOK(h.start, "POST", "/interactions/551/tS2/callback")
	began := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run returned %v", err)
	}
	took := time.Since(began)
	atReturn := h.srv.Requests()
	t.Logf("shutdown took %s (timeout %s)", took.Round(time.Millisecond), timeout)
	if took > timeout {
		t.Errorf("shutdown took %s, past shutdown_timeout %s", took, timeout)
	}
	// Each was told before Run returned, once.
	for _, tok := range []string{"tS1", "tS2"} {
		var told []string
		for _, r := range atReturn {
			if r.Method == "PATCH" && r.Path == editPath(tok) && r.Status == 200 {
				told = append(told, string(r.Body))
			}
		}
		if len(told) != 1 || !strings.Contains(told[0], "restarting") {
			t.Errorf("%s was told %q by the time Run returned, want the restart notice once", tok, told)
		}
	}
	// The stuck answer comes after all: it is not delivered on top of the
	// notice.
	answered := h.log.On("answered")
	release.Do(func() { close(stuck) })
	select {
	case <-answered:
	case <-h.ctx.Done():
		t.Fatal("the stuck answer never finished")
	}
	late, cancel := context.WithTimeout(h.ctx, 200*time.Millisecond)
	defer cancel()
	if r, _, err := h.srv.WaitRequest(late, len(atReturn), func(r discordtest.Request) bool {
		return r.Path == editPath("tS1")
	}); err == nil {
		t.Errorf("an answer cut off by the shutdown was delivered after the notice: %s %s", r, r.Body)
	}
	closed := slices.ContainsFunc(h.srv.Gateway(), func(e discordtest.GatewayEvent) bool {
		return e.Kind == "client-close" && e.Code == 1000 && !e.At.After(began.Add(took))
	})
	if !closed {
		t.Errorf("the gateway was not closed (close frame 1000) before Run returned: %v", h.srv.Gateway())
	}
}

// A heartbeat Discord asked for (op 1) while the last one awaits its ACK
// is no missed ACK: the connection is healthy and kept.
func TestRequestedHeartbeatIsNoMissedAck(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	h := startWith(t, newFakeAsker(fixed("x")), func(s *discordtest.Server) {
		s.HeartbeatInterval = 300 * time.Millisecond
	}, func(o *discord.Options) { o.Status = status })
	beats := func() int { return h.srv.CountGateway(0, "heartbeat") }
	testutil.Eventually(t, 0, "no acknowledged heartbeat", func() bool { return beats() > 0 })
	h.srv.AskHeartbeat(0)
	testutil.Eventually(t, 0, "Discord never asked for a heartbeat", func() bool { return h.srv.CountGateway(0, "heartbeat-request") == 1 })
	after := beats()
	// The heartbeat asked for, then the next regular one: both acknowledged.
	testutil.Eventually(t, 0, "no heartbeats after Discord asked for one", func() bool { return beats() >= after+2 })
	if n := h.log.Count("heartbeat not acknowledged"); n > 0 {
		t.Error("a heartbeat Discord asked for was taken for a missed ACK (zombie connection)")
	}
	if n := h.srv.CountGateway(0, "resume"); n > 0 || !status.Connected() {
		t.Errorf("%d resumes, connected %v: the healthy connection was replaced", n, status.Connected())
	}
}
