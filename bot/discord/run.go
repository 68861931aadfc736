package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	"github.com/storybot-dev/storybot/config"
)

// ErrTokenRejected is returned by Run when Discord refuses the token.
var ErrTokenRejected = errors.New("discord rejected the bot token (check DISCORD_TOKEN)")

// Intents are the gateway intents the bot asks for: messages in servers
// (for @mentions and answer channels) and in DMs; message content only
// when configured, since it is privileged. Slash and context-menu
// commands need no intent.
func Intents(messageContent bool) discordgo.Intent {
	in := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if messageContent {
		in |= discordgo.IntentMessageContent
	}
	return in
}

// Status tells whether the bot's gateway connections are up: every shard
// this process runs has had READY (or RESUMED) since its last disconnect.
// Safe for concurrent use; the zero value reports not connected.
type Status struct {
	mu     sync.Mutex
	shards map[int]bool
}

// Connected reports whether every shard is connected.
func (st *Status) Connected() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.shards) == 0 {
		return false
	}
	for _, up := range st.shards {
		if !up {
			return false
		}
	}
	return true
}

func (st *Status) set(shard int, up bool) {
	if st == nil {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.shards == nil {
		st.shards = map[int]bool{}
	}
	st.shards[shard] = up
}

// Run connects to Discord with token, registers the commands and answers
// until ctx ends; then it stops taking questions, finishes those in flight
// up to Config.ShutdownTimeout, and closes the sessions. The token is never
// logged.
//
// Sharding: with Config.ShardCount > 0 the process runs shard ShardID of
// ShardCount; with 0 it asks Discord how many shards the bot needs and
// runs them all (one gateway session each, one handler and one REST rate
// limiter for all).
func Run(ctx context.Context, token string, a Asker, opts Options, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	token = strings.TrimSpace(token)
	if token == "" {
		return errors.New("DISCORD_TOKEN is not set")
	}
	token = strings.TrimPrefix(token, "Bot ")
	routeLibraryLogs(log)
	cfg := opts.Config
	client, err := apiClient(cfg.APIURL)
	if err != nil {
		return err
	}
	newSession := func() (*discordgo.Session, error) {
		s, err := discordgo.New("Bot " + token)
		if err != nil {
			return nil, fmt.Errorf("couldn't create the Discord session: %w", err)
		}
		s.Client = client
		s.Identify.Intents = Intents(cfg.MessageContent)
		s.StateEnabled = false
		return s, nil
	}
	s, err := newSession() // REST for every shard, and the first shard's gateway
	if err != nil {
		return err
	}

	// Check the token before the gateway, so a bad one is one clear line.
	me, err := s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return restProblem("couldn't check the bot token", cfg.APIURL, err)
	}
	shards, count, perBucket, err := shardPlan(ctx, s, cfg, log)
	if err != nil {
		return err
	}

	h := NewHandler(s, a, opts, log)
	h.SetSelf(me.ID)
	ready := make(chan *discordgo.Ready, len(shards))
	sessions := make([]*discordgo.Session, len(shards))
	for i, id := range shards {
		sess := s
		if i > 0 {
			if sess, err = newSession(); err != nil {
				return err
			}
		}
		if count > 1 {
			sess.ShardID, sess.ShardCount = id, count
		}
		sessions[i] = sess
		if i > 0 && i%perBucket == 0 {
			// Discord takes max_concurrency IDENTIFYs per 5 seconds.
			select {
			case <-time.After(identifyWait):
			case <-ctx.Done():
				return nil
			}
		}
		opts.Status.set(id, false)
		sess.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			opts.Status.set(id, true)
			select {
			case ready <- r:
			default:
			}
		})
		sess.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { opts.Status.set(id, true) })
		sess.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) { opts.Status.set(id, false) })
		sess.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { h.handleInteraction(ic.Interaction) })
		sess.AddHandler(func(_ *discordgo.Session, mc *discordgo.MessageCreate) { h.handleMessage(mc.Message) })
		if err := sess.Open(); err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) && ce.Code == 4004 {
				return ErrTokenRejected
			}
			return fmt.Errorf("couldn't connect to the Discord gateway (shard %d of %d): %w", id, count, err)
		}
		defer sess.Close()
	}

	var r *discordgo.Ready
	select {
	case r = <-ready:
	case <-ctx.Done():
		return nil
	case <-time.After(30 * time.Second):
		return errors.New("couldn't connect to the Discord gateway: no READY within 30s")
	}
	appID := me.ID
	if r.Application != nil && r.Application.ID != "" {
		appID = r.Application.ID
	}
	if r.User != nil && r.User.ID != "" {
		h.SetSelf(r.User.ID)
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, cfg.GuildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil // asked to stop while registering
		}
		return restProblem("couldn't register the commands", cfg.APIURL, err)
	}
	scope := "global"
	if cfg.GuildID != "" {
		scope = "guild " + cfg.GuildID
	}
	log.Info("connected to Discord", "bot", me.Username, "user_id", me.ID, "application", appID,
		"commands", len(cmds), "scope", scope, "message_content", cfg.MessageContent,
		"shards", fmt.Sprint(shards), "shard_count", count)

	<-ctx.Done()
	log.Info("shutting down: finishing answers in flight", "deadline", cfg.ShutdownTimeout.Duration)
	wait := cfg.ShutdownTimeout.Duration
	if wait <= 0 {
		wait = 20 * time.Second
	}
	sctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := h.Shutdown(sctx); err != nil {
		log.Warn("answers still in flight at the shutdown deadline were cancelled")
	}
	for _, sess := range sessions {
		if err := sess.Close(); err != nil {
			log.Warn("couldn't close the Discord session cleanly", "err", err)
		}
	}
	log.Info("disconnected from Discord")
	return nil
}

var (
	libLog     atomic.Pointer[slog.Logger]
	libLogOnce sync.Once
)

// routeLibraryLogs sends discordgo's own log lines (a package-level hook)
// to log, so they follow its level and format (JSON lines in the
// container) instead of going to stderr as plain text.
func routeLibraryLogs(log *slog.Logger) {
	libLog.Store(log)
	libLogOnce.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			l := libLog.Load()
			msg := fmt.Sprintf(format, a...)
			switch level {
			case discordgo.LogError:
				l.Error("discordgo: " + msg)
			case discordgo.LogWarning:
				l.Warn("discordgo: " + msg)
			case discordgo.LogInformational:
				l.Info("discordgo: " + msg)
			default:
				l.Debug("discordgo: " + msg)
			}
		}
	})
}

// identifyWait is Discord's window for max_concurrency IDENTIFYs.
const identifyWait = 5 * time.Second

// shardPlan says which shards this process runs, of how many, and how many
// may identify at once. An explicit shard count is checked; with none,
// Discord's recommendation decides (and a failure to ask means one shard,
// which is right for all but the largest bots).
func shardPlan(ctx context.Context, s *discordgo.Session, cfg config.Discord, log *slog.Logger) (shards []int, count, perBucket int, err error) {
	if cfg.ShardCount > 0 {
		if cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
			return nil, 0, 0, fmt.Errorf("shard id %d is outside 0..%d (shard count %d)", cfg.ShardID, cfg.ShardCount-1, cfg.ShardCount)
		}
		return []int{cfg.ShardID}, cfg.ShardCount, 1, nil
	}
	gb, err := s.GatewayBot(discordgo.WithContext(ctx))
	if err != nil || gb.Shards < 1 {
		log.Warn("couldn't get Discord's recommended shard count; running one shard", "err", err)
		return []int{0}, 1, 1, nil
	}
	shards = make([]int, gb.Shards)
	for i := range shards {
		shards[i] = i
	}
	return shards, gb.Shards, max(gb.SessionStartLimit.MaxConcurrency, 1), nil
}

// restProblem turns a REST failure into one line; 401 means a bad token.
func restProblem(what, apiURL string, err error) error {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return ErrTokenRejected
	}
	if errors.Is(err, discordgo.ErrUnauthorized) {
		return ErrTokenRejected
	}
	// The request went to discord.api_url, whatever URL discordgo built:
	// name the server that failed, not discord.com.
	var ue *url.Error
	if errors.As(err, &ue) && apiURL != "" {
		return fmt.Errorf("%s: discord.api_url %s: %w", what, apiURL, ue.Err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// apiClient is the session's HTTP client. discordgo builds every REST URL
// from package variables that start with https://discord.com/; instead of
// changing those globals, requests for that host are sent to apiURL, so
// the bot can use any Discord-compatible server (and tests a loopback one)
// while sessions stay independent. The gateway address comes from the
// API's /gateway answer, as usual.
func apiClient(apiURL string) (*http.Client, error) {
	if apiURL == "" {
		apiURL = "https://discord.com"
	}
	to, err := url.Parse(apiURL)
	if err != nil || (to.Scheme != "http" && to.Scheme != "https") || to.Host == "" {
		return nil, fmt.Errorf("discord.api_url %q is not an http(s) URL", apiURL)
	}
	from, err := url.Parse(discordgo.EndpointDiscord)
	if err != nil {
		return nil, fmt.Errorf("couldn't parse discordgo's endpoint: %w", err)
	}
	// 20s as discordgo's own client: a REST call that takes longer is lost.
	c := &http.Client{Timeout: 20 * time.Second}
	if to.Scheme == from.Scheme && to.Host == from.Host && strings.TrimSuffix(to.Path, "/") == "" {
		return c, nil
	}
	c.Transport = rewrite{from: from, to: to, next: http.DefaultTransport}
	return c, nil
}

type rewrite struct {
	from, to *url.URL
	next     http.RoundTripper
}

func (t rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Scheme != t.from.Scheme || r.URL.Host != t.from.Host {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	u := *r.URL
	u.Scheme, u.Host = t.to.Scheme, t.to.Host
	u.Path = strings.TrimSuffix(t.to.Path, "/") + u.Path
	if u.RawPath != "" {
		u.RawPath = strings.TrimSuffix(t.to.EscapedPath(), "/") + u.RawPath
	}
	r.URL, r.Host = &u, ""
	return t.next.RoundTrip(r)
}
