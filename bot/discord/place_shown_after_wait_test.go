package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

// A question that has waited longer than PlaceAfter is shown its place,
// however long ago it was queued.
func TestPlaceShownOnceWaitedLongEnough(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		if q.Text == "Slow?" {
			<-release
		}
		return answer("Answer to " + q.Text + " [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) {
		o.Config.MaxInFlight = 1
		o.PlaceAfter = time.Nanosecond
	})
	defer close(release)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("590", "tP1", "700", "701", alice, discordtest.Ask("Slow?", false)))
	a.next(t)
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("591", "tP2", "700", "701", bob, discordtest.Ask("Queued?", false)))
	place, _ := h.waitOK(h.start, "PATCH", editPath("tP2"))
	if !strings.Contains(string(place.Body), "next in line") {
		t.Errorf("the waiting interaction shows %s, want its place", place.Body)
	}
}
