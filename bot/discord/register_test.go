package discord_test

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

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
