package discord

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/storybot-dev/storybot/bot"
)

// typingEvery renews the typing indicator, which Discord shows for about
// ten seconds after each call.
const typingEvery = 8 * time.Second

// handleMessage answers one MESSAGE_CREATE: every message in a DM; in a
// server, messages that mention the bot, reply to it, or are posted in an
// answer channel.
func (h *Handler) handleMessage(m *discordgo.Message) {
	defer h.recoverTo("message")
	self := h.selfID()
	if m == nil || m.Author == nil || self == "" {
		return
	}
	ignore := func(why string) { h.log.Debug("message ignored", "message_id", m.ID, "why", why) }
	if m.Author.Bot || m.Author.ID == self {
		ignore("written by a bot")
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		ignore("not a plain message")
		return
	}
	surface := SurfaceDM
	addressed := true // a DM, a mention or a reply: the user spoke to the bot
	if m.GuildID != "" {
		if !h.allowed(m.GuildID, m.ChannelID) {
			ignore("server or channel not allowed")
			return
		}
		replyToBot := m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil && m.ReferencedMessage.Author.ID == self
		addressed = mentions(m, self) || replyToBot
		if !addressed && !(len(h.answerChannels) > 0 && h.answerChannels[m.ChannelID]) {
			ignore("not addressed to the bot")
			return
		}
		surface = SurfaceMention
	}
	if !h.begin() {
		return
	}
	defer h.wg.Done()
	user := m.Author.ID
	log := h.log.With("surface", surface, "guild", m.GuildID, "channel", m.ChannelID, "user", user)

	question := stripMentionsOf(m.Content, self)
	if strings.TrimSpace(question) == "" && !addressed {
		// An answer channel's message with no text: an image, or content
		// the bot may not read (no message content intent). Not a question.
		ignore("no text")
		return
	}
	// The rate limit comes before any reply, so nothing gets one unlimited.
	ok, notify := h.users.allow(user, time.Now())
	if !ok {
		h.rateLimited(surface, m.GuildID, m.ChannelID, user)
		if notify {
			h.reply(h.base, m, nil, textPart(msgRateLimited), log)
		}
		return
	}
	if strings.TrimSpace(question) == "" {
		h.reply(h.base, m, nil, textPart(msgEmpty), log)
		return
	}
	text, err := bot.CheckQuestion(question)
	if err != nil {
		h.reply(h.base, m, nil, textPart(questionProblem(err)), log)
		return
	}
	release, ok := h.slot()
	if !ok {
		h.reply(h.base, m, nil, textPart(msgBusy), log)
		return
	}
	defer release()

	start := time.Now()
	ctx, cancel := context.WithTimeout(h.base, h.answerTimeout)
	defer cancel()
	stopTyping := h.typing(ctx, m.ChannelID, log)
	history := h.history(ctx, m)

	var streamed *discordgo.Message // the reply that shows the streamed answer
	st := newStreamer(h.editInterval, func(partial string) {
		// A failed edit keeps the reply it meant to change: the next
		// partial edits that one again, rather than posting a second.
		if sent := h.reply(ctx, m, streamed, part{content: preview(partial)}, log); sent != nil {
			streamed = sent
		}
	}, h.after)
	a, err := h.ask.Ask(ctx, bot.Question{Text: text, History: history, OnPartial: st.partial})
	st.stop(ctx)
	stopTyping()
	h.answered(surface, m.GuildID, m.ChannelID, user, a, err, start)

	parts := []part{textPart(msgFailed)}
	if err == nil {
		parts = render(a)
	}
	// Replies go out even after the answer's deadline: the user is owed one.
	ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	for n, p := range parts {
		var prev *discordgo.Message
		if n == 0 {
			prev = streamed
		}
		sent := h.reply(ctx, m, prev, p, log)
		if sent == nil && prev != nil {
			// The streamed reply can't be edited (deleted, say): the
			// answer goes out as a new reply rather than not at all.
			sent = h.reply(ctx, m, nil, p, log)
		}
		if sent == nil {
			return
		}
	}
}

// reply sends p as a reply to m, or edits prev with it when prev is not
// nil. It returns the message sent or edited, nil on failure (logged).
func (h *Handler) reply(ctx context.Context, m *discordgo.Message, prev *discordgo.Message, p part, log *slog.Logger) *discordgo.Message {
	embeds := p.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if prev != nil {
		content := p.content
		sent, err := h.s.ChannelMessageEditComplex(&discordgo.MessageEdit{
			ID: prev.ID, Channel: prev.ChannelID, Content: &content, Embeds: &embeds, AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		if err != nil {
			log.Warn("couldn't edit reply", "err", err)
			return nil
		}
		return sent
	}
	failIfGone := false
	sent, err := h.s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
		Content: p.content, Embeds: embeds, AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{
			MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &failIfGone,
		},
	}, discordgo.WithContext(ctx))
	if err != nil {
		log.Warn("couldn't send reply", "err", err)
		return nil
	}
	return sent
}

// typing shows the typing indicator until the returned func is called.
// The first call is made before it returns, so the indicator comes before
// the answer.
func (h *Handler) typing(ctx context.Context, channelID string, log *slog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	show := func() {
		if err := h.s.ChannelTyping(channelID, discordgo.WithContext(ctx)); err != nil && ctx.Err() == nil {
			log.Warn("couldn't show typing", "err", err)
		}
	}
	show()
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(typingEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				show()
			case <-ctx.Done():
				return
			}
		}
	}()
	return func() { cancel(); <-done }
}

// history walks the reply chain back from m: each earlier answer of the
// bot and the question it replied to, oldest first, at most
// FollowUpDepth turns.
func (h *Handler) history(ctx context.Context, m *discordgo.Message) []bot.Turn {
	self := h.selfID()
	var turns []bot.Turn
	cur := h.referenced(ctx, m)
	for len(turns) < h.cfg.FollowUpDepth && cur != nil && cur.Author != nil && cur.Author.ID == self {
		q := h.referenced(ctx, cur)
		if q == nil {
			break
		}
		turns = append(turns, bot.Turn{Question: strings.TrimSpace(stripMentionsOf(q.Content, self)), Answer: cur.Content})
		cur = h.referenced(ctx, q)
	}
	slices.Reverse(turns)
	return turns
}

// referenced is the message m replies to: included in the event, or
// fetched. nil when there is none or it cannot be fetched.
func (h *Handler) referenced(ctx context.Context, m *discordgo.Message) *discordgo.Message {
	if m.ReferencedMessage != nil {
		return m.ReferencedMessage
	}
	ref := m.MessageReference
	if ref == nil || ref.MessageID == "" {
		return nil
	}
	ch := ref.ChannelID
	if ch == "" {
		ch = m.ChannelID
	}
	got, err := h.s.ChannelMessage(ch, ref.MessageID, discordgo.WithContext(ctx))
	if err != nil {
		h.log.Info("couldn't fetch replied-to message", "channel", ch, "message", ref.MessageID, "err", err)
		return nil
	}
	return got
}

// mentions reports whether m mentions the user id.
func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+id+">") || strings.Contains(m.Content, "<@!"+id+">")
}

// stripMentionsOf removes the bot's own mentions from a question.
func stripMentionsOf(s, id string) string {
	if id == "" {
		return strings.TrimSpace(s)
	}
	s = strings.ReplaceAll(s, "<@"+id+">", "")
	s = strings.ReplaceAll(s, "<@!"+id+">", "")
	return strings.TrimSpace(strings.Join(strings.Fields(s), " "))
}
