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
	user := m.Author.ID
	log := h.log.With("surface", surface, "guild", m.GuildID, "channel", m.ChannelID, "user", user)
	lane := "c:" + m.ChannelID
	say := func(text string) {
		h.lanes.push(lane, func() {
			ctx, cancel := h.deliveryContext()
			defer cancel()
			h.reply(ctx, m, nil, textPart(text), log)
		})
	}

	question := stripMentionsOf(m.Content, self)
	if strings.TrimSpace(question) == "" && !addressed {
		// An answer channel's message with no text: an image, or content
		// the bot may not read (no message content intent). Not a question.
		ignore("no text")
		return
	}
	// The rate limit comes before any reply, so nothing gets one unlimited:
	// during shutdown too, when admit refuses with the restart notice.
	ok, notify := h.users.allow(user, time.Now())
	if !ok {
		h.rateLimited(surface, m.GuildID, m.ChannelID, user)
		if notify {
			say(msgRateLimited)
		}
		return
	}
	if strings.TrimSpace(question) == "" {
		say(msgEmpty)
		return
	}
	text, err := bot.CheckQuestion(question)
	if err != nil {
		say(questionProblem(err))
		return
	}
	j := &job{
		surface: surface, user: user, guild: m.GuildID, channel: m.ChannelID, text: text,
		lane: lane, arrived: time.Now(), msg: m, log: log,
	}
	if err := h.admit(j); err != nil {
		say(refusal(err))
	}
}

// sendReplyParts delivers a message's answer: the first part edits the
// reply that showed the place in line or the streamed answer, if any; the
// rest are new replies.
func (h *Handler) sendReplyParts(ctx context.Context, j *job, parts []part) {
	for n, p := range parts {
		var prev *discordgo.Message
		if n == 0 {
			prev = j.streamed
		}
		sent := h.reply(ctx, j.msg, prev, p, j.log)
		if sent == nil && prev != nil {
			// The streamed reply can't be edited (deleted, say): the
			// answer goes out as a new reply rather than not at all.
			sent = h.reply(ctx, j.msg, nil, p, j.log)
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

// typing shows the typing indicator in j's channel until the returned
// func is called. Each call goes through the channel's lane, so the
// indicator comes before the answer and never holds up the answering.
func (h *Handler) typing(j *job) (stop func()) {
	show := func() {
		h.lanes.push(j.lane, func() {
			j.mu.Lock()
			skip := j.final
			j.mu.Unlock()
			if skip {
				return
			}
			ctx, cancel := h.deliveryContext()
			defer cancel()
			if err := h.s.ChannelTyping(j.channel, discordgo.WithContext(ctx)); err != nil && ctx.Err() == nil {
				j.log.Warn("couldn't show typing", "err", err)
			}
		})
	}
	show()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(typingEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				show()
			case <-done:
				return
			}
		}
	}()
	return func() { close(done); <-finished }
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
