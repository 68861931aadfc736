// Package discord puts storybot on Discord: slash commands (/ask,
// /sources, /help), the "Ask storybot" message command, direct messages
// and @mentions, each answered with the text and an embed of its sources.
// It talks to Discord through github.com/bwmarrin/discordgo and to the
// answering core through the small Asker interface.
package discord

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
)

// Asker answers questions: *bot.Bot.
type Asker interface {
	Ask(ctx context.Context, q bot.Question) (*bot.Answer, error)
	Sources() []bot.Source
}

var _ Asker = (*bot.Bot)(nil)

// Metrics counts answers; surface is "slash", "context_menu", "dm" or
// "mention" (messages in answer channels count as "mention").
type Metrics interface {
	Answered(surface string, a *bot.Answer, err error, latency time.Duration)
	RateLimited(surface string)
}

// Surfaces, as given to Metrics.
const (
	SurfaceSlash       = "slash"
	SurfaceContextMenu = "context_menu"
	SurfaceDM          = "dm"
	SurfaceMention     = "mention"
)

// Session is the part of *discordgo.Session the handlers use.
type Session interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, opts ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageEditComplex(m *discordgo.MessageEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelTyping(channelID string, opts ...discordgo.RequestOption) error
	ChannelMessage(channelID, messageID string, opts ...discordgo.RequestOption) (*discordgo.Message, error)
}

var _ Session = (*discordgo.Session)(nil)

// Options configure the bot.
type Options struct {
	Config config.Discord
	// Metrics may be nil.
	Metrics Metrics
	// EditInterval is the least time between two edits of one message
	// while an answer streams; 0 means DefaultEditInterval.
	EditInterval time.Duration
	// AnswerTimeout bounds one answer; 0 means DefaultAnswerTimeout.
	AnswerTimeout time.Duration
	// Status, if set, is kept up to date with the gateway connections.
	Status *Status
}

// DefaultAnswerTimeout: an interaction token lives 15 minutes, but a user
// waits a minute or two at most; the model's own timeout is shorter.
const DefaultAnswerTimeout = 2 * time.Minute

// What users are told. Details of a failure go to the log only.
const (
	msgFailed       = "Sorry, I couldn't answer that just now. Please try again in a little while."
	msgRateLimited  = "You're asking faster than I can keep up with. Please wait a minute and ask again."
	msgBusy         = "I'm answering a lot of questions right now. Please try again in a minute."
	msgShuttingDown = "I'm restarting. Please ask again in a minute."
	msgNotHere      = "I don't answer questions in this channel."
	msgEmpty        = "Ask me something about the stories: mention me with your question, or use /ask."
	msgNoText       = "That message has no text I can ask about."
	msgTooLong      = "That question is too long for me: please keep it under 1,000 characters."
)

// Handler answers Discord events. Safe for concurrent use: discordgo runs
// each event in its own goroutine.
type Handler struct {
	s       Session
	ask     Asker
	log     *slog.Logger
	metrics Metrics
	cfg     config.Discord

	editInterval  time.Duration
	answerTimeout time.Duration
	after         func(time.Duration) <-chan time.Time // time.After; tests replace it

	users          *userLimits
	slots          chan struct{}
	guilds         allowList
	channels       allowList
	answerChannels allowList
	self           atomic.Value // string: the bot's user ID

	// base is the parent of every answer's context; cancelled when the
	// shutdown deadline passes.
	base   context.Context
	cancel context.CancelFunc

	mu      sync.Mutex
	closing bool
	wg      sync.WaitGroup
}

// NewHandler returns a handler that answers through s with a.
func NewHandler(s Session, a Asker, opts Options, log *slog.Logger) *Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg := opts.Config
	h := &Handler{
		s: s, ask: a, log: log, metrics: opts.Metrics, cfg: cfg,
		editInterval: opts.EditInterval, answerTimeout: opts.AnswerTimeout, after: time.After,
		users:          newUserLimits(cfg.RatePerMinute, cfg.RateBurst),
		guilds:         newAllowList(cfg.AllowedGuilds),
		channels:       newAllowList(cfg.AllowedChannels),
		answerChannels: newAllowList(cfg.AnswerChannels),
	}
	if h.editInterval <= 0 {
		h.editInterval = DefaultEditInterval
	}
	if h.answerTimeout <= 0 {
		h.answerTimeout = DefaultAnswerTimeout
	}
	inFlight := cfg.MaxInFlight
	if inFlight <= 0 {
		inFlight = config.Default().Discord.MaxInFlight
	}
	h.slots = make(chan struct{}, inFlight)
	h.base, h.cancel = context.WithCancel(context.Background())
	h.self.Store("")
	return h
}

// SetSelf tells the handler the bot's own user ID (from READY), so it
// ignores itself and knows its mentions.
func (h *Handler) SetSelf(userID string) { h.self.Store(userID) }

func (h *Handler) selfID() string { return h.self.Load().(string) }

// begin registers an answer in flight; false once shutdown has begun.
func (h *Handler) begin() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing {
		return false
	}
	h.wg.Add(1)
	return true
}

// slot takes one of the in-flight places, or reports that all are taken.
func (h *Handler) slot() (release func(), ok bool) {
	select {
	case h.slots <- struct{}{}:
		return func() { <-h.slots }, true
	default:
		return nil, false
	}
}

// Shutdown stops taking questions and waits for those in flight until ctx
// ends; then it cancels them (each still gets its polite failure line).
func (h *Handler) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	h.closing = true
	h.mu.Unlock()
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
		h.cancel()
		return nil
	case <-ctx.Done():
		h.cancel()
		<-done
		return ctx.Err()
	}
}

// allowed applies the guild and channel allow-lists. They are about
// servers: direct messages are always answered.
func (h *Handler) allowed(guildID, channelID string) bool {
	if guildID == "" {
		return true
	}
	return h.guilds.allows(guildID) && h.channels.allows(channelID)
}

// answered logs one answer and counts it.
func (h *Handler) answered(surface, guild, channel, user string, a *bot.Answer, err error, start time.Time) {
	latency := time.Since(start)
	attrs := []any{"surface", surface, "guild", guild, "channel", channel, "user", user, "latency", latency}
	if err != nil {
		h.log.Error("couldn't answer", append(attrs, "err", err)...)
	} else {
		h.log.Info("answered", append(attrs, "mode", a.Mode, "abstained", a.Abstained, "citations", len(a.Citations))...)
	}
	if h.metrics != nil {
		h.metrics.Answered(surface, a, err, latency)
	}
}

func (h *Handler) rateLimited(surface, guild, channel, user string) {
	h.log.Info("rate limited", "surface", surface, "guild", guild, "channel", channel, "user", user)
	if h.metrics != nil {
		h.metrics.RateLimited(surface)
	}
}

// recoverTo keeps a panic in one event's handling from killing the bot.
func (h *Handler) recoverTo(what string) {
	if r := recover(); r != nil {
		h.log.Error("handler panicked", "event", what, "panic", r)
	}
}
