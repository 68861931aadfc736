package discord_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// runSharded runs the bot against a fake Discord that recommends
// recommended shards, with the shard settings in cfg, until the test ends.
func runSharded(t *testing.T, recommended int, tune func(*config.Discord)) (*discordtest.Server, *discord.Status, context.Context) {
	t.Helper()
	srv := discordtest.New(token)
	srv.Shards = recommended
	t.Cleanup(srv.Close)
	opts := discord.Options{Config: config.Default().Discord, Status: &discord.Status{}}
	opts.Config.APIURL = srv.URL
	tune(&opts.Config)
	// A guard, not a measurement: a broken test fails instead of hanging.
	ctx, cancelTest := context.WithTimeout(context.Background(), guard)
	t.Cleanup(cancelTest)
	runCtx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		errc <- discord.Run(runCtx, token, newFakeAsker(fixed("Yes [1].")), opts, testutil.Slogger(t))
	}()
	t.Cleanup(func() {
		cancel()
		if err := testutil.Recv(t, errc, opts.Config.ShutdownTimeout.Duration+5*time.Second, "Run never returned after the shutdown"); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return srv, opts.Status, ctx
}

// identifiedShards returns the shard field of every IDENTIFY received.
func identifiedShards(t *testing.T, srv *discordtest.Server) [][]int {
	t.Helper()
	var out [][]int
	for _, raw := range srv.Identify() {
		var id struct {
			D struct {
				Shard []int `json:"shard"`
			} `json:"d"`
		}
		if err := json.Unmarshal(raw, &id); err != nil {
			t.Fatal(err)
		}
		out = append(out, id.D.Shard)
	}
	return out
}

func TestAutomaticShardingRunsEveryRecommendedShard(t *testing.T) {
	t.Parallel()
	srv, status, ctx := runSharded(t, 2, func(*config.Discord) {})
	if err := srv.Connected(ctx); err != nil {
		t.Fatalf("both shards never connected: %v", err)
	}
	got := map[int]bool{}
	for _, s := range identifiedShards(t, srv) {
		if len(s) != 2 || s[1] != 2 {
			t.Fatalf("IDENTIFY shard = %v, want [id 2]", s)
		}
		got[s[0]] = true
	}
	if !got[0] || !got[1] {
		t.Errorf("identified shards %v, want 0 and 1", got)
	}
	// An interaction arriving on shard 1 is answered through the one REST client.
	if err := srv.DispatchTo(1, "INTERACTION_CREATE", discordtest.Interaction("601", "tok6", "700", "701", alice, discordtest.Ask("Shard one?", false))); err != nil {
		t.Fatal(err)
	}
	if _, _, err := srv.WaitRequest(ctx, 0, func(r discordtest.Request) bool {
		return r.Method == "PATCH" && r.Path == "/webhooks/"+discordtest.AppID+"/tok6/messages/@original"
	}); err != nil {
		t.Fatalf("the interaction on shard 1 was not answered: %v", err)
	}
	// Each shard's READY is handled in a goroutine of its own.
	testutil.Eventually(t, 0, "Status says not connected with both shards up", status.Connected)
}

func TestExplicitShardRunsOnlyThatShard(t *testing.T) {
	t.Parallel()
	srv, status, ctx := runSharded(t, 4, func(c *config.Discord) { c.ShardID, c.ShardCount = 1, 2 })
	if err := srv.Wait(ctx, func(s *discordtest.Server) bool { return len(s.Identify()) == 1 }); err != nil {
		t.Fatal(err)
	}
	if err := srv.Wait(ctx, func(*discordtest.Server) bool { return status.Connected() }); err != nil {
		t.Fatal("Status never said connected")
	}
	if got := identifiedShards(t, srv); len(got) != 1 || len(got[0]) != 2 || got[0][0] != 1 || got[0][1] != 2 {
		t.Errorf("IDENTIFY shards = %v, want only [1 2]", got)
	}
}

func TestShardIDOutsideCountIsAnError(t *testing.T) {
	t.Parallel()
	srv := discordtest.New(token)
	defer srv.Close()
	opts := discord.Options{Config: config.Default().Discord}
	opts.Config.APIURL = srv.URL
	opts.Config.ShardID, opts.Config.ShardCount = 2, 2
	err := discord.Run(context.Background(), token, newFakeAsker(fixed("x")), opts, nil)
	if err == nil || len(srv.Identify()) != 0 {
		t.Fatalf("Run = %v after %d IDENTIFYs; want an error before connecting", err, len(srv.Identify()))
	}
}

func TestUnreachableAPINamesTheConfiguredServer(t *testing.T) {
	t.Parallel()
	srv := discordtest.New(token)
	url := srv.URL
	srv.Close() // nothing listens there now
	opts := discord.Options{Config: config.Default().Discord}
	opts.Config.APIURL = url
	err := discord.Run(context.Background(), token, newFakeAsker(fixed("x")), opts, nil)
	if err == nil || !strings.Contains(err.Error(), "discord.api_url "+url) || strings.Contains(err.Error(), "discord.com") {
		t.Errorf("Run = %v; want an error naming discord.api_url %s, not discord.com", err, url)
	}
}
