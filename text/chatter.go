package text

import (
	"regexp"
	"strings"
)

// chatFiller are the interjections, tags and slang of chat that carry no
// topic: "how many died lol", "ok so who did it", "was it bad tho", and the
// asker's "now" ("how many people are dead now", "rn"): the stories tell
// the latest they know, whatever day it is read. It is a
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
		anyway anyways whatever rn atm smth sth stuff thingy lowkey highkey deadass istg ong eli5
		now currently presently`) {
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

// asideRE matches a comment tacked on after a question, behind a comma or
// a dash, that opens with chat filler: "how many cellblocks did they get
// back, ngl sounds like a swat map", "how long is the state of emergency,
// like is it a week or what", "who is the president, lowkey forgot".
var asideRE = regexp.MustCompile(`\s*(?:,|\s[-–—])\s*([\p{L}']+)\b[^,]*$`)

// StripAside removes a comment tacked on after a question: the clause after
// its last comma or dash, when that clause opens with chat filler or with
// the asker speaking of themselves ("my cousin works there") and the
// question before it has at least two words. The aside's words are the
// asker's reaction, not what is asked ("swat map", "forgot"), and would
// count against an answer the stories hold. A question that is only such
// words is left as typed.
func StripAside(q string) string {
	loc := asideRE.FindStringSubmatchIndex(q)
	if loc == nil {
		return q
	}
	w := strings.ToLower(q[loc[2]:loc[3]])
	if !chatFiller[w] && !firstPerson[w] && !hearsay[w] || firstPerson[w] && restates.MatchString(q[loc[2]:]) {
		return q
	}
	head := strings.TrimSpace(q[:loc[0]])
	if len(strings.Fields(head)) < 2 || asksAgain.MatchString(orWhat.ReplaceAllString(q[loc[3]:], "")) {
		return q
	}
	return head
}

// firstPerson are the words an asker's remark about themselves opens
// with: "what hours is the curfew in Duran, my cousin works nights there",
// "how strong was the quake, we felt it here", "what year was it again, i
// always forget". The stories are not about the asker.
var firstPerson = map[string]bool{"i": true, "i'm": true, "im": true, "i've": true, "ive": true, "i'd": true, "my": true, "me": true, "we": true, "we're": true, "our": true}

// hearsay are the words a remark about what others say opens with: "how
// did they get in, somebody on the radio said they blew the doors off",
// "how many died, people are saying 50". What was heard is a claim the
// answer may correct, not what is asked.
var hearsay = map[string]bool{"somebody": true, "someone": true, "people": true, "ppl": true, "everyone": true, "everybody": true, "apparently": true, "supposedly": true, "reportedly": true, "heard": true}

// restates matches a first-person remark that says again what is asked:
// "who won, i mean the runoff", "what happened, I'm asking about Quito".
var restates = regexp.MustCompile(`(?i)^(?:i\s+mean|i\s+meant|i'?m\s+(?:asking|talking)\s+about|i'?m\s+referring|my\s+question\s+is)\b`)

// asksAgain matches a question word in an aside, which then restates what
// is asked ("what started the fire, like whats the cause") rather than
// comments on it; a closing "or what" is only a tag.
var (
	asksAgain = regexp.MustCompile(`(?i)\b(?:what|whats|what's|who|whos|who's|whom|whose|which|when|where|why|how)\b`)
	orWhat    = regexp.MustCompile(`(?i)\bor what\W*$`)
)

// requestRE matches the asker's frame around a question that follows it
// with a question word: "i want to know", "i'd like to know", "i need to
// find out", "i'm curious", "i was wondering", "can you tell me", "does
// anyone know", "tell me". Its words ("want", "need", "curious") are the
// asker's, not the topic's.
var requestRE = regexp.MustCompile(`(?i)^\s*(?:(?:(?:i|we)\s*)?(?:(?:really\s+|just\s+)?(?:want|wanna|need|would\s+like|would\s+love)|['’]?d\s+(?:like|love))\s+(?:to\s+)?(?:know|find\s+out|understand|ask|learn|check|hear)|(?:i\s*['’]?m|i\s+am|im|i\s+was|we\s*['’]?re)\s+(?:just\s+|really\s+|so\s+)?(?:curious|wondering|trying\s+to\s+(?:figure\s+out|understand|find\s+out))(?:\s+about)?|i\s+wonder|(?:can|could|would|will)\s+(?:(?:you|u|someone|somebody|anyone|anybody)(?:\s+guys)?\s+)?(?:please\s+|pls\s+|plz\s+)?(?:tell|show|say)(?:\s+(?:me|us))?|(?:please\s+|pls\s+|plz\s+)?tell\s+(?:me|us)|let\s+(?:me|us)\s+know|(?:(?:do|does)\s+)?(?:you|u|anyone|anybody|somebody|someone)(?:\s+guys|\s+here)?\s+knows?)\s*[,:]?\s+((?:how|what|who|whom|whose|when|where|why|which)\b)`)

// StripRequest removes the asker's frame before a question word: "i want
// to know how many died" reads "how many died". A frame before anything
// else ("i want to know if ...", "tell me about the riot") is left.
func StripRequest(q string) string {
	m := requestRE.FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	return q[m[2]:]
}
