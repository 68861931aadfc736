package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/storybot-dev/storybot/bot"
)

// Command names.
const (
	cmdAsk         = "ask"
	cmdSources     = "sources"
	cmdSummary     = "summary"
	optionStory    = "story"
	cmdHelp        = "help"
	cmdAskMessage  = "Ask storybot"
	optionQuestion = "question"
	optionPrivate  = "private"
)

// Commands are the application commands the bot registers, in one bulk
// overwrite.
func Commands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{
			Type: discordgo.ChatApplicationCommand, Name: cmdAsk,
			Description: "Ask a question about the stories; the answer cites its sources",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: optionQuestion,
					Description: "Your question", Required: true, MaxLength: bot.MaxQuestionRunes,
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: optionPrivate,
					Description: "Show the answer to you only",
				},
			},
		},
		{Type: discordgo.ChatApplicationCommand, Name: cmdSources, Description: "List the stories I can answer from"},
		{
			Type: discordgo.ChatApplicationCommand, Name: cmdSummary,
			Description: "Summarise a story in a few cited sentences",
			Options: []*discordgo.ApplicationCommandOption{{
				Type: discordgo.ApplicationCommandOptionString, Name: optionStory,
				Description: "Which story: words of its title or its file name (leave out when there is one)", MaxLength: bot.MaxQuestionRunes,
			}},
		},
		{Type: discordgo.ChatApplicationCommand, Name: cmdHelp, Description: "How to ask me questions"},
		{Type: discordgo.MessageApplicationCommand, Name: cmdAskMessage},
	}
}

const helpText = `I answer questions about a set of news stories, and cite the exact passages I used.

• **/ask** question:<your question> — add private:True to see the answer alone.
• **/sources** — the stories I know.
• **/summary** story:<words of its title> — a story in a few sentences, each cited ("tldr?" works too).
• Right-click a message → Apps → **Ask storybot** — answers the question in it.
• Mention me with a question, or send me a direct message. Reply to one of my answers to ask a follow-up.

Numbers like [1] point to the sources listed under the answer. When the stories don't say, I say so.`

// interactionUser is who used the interaction: a member in a server, a
// user in a DM.
func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// handleInteraction answers one INTERACTION_CREATE.
func (h *Handler) handleInteraction(i *discordgo.Interaction) {
	defer h.recoverTo("interaction")
	if i == nil || i.Type != discordgo.InteractionApplicationCommand {
		return
	}
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return
	}
	if !h.allowed(i.GuildID, i.ChannelID) {
		h.respondNow(i, msgNotHere)
		return
	}
	switch data.Name {
	case cmdHelp:
		h.respondDeferred(i, false, func(context.Context) []part { return []part{textPart(helpText)} })
	case cmdSources:
		h.respondDeferred(i, false, func(context.Context) []part { return sourcesParts(h.ask.Sources()) })
	case cmdSummary:
		about, _ := stringOption(data, optionStory)
		h.respondDeferred(i, false, func(ctx context.Context) []part {
			a, err := h.ask.Summary(ctx, about)
			if err != nil {
				h.log.Warn("couldn't summarise", "guild", i.GuildID, "channel", i.ChannelID, "err", err)
				return []part{textPart(msgFailed)}
			}
			return render(a)
		})
	case cmdAsk:
		q, _ := stringOption(data, optionQuestion)
		private, _ := boolOption(data, optionPrivate)
		h.answerInteraction(i, SurfaceSlash, q, private)
	case cmdAskMessage:
		var text string
		if data.Resolved != nil {
			if m := data.Resolved.Messages[data.TargetID]; m != nil {
				text = m.Content
			}
		}
		if strings.TrimSpace(text) == "" {
			h.respondNow(i, msgNoText)
			return
		}
		h.answerInteraction(i, SurfaceContextMenu, stripMentionsOf(text, h.selfID()), false)
	default:
		h.log.Warn("unknown command", "name", data.Name, "guild", i.GuildID, "channel", i.ChannelID)
		h.respondNow(i, "I don't know that command.")
	}
}

// stringOption reads a string option without discordgo's panicking helper.
func stringOption(d discordgo.ApplicationCommandInteractionData, name string) (string, bool) {
	o := d.GetOption(name)
	if o == nil {
		return "", false
	}
	s, ok := o.Value.(string)
	return s, ok
}

func boolOption(d discordgo.ApplicationCommandInteractionData, name string) (bool, bool) {
	o := d.GetOption(name)
	if o == nil {
		return false, false
	}
	b, ok := o.Value.(bool)
	return b, ok
}

// respondNow answers the interaction at once with a notice only its user sees.
func (h *Handler) respondNow(i *discordgo.Interaction, text string) {
	err := h.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: textPart(text).content, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		},
	})
	if err != nil {
		h.log.Warn("couldn't respond to interaction", "guild", i.GuildID, "channel", i.ChannelID, "err", err)
	}
}

// ackTimeout bounds the callback that acknowledges an interaction:
// Discord takes it within 3 s of the interaction or not at all.
const ackTimeout = 5 * time.Second

// deferResponse acknowledges the interaction ("thinking…"), ephemeral if
// private.
func (h *Handler) deferResponse(i *discordgo.Interaction, private bool) error {
	ctx, cancel := context.WithTimeout(h.hard, ackTimeout)
	defer cancel()
	data := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if private {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	err := h.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: data,
	}, discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("couldn't defer the interaction response: %w", err)
	}
	return nil
}

// respondDeferred defers, builds the reply and edits it in, in the
// interaction's lane: the edit follows the answered callback.
func (h *Handler) respondDeferred(i *discordgo.Interaction, private bool, build func(context.Context) []part) {
	h.lanes.push("i:"+i.Token, func() {
		if err := h.deferResponse(i, private); err != nil {
			h.log.Warn("couldn't answer interaction", "guild", i.GuildID, "channel", i.ChannelID, "err", err)
			return
		}
		ctx, cancel := h.deliveryContext()
		defer cancel()
		h.sendInteractionParts(ctx, i, build(ctx), private)
	})
}

// answerInteraction admits /ask and "Ask storybot": refused at once with
// a notice only the user sees, or queued and acknowledged ("thinking…").
func (h *Handler) answerInteraction(i *discordgo.Interaction, surface, question string, private bool) {
	user := interactionUser(i)
	if ok, _ := h.users.allow(user, time.Now()); !ok {
		h.rateLimited(surface, i.GuildID, i.ChannelID, user)
		h.respondNow(i, msgRateLimited)
		return
	}
	text, err := bot.CheckQuestion(question)
	if err != nil {
		h.respondNow(i, questionProblem(err))
		return
	}
	j := &job{
		surface: surface, user: user, guild: i.GuildID, channel: i.ChannelID, text: text,
		lane: "i:" + i.Token, arrived: time.Now(), ix: i, private: private, acked: make(chan struct{}),
		log: h.log.With("surface", surface, "guild", i.GuildID, "channel", i.ChannelID, "user", user),
	}
	if err := h.admit(j); err != nil {
		h.respondNow(i, refusal(err))
		return
	}
	// Acknowledged here and now, while the answer may already be under
	// way: each of the job's sends waits in its lane until the callback
	// has been answered (Discord refuses an edit that comes before).
	err = h.deferResponse(i, private)
	if err != nil {
		j.log.Warn("couldn't acknowledge the interaction; dropping the question", "err", err)
		h.drop(j)
	}
	close(j.acked)
}

// waitAck waits until j's interaction callback has been answered; false
// when it failed (the job is dropped) or ctx ended first. A message's job
// has no callback.
func (j *job) waitAck(ctx context.Context) bool {
	if j.acked == nil {
		return true
	}
	select {
	case <-j.acked:
	default:
		select {
		case <-j.acked:
		case <-ctx.Done():
			return false
		}
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	return !j.dead
}

// unknownWebhookRetry is the pause before an edit refused with 404
// Unknown Webhook is tried again: the callback has been answered, and
// Discord needs a moment to know its webhook everywhere.
const unknownWebhookRetry = 250 * time.Millisecond

// editOriginal edits the interaction's original response; an edit
// refused with 404 Unknown Webhook is tried once more.
func (h *Handler) editOriginal(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	_, err := h.s.InteractionResponseEdit(i, e, discordgo.WithContext(ctx))
	if !isUnknownWebhook(err) {
		return err
	}
	t := time.NewTimer(unknownWebhookRetry)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
		return err
	}
	_, err = h.s.InteractionResponseEdit(i, e, discordgo.WithContext(ctx))
	return err
}

// isUnknownWebhook reports Discord's 404 Unknown Webhook (code 10015).
func isUnknownWebhook(err error) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusNotFound &&
		re.Message != nil && re.Message.Code == discordgo.ErrCodeUnknownWebhook
}

// drop gives up on j: its interaction could not be acknowledged, so
// nothing can be sent for it.
func (h *Handler) drop(j *job) {
	j.mu.Lock()
	j.dead = true
	cancel := j.cancel
	j.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	if h.q.remove(j) {
		h.queueLength()
	}
	h.done(j)
}

// sendInteractionParts edits @original with the first part and sends the
// rest as follow-ups. A failed send is logged, not fatal.
func (h *Handler) sendInteractionParts(ctx context.Context, i *discordgo.Interaction, parts []part, private bool) {
	// The deferred response must be edited even when the context is done
	// (shutdown deadline, answer timeout), or the user sees "thinking…"
	// forever; the edit gets a context of its own.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	for n, p := range parts {
		var err error
		if n == 0 {
			err = h.editOriginal(ctx, i, editOf(p))
		} else {
			params := &discordgo.WebhookParams{Content: p.content, Embeds: p.embeds, AllowedMentions: noMentions()}
			if private {
				params.Flags = discordgo.MessageFlagsEphemeral
			}
			_, err = h.s.FollowupMessageCreate(i, true, params, discordgo.WithContext(ctx))
		}
		if err != nil {
			h.log.Warn("couldn't send answer", "guild", i.GuildID, "channel", i.ChannelID, "part", n+1, "err", err)
			return
		}
	}
}

func editOf(p part) *discordgo.WebhookEdit {
	embeds := p.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	return &discordgo.WebhookEdit{Content: &p.content, Embeds: &embeds, AllowedMentions: noMentions()}
}

// preview is a streamed answer shown while it grows: defused, and cut to
// one message with an ellipsis (the final answer is split properly).
func preview(text string) string {
	text = strings.TrimSpace(bot.SanitizeMentions(text))
	if text == "" {
		text = "…"
	}
	return truncate(text, maxContent)
}

// questionProblem is the polite line for a question that cannot be asked.
func questionProblem(err error) string {
	switch {
	case errors.Is(err, bot.ErrQuestionTooLong):
		return msgTooLong
	case errors.Is(err, bot.ErrEmptyQuestion):
		return msgEmpty
	}
	return msgFailed
}

// sourcesParts lists the stories: one line each in embed descriptions,
// as many embeds as the limits allow, then "and N more".
func sourcesParts(srcs []bot.Source) []part {
	if len(srcs) == 0 {
		return []part{textPart("I have no stories loaded.")}
	}
	header := fmt.Sprintf("I answer from %d stories:", len(srcs))
	var embeds []*discordgo.MessageEmbed
	var b strings.Builder
	total := 0
	flush := func() {
		if b.Len() > 0 {
			embeds = append(embeds, &discordgo.MessageEmbed{Description: b.String()})
			b.Reset()
		}
	}
	shown := 0
	for n, s := range srcs {
		line := fmt.Sprintf("%d. **%s**", n+1, oneLine(bot.SanitizeMentions(s.Title)))
		if s.Date != "" {
			line += " (" + oneLine(bot.SanitizeMentions(s.Date)) + ")"
		}
		line = truncate(line+" — `"+oneLine(bot.SanitizeMentions(s.Source))+"`", 300) + "\n"
		l := runes(line)
		if total+l > maxEmbedTotal-100 {
			break
		}
		if runes(b.String())+l > maxEmbedDesc {
			if len(embeds) == maxEmbeds-1 {
				break
			}
			flush()
		}
		b.WriteString(line)
		total += l
		shown++
	}
	flush()
	if shown < len(srcs) {
		header += fmt.Sprintf(" (the first %d shown)", shown)
	}
	return []part{{content: header, embeds: embeds}}
}
