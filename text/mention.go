package text

import (
	"strings"
	"unicode/utf8"
)

// DefuseMentions defuses Discord mentions in text the bot writes:
// @everyone, @here, <@user>, <@!user>, <@&role>, <#channel> and
// </command:id> get a zero-width space after the @ or the <, so they show
// as text and ping nobody, whatever a story, a question or a model put
// there. (Surfaces also send with no allowed mentions; this is the second
// lock.)
func DefuseMentions(s string) string {
	if !strings.ContainsAny(s, "@<") {
		return s
	}
	return mentionReplacer.Replace(s)
}

var mentionReplacer = strings.NewReplacer("@everyone", "@\u200beveryone", "@here", "@\u200bhere",
	"<@", "<@\u200b", "<#", "<\u200b#", "</", "<\u200b/")

// Clip cuts s to n characters, with an ellipsis when it cut.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
