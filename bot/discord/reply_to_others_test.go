package discord_test

import (
	"testing"

	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

// In a server, a reply to another user's message is not addressed to the
// bot: it is ignored.
func TestReplyToAnotherUserIsIgnored(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, nil)
	ignored := h.log.OnWith("message ignored", "message_id", "652")
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.srv.UserMessage("651", "700", "701", bob, "the river is rising", false, "")
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("652", "700", "701", alice, "how high did it go?", false, "651"))
	select {
	case <-ignored:
	case <-h.ctx.Done():
		t.Fatal("a reply to another user was not ignored")
	}
	if qs := a.Questions(); len(qs) != 0 {
		t.Errorf("asked %d questions, want none", len(qs))
	}
}
