package text

import (
	"regexp"
	"strings"
)

// chatFiller are the interjections, tags and slang of chat that carry no
// topic: "how many died lol", "ok so who did it", "was it bad tho". It is a
// closed class of a register no dictionary lists, so it is kept here by
// hand; each word is read as filler only where the stories never use it
// (IsChatFiller's caller checks), so "ok" in a story about Oklahoma or
// "wait" in "relatives waited" keep their meaning there.
var chatFiller = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`lol lmao lmfao rofl haha hahaha hah heh lel xd xdd
		bro bruh dude dawg fam guys man mate sis yo hey hi hiya hello sup ayo oi
		ok okay k kk oke okey alright aight um uh umm uhh hmm hm mm er erm eh ah oh ooh
		tho though tbh ngl fr frfr imo imho idk idc ik iirc afaik btw fyi smh omg omfg wtf wth jk ffs
		pls plz please thx ty tysm lemme gimme kinda sorta like literally basically
		anyway anyways whatever rn atm smth sth stuff thingy lowkey highkey deadass istg ong`) {
		m[w] = true
	}
	return m
}()

// IsChatFiller reports a folded word of chat that says nothing of the
// topic when the stories don't use it.
func IsChatFiller(w string) bool { return chatFiller[w] }

// leadRE matches the discourse markers a chat question opens with ("ok so",
// "wait", "yo", "hey so", "and"), followed by the question proper.
var leadRE = regexp.MustCompile(`(?i)^\s*(?:(?:ok(?:ay)?|so|wait|yo|hey|hi|hello|um+|uh+|hmm+|well|lol|bro|bruh|dude|guys|pls|plz|please|also|and|but|oh|ah|alright|anyway)[\s,.!:;]+)+`)

// StripLead removes the discourse markers a chat question opens with, when
// words follow them: "ok so how many died" reads "how many died". A
// question that is only such words is left as typed.
func StripLead(q string) string {
	loc := leadRE.FindStringIndex(q)
	if loc == nil || strings.TrimSpace(q[loc[1]:]) == "" {
		return q
	}
	return q[loc[1]:]
}
