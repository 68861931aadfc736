package main

import (
	"context"
	"errors"
	"flag"
	"log/slog"
	"strings"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/config"
)

// serveAPIURL, when set, overrides discord.api_url. It is a seam for the
// end-to-end test until --config files are loaded (configcmd.go); remove
// it then and let the test's config file do the job.
var serveAPIURL string

// runServe puts the bot on Discord until ctx ends (SIGINT, SIGTERM), then
// finishes the answers in flight and exits 0.
func runServe(ctx context.Context, e *env, args []string) error {
	c := common{cfg: config.Default()}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.register(fs)
	if err := parse(fs, e, args, "serve [--config FILE]"); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments (got %q)", fs.Arg(0))
	}
	token := strings.TrimSpace(e.getenv("DISCORD_TOKEN"))
	if token == "" {
		return errors.New("DISCORD_TOKEN is not set: export the bot token from the Discord developer portal")
	}
	p, err := c.open(ctx, e, nil)
	if err != nil {
		return err
	}
	cfg := c.cfg.Discord
	if serveAPIURL != "" {
		cfg.APIURL = serveAPIURL
	}
	return discord.Run(ctx, token, p.bot, discord.Options{Config: cfg}, serveLogger(e, c))
}

// serveLogger logs at info level, so every answer is logged with its
// guild, channel, user and latency; -v and log.level=debug add detail.
func serveLogger(e *env, c common) *slog.Logger {
	level := slog.LevelInfo
	if c.verbose || strings.EqualFold(c.cfg.Log.Level, "debug") {
		level = slog.LevelDebug
	} else if strings.EqualFold(c.cfg.Log.Level, "warn") {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(c.cfg.Log.Format, "json") {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}
