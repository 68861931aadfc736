package discord

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/storybot-dev/storybot/bot"
)

// Discord's limits on one message, counted in characters (runes), from
// https://discord.com/developers/docs/resources/message#create-message and
// .../resources/message#embed-object-embed-limits.
const (
	maxContent    = 2000 // message content
	maxEmbedTitle = 256
	maxEmbedDesc  = 4096
	maxFieldName  = 256
	maxFieldValue = 1024
	maxFields     = 25
	maxFooter     = 2048
	maxEmbedTotal = 6000 // all embeds' text in one message together
	maxEmbeds     = 10
)

// quoteRunes is how much of a cited passage the sources embed shows: about
// three lines on a phone, enough to recognise the passage; the full text is
// at the cited byte range of the source file.
const quoteRunes = 300

// part is one message of a reply.
type part struct {
	content string
	embeds  []*discordgo.MessageEmbed
}

// noMentions lets nothing the bot posts ping anyone: an empty (not null)
// parse list, no users, no roles, and no ping of the replied-to author.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// render turns an answer into the messages that carry it: the text, split
// to Discord's limits, and the sources embed with the last part.
func render(a *bot.Answer) []part {
	text := strings.TrimSpace(bot.SanitizeMentions(a.Text))
	if text == "" {
		text = bot.NotFound
	}
	chunks := splitText(text, maxContent)
	parts := make([]part, len(chunks))
	for i, c := range chunks {
		parts[i].content = c
	}
	if e := sourcesEmbed(a.Citations); e != nil {
		parts[len(parts)-1].embeds = []*discordgo.MessageEmbed{e}
	}
	return parts
}

// textPart is a reply of plain text (help, notices, failures).
func textPart(s string) part { return part{content: truncate(bot.SanitizeMentions(s), maxContent)} }

// sourcesEmbed lists the citations as numbered fields: "[n] title", then
// date, source name, byte range and the quote trimmed with an ellipsis. It
// keeps within every embed limit by shortening the quotes. nil when there
// is nothing to cite.
func sourcesEmbed(cites []bot.Citation) *discordgo.MessageEmbed {
	if len(cites) == 0 {
		return nil
	}
	e := &discordgo.MessageEmbed{Title: "Sources"}
	shown := cites
	if len(shown) > maxFields {
		shown = shown[:maxFields]
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("and %d more", len(cites)-maxFields)}
	}
	// Each field gets an equal share of the 6,000 characters the embed may
	// hold; the quote gets what the name and the source line leave.
	header := utf8.RuneCountInString(e.Title)
	if e.Footer != nil {
		header += utf8.RuneCountInString(e.Footer.Text)
	}
	share := (maxEmbedTotal - header) / len(shown)
	for _, c := range shown {
		title := oneLine(bot.SanitizeMentions(c.Title))
		if title == "" {
			title = c.Source
		}
		meta := fmt.Sprintf("`%s` bytes %d–%d", oneLine(bot.SanitizeMentions(c.Source)), c.Start, c.End)
		if c.Date != "" {
			meta = oneLine(bot.SanitizeMentions(c.Date)) + " · " + meta
		}
		name := truncate(fmt.Sprintf("[%d] %s", c.N, title), min(maxFieldName, share/3))
		value := truncate(meta, min(maxFieldValue/2, share/3))
		room := min(quoteRunes, share-runes(name)-runes(value)-3, maxFieldValue-runes(value)-3)
		if q := trimWords(oneLine(bot.SanitizeMentions(c.Quote)), room); q != "" {
			value += "\n> " + q
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: value})
	}
	return e
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// oneLine collapses runs of white space, newlines included, to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// truncate cuts s to at most n runes, ending with an ellipsis when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// trimWords cuts s to at most n runes at a word boundary when there is one
// in the last fifth, ending with an ellipsis when cut.
func trimWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return ""
	}
	r := []rune(s)[:n-1]
	for i := len(r) - 1; i > len(r)*4/5; i-- {
		if unicode.IsSpace(r[i]) {
			r = r[:i]
			break
		}
	}
	return strings.TrimRightFunc(string(r), unicode.IsSpace) + "…"
}

// splitText splits s into parts of at most limit runes (never bytes), at
// the best boundary in the second half of each window: a paragraph break,
// a line break, the end of a sentence, a space; never inside a [n] marker.
// White space at the cuts is dropped; nothing else is lost.
func splitText(s string, limit int) []string {
	r := []rune(strings.TrimSpace(s))
	var out []string
	for len(r) > limit {
		cut := cutPoint(r, limit)
		if p := strings.TrimRightFunc(string(r[:cut]), unicode.IsSpace); p != "" {
			out = append(out, p)
		}
		r = []rune(strings.TrimLeftFunc(string(r[cut:]), unicode.IsSpace))
	}
	if len(r) > 0 {
		out = append(out, string(r))
	}
	return out
}

// cutPoint picks where to end the part r[:cut], cut <= limit < len(r).
func cutPoint(r []rune, limit int) int {
	levels := []func(c int) bool{
		func(c int) bool { return c >= 2 && r[c-1] == '\n' && r[c-2] == '\n' },
		func(c int) bool { return r[c-1] == '\n' },
		func(c int) bool { return c >= 2 && unicode.IsSpace(r[c-1]) && strings.ContainsRune(".!?", r[c-2]) },
		func(c int) bool { return unicode.IsSpace(r[c-1]) },
	}
	for _, ok := range levels {
		for c := limit; c > limit/2; c-- {
			if ok(c) && markerStart(r, c) < 0 {
				return c
			}
		}
	}
	if s := markerStart(r, limit); s > 0 {
		return s
	}
	return limit
}

// markerStart returns the index of the '[' of the [n] marker that a cut
// at c would split (c strictly inside it), or -1.
func markerStart(r []rune, c int) int {
	i := c - 1
	for i >= 0 && isDigit(r[i]) {
		i--
	}
	if i < 0 || r[i] != '[' {
		return -1
	}
	j := c
	for j < len(r) && isDigit(r[j]) {
		j++
	}
	if j >= len(r) || r[j] != ']' || j-i < 2 {
		return -1
	}
	return i
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
