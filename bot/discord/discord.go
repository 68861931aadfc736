// Package discord puts storybot on Discord: slash commands (/ask,
// /sources, /help), the "Ask storybot" message command, direct messages
// and @mentions, each answered with the text and an embed of its sources.
// It talks to Discord through github.com/bwmarrin/discordgo and to the
// answering core through the small Asker interface.
package discord

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
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
	Summary(ctx context.Context, about string) (*bot.Answer, error)
}

var _ Asker = (*bot.Bot)(nil)

// Metrics counts answers; surface is "slash", "context_menu", "dm" or
// "mention" (messages in answer channels count as "mention").
type Metrics interface {
	Answered(surface string, a *bot.Answer, err error, latency time.Duration)
	RateLimited(surface string)
}

// QueueMetrics, when Options.Metrics has it too, follows the queue: its
// length after each change, how long each question waited for a slot,
// and questions refused ("full": the queue or the user's share of it is
// full; "wait": the expected wait is past discord.max_queue_wait).
type QueueMetrics interface {
	QueueLength(n int)
	QueueWait(surface string, d time.Duration)
	QueueRefused(surface, reason string)
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

var (
	_ Session = (*discordgo.Session)(nil)
	_ Session = (*restSession)(nil)
)

// Options configure the bot.
type Options struct {
	Config config.Discord
	// Metrics may be nil. When it is also a QueueMetrics or a RESTMetrics,
	// it gets those figures too.
	Metrics Metrics
	// EditInterval is the least time between two edits of one message
	// while an answer streams; 0 means DefaultEditInterval.
	EditInterval time.Duration
	// AnswerTimeout bounds one answer, from when it leaves the queue; 0
	// means DefaultAnswerTimeout.
	AnswerTimeout time.Duration
	// PlaceAfter is how long a question waits in the queue before its
	// place in line is shown; 0 means DefaultPlaceAfter.
	PlaceAfter time.Duration
	// Status, if set, is kept up to date with the gateway connections and
	// the command registration.
	Status *Status

	// Test hooks: the INVALID_SESSION timer and delay, the wait before
	// each reconnect attempt, and the first wait before registering the
	// commands again and the timer of those waits.
	gatewayAfter  func(time.Duration) <-chan time.Time
	invalidWait   func() time.Duration
	retryWait     func(n int) time.Duration
	registerRetry time.Duration
	registerAfter func(time.Duration) <-chan time.Time
}

// DefaultAnswerTimeout: an interaction token lives 15 minutes, but a user
// waits a minute or two at most; the model's own timeout is shorter.
const DefaultAnswerTimeout = 2 * time.Minute

// DefaultPlaceAfter: a question answered within a few seconds needs no
// "you're number N in line"; one that waits longer shows it, refreshed at
// most every placeEvery while it changes.
const (
	DefaultPlaceAfter = 3 * time.Second
	placeEvery        = 10 * time.Second
)

// Queue defaults, when config.Discord leaves them 0.
const (
	defaultQueueSize    = 500
	defaultMaxQueueWait = 10 * time.Minute
)

// What users are told. Details of a failure go to the log only.
const (
	msgFailed       = "Sorry, I couldn't answer that just now. Please try again in a little while."
	msgIndexDown    = "I can't reach the story index right now; try again in a minute."
	msgRateLimited  = "You're asking faster than I can keep up with. Please wait a minute and ask again."
	msgBusy         = "I have too many questions waiting right now. Please try again in a few minutes."
	msgUserQueued   = "You already have questions waiting for an answer. Please ask again once they're answered."
	msgShuttingDown = "I'm restarting. Please ask again in a minute."
	msgNotHere      = "I don't answer questions in this channel."
	msgEmpty        = "Ask me something about the stories: mention me with your question, or use /ask."
	msgNoText       = "That message has no text I can ask about."
	msgTooLong      = "That question is too long for me: please keep it under 1,000 characters."
)

// placeText is the line shown while a question waits.
func placeText(n int) string {
	if n == 1 {
		return "Your question is next in line; I’ll answer here in a moment."
	}
	return "You’re number " + strconv.Itoa(n) + " in line; I’ll answer here as soon as I can."
}

// Handler answers Discord events. Safe for concurrent use: discordgo runs
// each event in its own goroutine.
//
// A question goes: admission (allow-lists, the per-user rate limit, the
// question's length, a place in the queue; an interaction is acknowledged
// at once), the queue (fair across users), one of max_in_flight answering
// slots (the answer is computed, streaming into the message), and
// delivery. Delivery runs outside the slot, in lanes: one per interaction
// and one per channel, each sending in order, so a slow or rate-limited
// send holds up only its own interaction or channel.
type Handler struct {
	s       Session
	ask     Asker
	log     *slog.Logger
	metrics Metrics
	cfg     config.Discord

	editInterval  time.Duration
	answerTimeout time.Duration
	placeAfter    time.Duration
	after         func(time.Duration) <-chan time.Time // time.After; tests replace it

	users          *userLimits
	q              *queue
	lanes          *lanes
	guilds         allowList
	channels       allowList
	answerChannels allowList
	self           atomic.Value // string: the bot's user ID

	// base is the parent of every answer's context; cancelled when the
	// shutdown cuts answers off. hard is the parent of every delivery;
	// cancelled when the shutdown deadline has passed.
	base, hard           context.Context
	cancelBase, stopHard context.CancelFunc

	mu      sync.Mutex
	closing bool
	// cutOffBy is set when the shutdown cuts answers off: the time by
	// which each must have its last word delivered.
	cutOffBy time.Time
	jobs     map[*job]struct{}
	changed  chan struct{} // closed and replaced when a job ends
	workers  sync.WaitGroup
}

// NewHandler returns a handler that answers through s with a. It starts
// the answering workers; Shutdown stops them.
func NewHandler(s Session, a Asker, opts Options, log *slog.Logger) *Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg := opts.Config
	h := &Handler{
		s: s, ask: a, log: log, metrics: opts.Metrics, cfg: cfg,
		editInterval: opts.EditInterval, answerTimeout: opts.AnswerTimeout, placeAfter: opts.PlaceAfter, after: time.After,
		users:          newUserLimits(cfg.RatePerMinute, cfg.RateBurst),
		lanes:          newLanes(),
		guilds:         newAllowList(cfg.AllowedGuilds),
		channels:       newAllowList(cfg.AllowedChannels),
		answerChannels: newAllowList(cfg.AnswerChannels),
		jobs:           map[*job]struct{}{},
		changed:        make(chan struct{}),
	}
	if h.editInterval <= 0 {
		h.editInterval = DefaultEditInterval
	}
	if h.answerTimeout <= 0 {
		h.answerTimeout = DefaultAnswerTimeout
	}
	if h.placeAfter <= 0 {
		h.placeAfter = DefaultPlaceAfter
	}
	inFlight := cfg.MaxInFlight
	if inFlight <= 0 {
		inFlight = config.Default().Discord.MaxInFlight
	}
	size := cfg.QueueSize
	if size <= 0 {
		size = defaultQueueSize
	}
	maxWait := cfg.MaxQueueWait.Duration
	if maxWait <= 0 {
		maxWait = defaultMaxQueueWait
	}
	h.q = newQueue(size, max(1, size/10), inFlight, maxWait)
	h.base, h.cancelBase = context.WithCancel(context.Background())
	h.hard, h.stopHard = context.WithCancel(context.Background())
	h.self.Store("")
	for range inFlight {
		h.workers.Add(1)
		go h.worker()
	}
	go h.showPlaces()
	return h
}

// SetSelf tells the handler the bot's own user ID (from READY), so it
// ignores itself and knows its mentions.
func (h *Handler) SetSelf(userID string) { h.self.Store(userID) }

func (h *Handler) selfID() string { return h.self.Load().(string) }

// stopTaking makes new questions get the restart notice from now on
// (admit refuses them).
func (h *Handler) stopTaking() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closing = true
}

// job is one question on its way: queued, answered, delivered.
type job struct {
	surface, user, guild, channel string
	text                          string
	lane                          string
	log                           *slog.Logger
	arrived                       time.Time
	queued                        time.Time // set by the queue

	ix      *discordgo.Interaction // an interaction's, else nil
	private bool
	acked   chan struct{}      // an interaction's: closed once its callback has been answered (or failed)
	msg     *discordgo.Message // a message's, else nil
	// streamed is the reply showing the place in line or the streamed
	// answer (messages only); used by the job's lane tasks alone.
	streamed *discordgo.Message

	mu             sync.Mutex
	final          bool // the final delivery is queued: nothing else is sent
	dead           bool // the interaction could not be acknowledged
	cancel         context.CancelFunc
	preview        string
	previewPending bool
	placeShown     int
	placeAt        time.Time
}

// admit registers j and queues it. It is the one place that refuses new
// questions during shutdown: the check and the registration are one step
// under h.mu, so a question is either refused or waited for by Shutdown,
// never queued after Shutdown found nothing left to wait for.
func (h *Handler) admit(j *job) error {
	h.mu.Lock()
	if h.closing {
		h.mu.Unlock()
		return errQueueClosing
	}
	h.jobs[j] = struct{}{}
	h.mu.Unlock()
	if _, err := h.q.push(j); err != nil {
		h.done(j)
		if qm, ok := h.metrics.(QueueMetrics); ok && !errors.Is(err, errQueueClosing) {
			reason := "full"
			if errors.Is(err, errWaitTooLong) {
				reason = "wait"
			}
			qm.QueueRefused(j.surface, reason)
		}
		h.log.Warn("question not queued", "surface", j.surface, "guild", j.guild, "channel", j.channel, "user", j.user, "why", err)
		return err
	}
	h.queueLength()
	return nil
}

func (h *Handler) queueLength() {
	if qm, ok := h.metrics.(QueueMetrics); ok {
		qm.QueueLength(h.q.len())
	}
}

// refusal is what a user is told when their question is not queued.
func refusal(err error) string {
	switch {
	case errors.Is(err, errQueueClosing):
		return msgShuttingDown
	case errors.Is(err, errUserQueued):
		return msgUserQueued
	}
	return msgBusy
}

// done forgets j: it is delivered, or will never be.
func (h *Handler) done(j *job) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.jobs[j]; ok {
		delete(h.jobs, j)
		close(h.changed)
		h.changed = make(chan struct{})
	}
}

// waitJobs waits until every job is done, or ctx ends.
func (h *Handler) waitJobs(ctx context.Context) error {
	for {
		h.mu.Lock()
		n, ch := len(h.jobs), h.changed
		h.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (h *Handler) liveJobs() []*job {
	h.mu.Lock()
	defer h.mu.Unlock()
	js := make([]*job, 0, len(h.jobs))
	for j := range h.jobs {
		js = append(js, j)
	}
	return js
}

// worker answers queued questions, one at a time, until the queue closes.
func (h *Handler) worker() {
	defer h.workers.Done()
	for {
		j, ok := h.q.pop()
		if !ok {
			return
		}
		h.queueLength()
		if qm, ok := h.metrics.(QueueMetrics); ok {
			qm.QueueWait(j.surface, time.Since(j.queued))
		}
		h.answerJob(j)
	}
}

// answerJob computes j's answer in its slot and hands the delivery to
// j's lane: the slot is free again as soon as the answer is computed.
func (h *Handler) answerJob(j *job) {
	defer h.recoverTo("answer")
	ctx, cancel := context.WithTimeout(h.base, h.answerTimeout)
	defer cancel()
	j.mu.Lock()
	if j.dead || j.final {
		j.mu.Unlock()
		return
	}
	j.cancel = cancel
	j.mu.Unlock()

	start := time.Now()
	var history []bot.Turn
	stopTyping := func() {}
	if j.msg != nil {
		stopTyping = h.typing(j)
		history = h.history(ctx, j.msg)
	}
	st := newStreamer(h.editInterval, func(text string) { h.showPreview(j, text) }, h.after)
	a, err := h.ask.Ask(ctx, bot.Question{Text: j.text, History: history, OnPartial: st.partial})
	pace := st.stop()
	stopTyping()
	h.q.served(time.Since(start))
	h.answered(j.surface, j.guild, j.channel, j.user, a, err, j.arrived)
	parts := []part{textPart(msgFailed)}
	switch {
	case err == nil:
		parts = render(a)
	case h.cutOff():
		parts = h.lastWord(j, history)
	case errors.Is(err, bot.ErrIndexUnavailable):
		parts = []part{textPart(msgIndexDown)}
	}
	h.finish(j, parts, pace)
}

// cutOff reports whether the shutdown has cut the answers off.
func (h *Handler) cutOff() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return !h.cutOffBy.IsZero()
}

// lastWord is what an answer cut off by the shutdown leaves its asker:
// the offline answer, when there is time for it (it takes milliseconds
// where a model's takes seconds), else the restart notice. Never the
// failure line: nothing failed, the bot is restarting.
func (h *Handler) lastWord(j *job, history []bot.Turn) []part {
	h.mu.Lock()
	by := h.cutOffBy
	h.mu.Unlock()
	ctx, cancel := context.WithDeadline(context.Background(), by)
	defer cancel()
	a, err := h.ask.Ask(ctx, bot.Question{Text: j.text, History: history, Offline: true})
	if err != nil || ctx.Err() != nil {
		return []part{textPart(msgShuttingDown)}
	}
	j.log.Info("cut off by the shutdown: answered offline instead")
	return render(a)
}

// finish queues j's final delivery, once: the answer, a failure line or
// the restart notice, whichever comes first. pace, when not nil, fires
// when the streamed message may be edited again.
func (h *Handler) finish(j *job, parts []part, pace <-chan time.Time) {
	j.mu.Lock()
	if j.final || j.dead {
		j.mu.Unlock()
		return
	}
	j.final = true
	j.mu.Unlock()
	h.lanes.push(j.lane, func() {
		defer h.done(j)
		ctx, cancel := h.deliveryContext()
		defer cancel()
		if !j.waitAck(ctx) {
			return
		}
		if pace != nil {
			select {
			case <-pace:
			case <-ctx.Done():
			}
		}
		if j.ix != nil {
			h.sendInteractionParts(ctx, j.ix, parts, j.private)
		} else {
			h.sendReplyParts(ctx, j, parts)
		}
	})
}

// deliveryContext bounds one delivery: 10 s, or the shutdown deadline.
// Answers go out even after their own deadline: the user is owed one.
func (h *Handler) deliveryContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(h.hard, 10*time.Second)
}

// showPreview queues an edit with the newest streamed text; edits not yet
// made are replaced, not queued.
func (h *Handler) showPreview(j *job, text string) {
	j.mu.Lock()
	j.preview = text
	pending := j.previewPending
	j.previewPending = true
	j.mu.Unlock()
	if pending {
		return
	}
	h.lanes.push(j.lane, func() {
		j.mu.Lock()
		text, skip := j.preview, j.final || j.dead
		j.previewPending = false
		j.mu.Unlock()
		if skip {
			return
		}
		ctx, cancel := h.deliveryContext()
		defer cancel()
		h.show(ctx, j, part{content: preview(text)})
	})
}

// show puts p in j's message: the interaction's original response, or
// the reply (sent now if there is none yet). A failed edit keeps the
// reply it meant to change: the next edit tries that one again, rather
// than posting a second.
func (h *Handler) show(ctx context.Context, j *job, p part) {
	if j.ix != nil {
		if !j.waitAck(ctx) {
			return
		}
		if err := h.editOriginal(ctx, j.ix, editOf(p)); err != nil {
			j.log.Warn("couldn't edit the interaction response", "err", err)
		}
		return
	}
	if sent := h.reply(ctx, j.msg, j.streamed, p, j.log); sent != nil {
		j.streamed = sent
	}
}

// showPlaces shows waiting questions their place in line once they have
// waited placeAfter, and again at most every placeEvery while it changes.
func (h *Handler) showPlaces() {
	tick := time.NewTicker(min(time.Second, max(h.placeAfter/2, 10*time.Millisecond)))
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
		case <-h.hard.Done():
			return
		}
		now := time.Now()
		for _, j := range h.q.waiting() {
			if now.Sub(j.queued) < h.placeAfter {
				continue
			}
			n := h.q.place(j)
			j.mu.Lock()
			due := n > 0 && !j.final && !j.dead && n != j.placeShown &&
				(j.placeShown == 0 || now.Sub(j.placeAt) >= placeEvery)
			if due {
				j.placeShown, j.placeAt = n, now
			}
			j.mu.Unlock()
			if due {
				h.lanes.push(j.lane, func() {
					j.mu.Lock()
					skip := j.final || j.dead
					j.mu.Unlock()
					if skip {
						return
					}
					ctx, cancel := h.deliveryContext()
					defer cancel()
					h.show(ctx, j, textPart(placeText(n)))
				})
			}
		}
	}
}

// Shutdown stops taking questions and lets those admitted (queued or
// being answered) finish until shortly before ctx's deadline; then the
// rest are cut off: each gets the restart notice, sent before the
// deadline. It returns when every delivery is done or the deadline has
// passed; an answer that ignores its cancelled context is not waited for.
func (h *Handler) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	h.closing = true
	h.mu.Unlock()
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(time.Hour)
	}
	// Keep a quarter of the time (at most 2 s) to tell the askers cut off.
	notices := min(time.Until(deadline)/4, 2*time.Second)
	drain, cancelDrain := context.WithDeadline(ctx, deadline.Add(-notices))
	err := h.waitJobs(drain)
	cancelDrain()
	left := h.q.close()
	if err != nil {
		h.mu.Lock()
		h.cutOffBy = deadline.Add(-notices / 2)
		h.mu.Unlock()
	}
	h.cancelBase()
	if err != nil {
		h.log.Warn("shutdown deadline near: cutting off questions still waiting or being answered",
			"waiting", len(left), "total", len(h.liveJobs()))
		for _, j := range left {
			h.finish(j, []part{textPart(msgShuttingDown)}, nil)
		}
		// Answers see their context cancelled and deliver their last
		// word (lastWord); those that don't within half the notice time
		// get the restart notice instead.
		grace, cancelGrace := context.WithDeadline(ctx, deadline.Add(-notices/2))
		_ = h.waitJobs(grace)
		cancelGrace()
		for _, j := range h.liveJobs() {
			h.finish(j, []part{textPart(msgShuttingDown)}, nil)
		}
	}
	werr := h.waitJobs(ctx)
	h.lanes.wait(ctx)
	h.stopHard()
	if err == nil {
		err = werr
	}
	return err
}

// allowed applies the guild and channel allow-lists. They are about
// servers: direct messages are always answered.
func (h *Handler) allowed(guildID, channelID string) bool {
	if guildID == "" {
		return true
	}
	return h.guilds.allows(guildID) && h.channels.allows(channelID)
}

// answered logs one answer and counts it; latency runs from the question's
// arrival, its wait in the queue included.
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

// lanes run deliveries: tasks with one key run one after another, in the
// order given; tasks with different keys run side by side. A lane's
// goroutine ends when it has nothing left.
type lanes struct {
	mu      sync.Mutex
	m       map[string][]func()
	pending int
	changed chan struct{}
}

func newLanes() *lanes { return &lanes{m: map[string][]func(){}, changed: make(chan struct{})} }

func (l *lanes) push(key string, f func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending++
	q, running := l.m[key]
	l.m[key] = append(q, f)
	if !running {
		go l.run(key)
	}
}

func (l *lanes) run(key string) {
	for {
		l.mu.Lock()
		q := l.m[key]
		if len(q) == 0 {
			delete(l.m, key)
			l.mu.Unlock()
			return
		}
		f := q[0]
		l.m[key] = q[1:]
		l.mu.Unlock()
		func() {
			defer func() { _ = recover() }()
			f()
		}()
		l.mu.Lock()
		l.pending--
		close(l.changed)
		l.changed = make(chan struct{})
		l.mu.Unlock()
	}
}

// wait waits until no task is pending, or ctx ends.
func (l *lanes) wait(ctx context.Context) {
	for {
		l.mu.Lock()
		n, ch := l.pending, l.changed
		l.mu.Unlock()
		if n == 0 {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return
		}
	}
}
