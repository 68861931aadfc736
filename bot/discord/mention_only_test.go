package discord_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// A mention with no question gets told how to ask.
func TestBareMentionGetsHowToAsk(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, nil)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("661", "700", "701", alice, "<@"+discordtest.BotID+">", true, ""))
	r, _ := h.wait(h.start, "POST", "/channels/701/messages")
	if c, _ := decode(t, r)["content"].(string); !strings.Contains(c, "Ask me something") {
		t.Errorf("reply %q, want how to ask", c)
	}
}

// The bot's nickname mention ("<@!id>") is taken out of the question.
func TestNicknameMentionStripped(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, nil)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("662", "700", "701", alice, "<@!"+discordtest.BotID+"> did the river flood?", true, ""))
	h.wait(h.start, "POST", "/channels/701/messages")
	testutil.Eventually(t, 0, "the question asked", func() bool { return len(a.Questions()) == 1 })
	if q := a.Questions()[0].Text; q != "did the river flood?" {
		t.Errorf("asked %q, want the question without the mention", q)
	}
}

// A nickname mention in the text counts even when Discord's mention list
// lacks it.
func TestNicknameMentionInTextAddresses(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, nil)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("663", "700", "701", alice, "<@!"+discordtest.BotID+"> did the river flood?", false, ""))
	h.wait(h.start, "POST", "/channels/701/messages")
	testutil.Eventually(t, 0, "the question asked", func() bool { return len(a.Questions()) == 1 })
}
