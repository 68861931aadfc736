package discord_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

// /ask with only spaces is told how to ask, not that something failed.
func TestBlankAskGetsHowToAsk(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("671", "tE1", "700", "701", alice, discordtest.Ask("   ", false)))
	r, _ := h.wait(h.start, "POST", "/interactions/671/tE1/callback")
	if !strings.Contains(string(r.Body), "Ask me something") {
		t.Errorf("callback %s, want how to ask", r.Body)
	}
}
