package discord_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/config"
)

func TestAllowListsAndBadToken(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Yes [1].")), func(o *discord.Options) {
		o.Config.AllowedGuilds = []string{"700"}
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("530", "t30", "799", "701", alice, discordtest.Ask("Here?", false)))
	r, _ := h.wait(h.start, "POST", "/interactions/530/t30/callback")
	if !strings.Contains(string(r.Body), "don't answer questions in this channel") {
		t.Errorf("interaction from another guild got %s", r.Body)
	}
	if len(h.ask.Questions()) != 0 {
		t.Error("a question from a guild not on the allow-list was answered")
	}

	srv := discordtest.New("the-right-token")
	defer srv.Close()
	opts := discord.Options{Config: config.Default().Discord}
	opts.Config.APIURL = srv.URL
	err := discord.Run(context.Background(), "wrong", newFakeAsker(fixed("x")), opts, slog.New(slog.DiscardHandler))
	if err != discord.ErrTokenRejected {
		t.Errorf("Run with a wrong token = %v, want ErrTokenRejected", err)
	}
	if strings.Contains(err.Error(), "wrong") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %q shows the token or is not one line", err)
	}
	if err := discord.Run(context.Background(), "", nil, opts, nil); err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("Run without a token = %v", err)
	}
}
