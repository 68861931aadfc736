package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
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
// up to Config.ShutdownTimeout, and closes the session. The token is never
// logged.
func Run(ctx context.Context, token string, a Asker, opts Options, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	token = strings.TrimSpace(token)
	if token == "" {
		return errors.New("DISCORD_TOKEN is not set")
	}
	token = strings.TrimPrefix(token, "Bot ")
	cfg := opts.Config
	client, err := apiClient(cfg.APIURL)
	if err != nil {
		return err
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return fmt.Errorf("couldn't create the Discord session: %w", err)
	}
	s.Client = client
	s.Identify.Intents = Intents(cfg.MessageContent)
	if cfg.ShardCount > 1 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	s.StateEnabled = false

	// Check the token before the gateway, so a bad one is one clear line.
	me, err := s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return restProblem("couldn't check the bot token", err)
	}

	h := NewHandler(s, a, opts, log)
	h.SetSelf(me.ID)
	ready := make(chan *discordgo.Ready, 1)
	s.AddHandlerOnce(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { h.handleInteraction(ic.Interaction) })
	s.AddHandler(func(_ *discordgo.Session, mc *discordgo.MessageCreate) { h.handleMessage(mc.Message) })

	if err := s.Open(); err != nil {
		var ce *websocket.CloseError
		if errors.As(err, &ce) && ce.Code == 4004 {
			return ErrTokenRejected
		}
		return fmt.Errorf("couldn't connect to the Discord gateway: %w", err)
	}
	defer s.Close()

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
		return restProblem("couldn't register the commands", err)
	}
	scope := "global"
	if cfg.GuildID != "" {
		scope = "guild " + cfg.GuildID
	}
	log.Info("connected to Discord", "bot", me.Username, "user_id", me.ID, "application", appID,
		"commands", len(cmds), "scope", scope, "message_content", cfg.MessageContent)

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
	if err := s.Close(); err != nil {
		log.Warn("couldn't close the Discord session cleanly", "err", err)
	}
	log.Info("disconnected from Discord")
	return nil
}

// restProblem turns a REST failure into one line; 401 means a bad token.
func restProblem(what string, err error) error {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return ErrTokenRejected
	}
	if errors.Is(err, discordgo.ErrUnauthorized) {
		return ErrTokenRejected
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
