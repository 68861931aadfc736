package main

import (
	"context"
	"errors"
	"flag"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/live"
	"github.com/storybot-dev/storybot/metrics"
	"github.com/storybot-dev/storybot/retrieval"
)

// runServe puts the bot on Discord until ctx ends (SIGINT, SIGTERM), then
// finishes the answers in flight and exits 0. Around it: the health and
// metrics listener (--http), and the live corpus (file watching and
// SIGHUP).
func runServe(ctx context.Context, e *env, args []string) error {
	a := &app{cfg: config.Default(), serving: true}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	a.register(fs)
	httpAddr := fs.String("http", "", "serve /healthz and /metrics on `addr`ess, e.g. 127.0.0.1:9090 (default http.addr; off when empty)")
	shardID := fs.Int("shard-id", -1, "the Discord shard this process runs (default discord.shard_id)")
	shardCount := fs.Int("shard-count", -1, "how many shards the bot has; 0 runs every shard Discord recommends (default discord.shard_count)")
	if err := parse(fs, e, args, "serve [flags]"); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments (got %q)", fs.Arg(0))
	}
	// The shard is checked before anything is loaded: a wrong one is a
	// usage error, exit 2, whether it comes from the flags, the
	// configuration or both.
	if err := a.loadConfig(e); err != nil {
		return err
	}
	dc, err := withShard(a.cfg.Discord, *shardID, *shardCount)
	if err != nil {
		return err
	}
	token := strings.TrimSpace(e.getenv("DISCORD_TOKEN"))
	if token == "" {
		return errors.New("DISCORD_TOKEN is not set: export the bot token from the Discord developer portal")
	}
	// SIGHUP reloads the corpus; caught from the start, so that it never
	// falls to Go's default (ending the process) while the index loads, or
	// when the corpus cannot reload.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	// Everything started here stops when serve returns, error or not.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	m := metrics.New()
	a.metrics = m
	a.writeShared = a.cfg.Weaviate.Writer
	if err := a.Open(ctx, e, nil); err != nil {
		return err
	}
	defer a.Close()
	log := a.log

	status := &discord.Status{}
	m.AddCheck("index", func(context.Context) error {
		if a.bot.Index() == nil {
			return errors.New("no index loaded")
		}
		return nil
	})
	// Every shard ready, from the gateway's events as they happen.
	m.AddCheck("discord", status.Check)
	// Commands Discord refused: DMs and mentions still work, so degraded
	// (200), not unavailable.
	m.AddCheck("commands", func(context.Context) error { return metrics.Degraded(status.Commands()) })
	if a.llm != nil {
		m.AddCheck("model", a.llm.Ping)
	}
	swap := func(ix *retrieval.Index) { a.bot.SetIndex(ix) }
	if sh := a.shared; sh != nil {
		if a.cfg.Weaviate.Fallback == "chromem" {
			// Questions are answered from the local index while Weaviate
			// is down: degraded, not unavailable.
			m.AddCheck("weaviate", func(ctx context.Context) error { return metrics.Degraded(sh.remote.Check(ctx)) })
		} else {
			// No stand-in: questions fail politely until it is back.
			m.AddCheck("index", sh.remote.Check)
		}
		// Every new version of the local index is searched through the
		// collection too.
		swap = func(ix *retrieval.Index) { a.bot.SetIndex(sh.searcher.With(ix)) }
		if a.cfg.Weaviate.Writer {
			sy := newSyncer(sh, log)
			go sy.run(ctx)
			wrapped := swap
			swap = func(ix *retrieval.Index) {
				wrapped(ix)
				sy.add(ix)
			}
		}
	}
	addr := *httpAddr
	if addr == "" {
		addr = a.cfg.HTTP.Addr
	}
	if addr != "" {
		ln, err := metrics.Listen(addr)
		if err != nil {
			return err
		}
		log.Info("serving health and metrics", "addr", ln.Addr().String())
		go func() {
			if err := metrics.Serve(ctx, ln, m.Handler(log)); err != nil {
				log.Warn("health and metrics listener stopped", "err", err)
			}
		}()
	}

	// The live corpus: a directory on disk is watched, and SIGHUP reloads
	// it; the corpus built into the binary cannot change.
	reload := func() { log.Warn("SIGHUP: the built-in corpus cannot reload; give serve a corpus directory") }
	if _, name, err := a.corpusFS(); err == nil && name != "embedded" {
		r := live.New(live.Options{
			Dir: name, DataDir: a.dir, Embedder: a.index.Embedder(), Index: a.opts,
			Swap: swap, Log: log,
		}, a.index)
		go func() {
			if err := r.Run(ctx); err != nil {
				log.Warn("live corpus reload is off", "err", err)
			}
		}()
		reload = func() {
			log.Info("SIGHUP: reloading the corpus")
			r.Trigger()
		}
	}
	go func() {
		for {
			select {
			case <-hup:
				reload()
			case <-ctx.Done():
				return
			}
		}
	}()
	return discord.Run(ctx, token, a.bot, discord.Options{Config: dc, Metrics: m, Status: status}, log)
}

// withShard sets --shard-id and --shard-count (-1 when not given) on the
// configured Discord settings, and checks the shard they name.
func withShard(dc config.Discord, id, count int) (config.Discord, error) {
	if id >= 0 {
		dc.ShardID = id
	}
	if count >= 0 {
		dc.ShardCount = count
	}
	switch {
	case dc.ShardCount == 0 && (id >= 0 || dc.ShardID != 0):
		return dc, usagef("--shard-id %d needs --shard-count above 0 (0 runs every shard Discord recommends)", dc.ShardID)
	case dc.ShardCount > 0 && (dc.ShardID < 0 || dc.ShardID >= dc.ShardCount):
		return dc, usagef("--shard-id %d is outside 0..%d (--shard-count %d)", dc.ShardID, dc.ShardCount-1, dc.ShardCount)
	}
	return dc, nil
}
