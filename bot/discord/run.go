package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
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
	routeLibraryLogs(log)
	defer quietLibraryLogs(log)
	r := &runner{token: strings.TrimPrefix(token, "Bot "), opts: opts, cfg: opts.Config, log: log, status: opts.Status}
	if r.status == nil {
		r.status = &Status{}
	}
	r.status.start(log)
	defer r.status.stop()
	rm, _ := opts.Metrics.(RESTMetrics)
	client, err := apiClient(r.cfg.APIURL, rm, log)
	if err != nil {
		return err
	}
	r.client = client
	s, err := r.newSession(-1) // REST for every shard; its gateway is set by connect
	if err != nil {
		return err
	}

	// Check the token before the gateway, so a bad one is one clear line.
	me, err := s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return restProblem("couldn't check the bot token", r.cfg.APIURL, err)
	}
	shards, count, perBucket, err := shardPlan(ctx, s, r.cfg, log)
	if err != nil {
		return err
	}
	r.h = NewHandler(newRESTSession(s), a, opts, log)
	r.h.SetSelf(me.ID)
	ready, err := r.connect(ctx, s, shards, count, perBucket)
	if ready == nil {
		return err // connect failed, or ctx ended: the run is shut down
	}
	select {
	case rd := <-ready:
		if err := r.registerCommands(ctx, s, me, rd, shards, count); err != nil {
			return err
		}
	case <-ctx.Done():
		return r.shutdown()
	case <-time.After(30 * time.Second):
		_ = r.shutdown()
		return errors.New("couldn't connect to the Discord gateway: no READY within 30s")
	}
	<-ctx.Done()
	r.h.stopTaking()
	log.Info("shutting down: finishing answers in flight", "deadline", r.cfg.ShutdownTimeout.Duration)
	return r.shutdown()
}

// runner is one Run: its sessions (one per shard), their connection
// watches, and the handler they share.
type runner struct {
	token  string
	opts   Options
	cfg    config.Discord
	log    *slog.Logger
	status *Status
	client *http.Client

	h        *Handler
	conns    []*shardConn
	sessions []*discordgo.Session
}

// newSession makes a gateway session for shard, with its connection
// watch: intents, plain text frames, the shared REST client, and the
// shard's own reconnects.
func (r *runner) newSession(shard int) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + r.token)
	if err != nil {
		return nil, fmt.Errorf("couldn't create the Discord session: %w", err)
	}
	s.Client = r.client
	s.Identify.Intents = Intents(r.cfg.MessageContent)
	s.StateEnabled = false
	// Plain text frames, so the connection watch can read them.
	s.Compress, s.Identify.Compress = false, false
	// The shard reconnects itself: discordgo's backoff goes up to 10
	// minutes, and its reconnects can race each other.
	s.ShouldReconnectOnError = false
	sh := newShardConn(shard, r.status, r.log)
	if r.opts.gatewayAfter != nil {
		sh.after = r.opts.gatewayAfter
	}
	if r.opts.invalidWait != nil {
		sh.wait = r.opts.invalidWait
	}
	if r.opts.retryWait != nil {
		sh.retryWait = r.opts.retryWait
	}
	sh.open = s.Open
	s.Dialer = sh.dialer()
	r.conns = append(r.conns, sh)
	return s, nil
}

// connect opens a gateway session per shard (the first on s), at most
// perBucket IDENTIFYs per 5 seconds, with the handler's event handlers.
// The channel gets READY from the shards. On a failure, and when ctx ends
// meanwhile, the run is shut down and the channel is nil.
func (r *runner) connect(ctx context.Context, s *discordgo.Session, shards []int, count, perBucket int) (<-chan *discordgo.Ready, error) {
	ready := make(chan *discordgo.Ready, len(shards))
	r.sessions = make([]*discordgo.Session, len(shards))
	for i, id := range shards {
		sess := s
		if i > 0 {
			var err error
			if sess, err = r.newSession(id); err != nil {
				_ = r.shutdown()
				return nil, err
			}
		}
		sh := r.conns[len(r.conns)-1]
		sh.id = id
		if count > 1 {
			sess.ShardID, sess.ShardCount = id, count
		}
		r.sessions[i] = sess
		if i > 0 && i%perBucket == 0 {
			// Discord takes max_concurrency IDENTIFYs per 5 seconds.
			select {
			case <-time.After(identifyWait):
			case <-ctx.Done():
				return nil, r.shutdown()
			}
		}
		r.status.set(id, StateConnecting, "")
		r.addHandlers(sess, sh, ready)
		if err := sess.Open(); err != nil {
			r.sessions[i] = nil
			_ = r.shutdown()
			var ce *websocket.CloseError
			if errors.As(err, &ce) && ce.Code == 4004 {
				return nil, ErrTokenRejected
			}
			return nil, fmt.Errorf("couldn't connect to the Discord gateway (shard %d of %d): %w", id, count, err)
		}
	}
	return ready, nil
}

// addHandlers routes a shard's events: READY and RESUMED to its watch
// (and READY to ready), discordgo's disconnect to its reconnects,
// interactions and messages to the handler.
func (r *runner) addHandlers(sess *discordgo.Session, sh *shardConn, ready chan<- *discordgo.Ready) {
	sess.AddHandler(func(_ *discordgo.Session, rd *discordgo.Ready) {
		sh.up("READY")
		select {
		case ready <- rd:
		default:
		}
	})
	sess.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { sh.up("RESUMED") })
	sess.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		// discordgo reports a close a second after it happened; the
		// state changed when it did.
		r.log.Debug("discordgo reported the disconnect", "shard", sh.id)
		sh.disconnected()
	})
	sess.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { r.h.handleInteraction(ic.Interaction) })
	sess.AddHandler(func(_ *discordgo.Session, mc *discordgo.MessageCreate) { r.h.handleMessage(mc.Message) })
}

// registerCommands registers the application commands once the first
// READY has come: the application's ID is in it. A refusal is retried in
// the background; a rejected token ends the run.
func (r *runner) registerCommands(ctx context.Context, s *discordgo.Session, me *discordgo.User, rd *discordgo.Ready, shards []int, count int) error {
	appID := me.ID
	if rd.Application != nil && rd.Application.ID != "" {
		appID = rd.Application.ID
	}
	if rd.User != nil && rd.User.ID != "" {
		r.h.SetSelf(rd.User.ID)
	}
	scope := "global"
	if r.cfg.GuildID != "" {
		scope = "guild " + r.cfg.GuildID
	}
	reg := &registrar{s: s, appID: appID, guild: r.cfg.GuildID, apiURL: r.cfg.APIURL, status: r.status, log: r.log,
		first: r.opts.registerRetry, after: r.opts.registerAfter}
	n, err := reg.register(ctx)
	if errors.Is(err, ErrTokenRejected) {
		_ = r.shutdown()
		return err
	}
	r.log.Info("connected to Discord", "bot", me.Username, "user_id", me.ID, "application", appID,
		"commands", n, "scope", scope, "message_content", r.cfg.MessageContent,
		"shards", fmt.Sprint(shards), "shard_count", count)
	if err != nil && ctx.Err() == nil {
		go reg.retry(ctx)
	}
	return nil
}

// shutdown ends the run within shutdown_timeout (20 s when unset).
func (r *runner) shutdown() error {
	wait := r.cfg.ShutdownTimeout.Duration
	if wait <= 0 {
		wait = 20 * time.Second
	}
	return closeAll(r.h, r.sessions, r.conns, r.status, wait, r.log)
}

// closeAll ends a run within wait, the close of the gateway included: the
// handler gets all but the time the close takes (at most a second), then
// the sessions send their close frames and the connections end. discordgo
// sleeps a second after its close frame before it lets go of the
// connection; that sleep is not waited for.
func closeAll(h *Handler, sessions []*discordgo.Session, conns []*shardConn, status *Status, wait time.Duration, log *slog.Logger) error {
	start := time.Now()
	deadline := start.Add(wait - min(wait/20, 50*time.Millisecond)) // a margin for the last steps
	closeTime := min(wait/10, time.Second)
	hctx, cancel := context.WithDeadline(context.Background(), deadline.Add(-closeTime))
	if err := h.Shutdown(hctx); err != nil {
		log.Warn("answers still in flight at the shutdown deadline were cut off")
	}
	cancel()
	status.stop()
	for _, sh := range conns {
		sh.stop()
	}
	for _, sess := range sessions {
		if sess != nil {
			go sess.Close() // writes the close frame, then sleeps a second
		}
	}
	// Done at the deadline; unlike a timer's channel, it stays done.
	late, cancelLate := context.WithDeadline(context.Background(), deadline)
	defer cancelLate()
	for _, sh := range conns {
		c := sh.current()
		if c == nil || c.isDown() {
			continue
		}
		if !c.isLive() {
			// Still opening (a reconnect): no session to close on it, and
			// discordgo's close waits for the open, which may never end.
			c.end("shut down while connecting")
			c.kill()
			continue
		}
		// Wait for the close frame to go out and Discord to close its end
		// (a quarter of a second at most once the frame is out).
		select {
		case <-c.ended:
		case <-c.closeSent:
			grace := time.NewTimer(250 * time.Millisecond)
			select {
			case <-c.ended:
			case <-grace.C:
			case <-late.Done():
			}
			grace.Stop()
		case <-late.Done():
			log.Warn("the gateway close frame could not be sent in time")
		}
	}
	for _, sh := range conns {
		sh.closeNow()
	}
	// A reconnect under way ends with its connection (closed just now) or
	// its wait (stopped); none outlives the run.
	if slices.ContainsFunc(conns, (*shardConn).reconnecting) {
		loops := make(chan struct{})
		go func() {
			for _, sh := range conns {
				sh.loops.Wait()
			}
			close(loops)
		}()
		select {
		case <-loops:
		case <-late.Done():
			log.Warn("a gateway reconnect was still under way at the shutdown deadline")
		}
	}
	log.Info("disconnected from Discord", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// registrar registers the application commands. A refusal does not stop
// the bot: DMs and mentions need no commands. It is logged with Discord's
// reason, /healthz shows "commands" degraded, and registration is tried
// again with backoff.
type registrar struct {
	s      *discordgo.Session
	appID  string
	guild  string
	apiURL string
	status *Status
	log    *slog.Logger
	first  time.Duration // first wait before trying again; 0 means 10s
	// after is time.After; tests replace it.
	after func(time.Duration) <-chan time.Time
}

func (r *registrar) register(ctx context.Context) (int, error) {
	cmds, err := r.s.ApplicationCommandBulkOverwrite(r.appID, r.guild, Commands(), discordgo.WithContext(ctx))
	if err == nil {
		r.status.setCommands(nil)
		return len(cmds), nil
	}
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	err = restProblem("couldn't register the commands", r.apiURL, err)
	if errors.Is(err, ErrTokenRejected) {
		return 0, err
	}
	attrs := []any{"err", err}
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		body := string(re.ResponseBody)
		if len(body) > 2000 {
			body = body[:2000] + "…"
		}
		attrs = append(attrs, "status", re.Response.StatusCode, "body", body)
	}
	r.log.Error("couldn't register the slash and message commands; answering DMs and mentions meanwhile", attrs...)
	r.status.setCommands(err)
	return 0, err
}

// retry registers again, waiting twice as long each time (up to ten
// minutes), until it works or ctx ends.
func (r *registrar) retry(ctx context.Context) {
	wait := r.first
	if wait <= 0 {
		wait = 10 * time.Second
	}
	after := r.after
	if after == nil {
		after = time.After
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-after(wait):
		}
		n, err := r.register(ctx)
		if err == nil {
			r.log.Info("registered the commands", "commands", n)
			return
		}
		if errors.Is(err, ErrTokenRejected) {
			r.log.Error("Discord rejected the bot token: not registering the commands again")
			return
		}
		if ctx.Err() != nil {
			return
		}
		wait = nextRegisterWait(wait)
	}
}

// nextRegisterWait doubles the wait before registering again, up to ten
// minutes.
func nextRegisterWait(wait time.Duration) time.Duration { return min(wait*2, 10*time.Minute) }

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

// quietLibraryLogs stops sending discordgo's log lines to log (when it is
// still the one they go to): its goroutines can outlive a run.
func quietLibraryLogs(log *slog.Logger) {
	libLog.CompareAndSwap(log, slog.New(slog.DiscardHandler))
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

// apiClient is the session's HTTP client, over the global rate-limit
// gate. discordgo builds every REST URL
// from package variables that start with https://discord.com/; instead of
// changing those globals, requests for that host are sent to apiURL, so
// the bot can use any Discord-compatible server (and tests a loopback one)
// while sessions stay independent. The gateway address comes from the
// API's /gateway answer, as usual.
func apiClient(apiURL string, m RESTMetrics, log *slog.Logger) (*http.Client, error) {
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
	// A transport of the bot's own: http.DefaultTransport keeps two idle
	// connections per host, so a burst of interactions (each acknowledged
	// at once) opened and closed a connection, a TLS handshake with
	// Discord, per request.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = maxIdleConns
	gate := &globalGate{next: tr, metrics: m, log: log}
	c := &http.Client{Timeout: 20 * time.Second, Transport: gate}
	if to.Scheme == from.Scheme && to.Host == from.Host && strings.TrimSuffix(to.Path, "/") == "" {
		return c, nil
	}
	gate.next = rewrite{from: from, to: to, next: tr}
	return c, nil
}

// maxIdleConns is how many idle connections to Discord the bot keeps:
// about as many as requests in flight in a busy minute's bursts.
const maxIdleConns = 64

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
