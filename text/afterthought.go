package text

import (
	"regexp"
	"strings"
)

// Some askers write a question as a letter of thoughts joined by dots:
// "hello there bot... hope you're keeping well... i was wondering how
// many poor souls have died in that prison... terrible thing, terrible".
// The greeting and the asker's own remarks around the question are no
// part of what is asked, and their words ("keeping", "school", "pit")
// would count against an answer the stories hold.

// ellipsisRE is the break between such thoughts: two dots or more, or
// the ellipsis character.
var ellipsisRE = regexp.MustCompile(`\s*(?:\.{2,}|…)\s*`)

// greetingPartRE is a part of a thought (between commas) that only
// greets, wishes the reader well, introduces the asker or announces a
// question: "hi there", "bot", "hope you're having a good day", "hello
// again", "my name is ana", "quick question".
var greetingPartRE = regexp.MustCompile(`(?i)^(?:(?:hello|hi|hiya|hey|howdy|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+(?:there|again|everyone|all|folks|friend|mate|bot|storybot))*(?:\s+(?:my\s+name\s+is|i\s*['’]?m|i\s+am|this\s+is)\s+\p{L}+)?|bot|storybot|(?:i\s+)?hope\s+(?:you\s*['’]?re|you\s+are|ur|u\s+r|you|all\s+is|all['’]s|everyone\s+is|everyone['’]s)(?:\s+all)?\s+(?:(?:keeping|doing|feeling)\s+)?(?:well|ok|okay|good|fine|having\s+a\s+(?:good|great|nice|lovely)\s+(?:day|one|evening|morning|week))(?:\s+(?:today|now))?|(?:my\s+name\s+is|i\s*['’]?m|i\s+am|this\s+is)\s+\p{L}+(?:\s+from\s+\p{L}+)?|(?:a\s+)?quick\s+question|(?:i\s+have\s+)?(?:a\s+)?question(?:\s+for\s+you)?|sorry\s+to\s+bother(?:\s+you)?)$`)

// smileyRE is an emoticon: it greets or sighs, it asks nothing.
var smileyRE = regexp.MustCompile(`[:;=]-?[()DPp]|[()]|[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}]`)

// greets reports a thought made only of greeting parts.
func greets(s string) bool {
	s = smileyRE.ReplaceAllString(s, " ")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '!' || r == ';' || r == ':' })
	n := 0
	for _, p := range parts {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		if !greetingPartRE.MatchString(p) {
			return false
		}
		n++
	}
	return n > 0
}

// restatesRE is the asker saying again what is asked ("the gaol itself i
// mean", "in total is what i'm asking", "i was asking about the guards",
// "i need the street address"): no remark about themselves.
var restatesRE = regexp.MustCompile(`(?i)\bi\s+mean\b|\bi\s+meant\b|\b(?:is\s+)?what\s+i\s*['’]?m\s+asking\b|\bi\s+(?:was|am|['’]m)\s+(?:asking|talking)\s+about\b|\bi\s*['’]?m\s+(?:asking|talking)\s+about\b|\bi\s+(?:need|want)\s+(?:the|a|an|to\s+know)\b`)

// thanksOnlyRE is a thought that only thanks.
var thanksOnlyRE = regexp.MustCompile(`(?i)^(?:thanks|thank\s+you|thx|ty|tysm|cheers|much\s+appreciated|many\s+thanks)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance)?\W*$`)

// segmentAsksRE is a thought that asks: a question mark, a question word
// among its first three words or after a word of asking ("i was
// wondering whether the story says how many"; not the relative "where"
// of "my cousin said it was in the capital where the president lives"),
// or a verb opening a yes-or-no question.
var segmentAsksRE = regexp.MustCompile(`(?i)\?|^\s*(?:\S+\s+){0,2}(?:who|whom|whose|what|whats|which|where|when|why|how)\b|\b(?:wonder|wondering|wondered|know|tell|curious|ask|asking|say|says)\b.*\b(?:who|whom|whose|what|which|where|when|why|how|if|whether)\b|` + yesNoOpen)

// yesNoOpen is a verb opening a yes-or-no question.
const yesNoOpen = `^\s*(?:and\s+)?(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)\b`

// yesNoOpensRE is a thought opening as a yes-or-no question does, and
// exclaimRE a "how" that exclaims ("how terrible"): a remark opening so
// with a word of the first person ("was there myself", "do let me
// know", "had no idea, i live nearby") or exclaiming asks nothing.
var (
	yesNoOpensRE = regexp.MustCompile(`(?i)` + yesNoOpen)
	exclaimRE    = regexp.MustCompile(`(?i)^\W*(?:how\s+(?:terrible|awful|sad|horrible|horrific|scary|crazy|tragic|shocking|dreadful|insane|wild|heartbreaking|frightening)\b|what\s+an?\s+\p{L}+\W*$|(?:hi|hello|hey)?\W*how\s+are\s+(?:you|u)(?:\s+(?:doing|today))?\W*$)`)
)

// asks reports a thought that asks.
func asks(s string) bool {
	if strings.Contains(s, "?") {
		return true
	}
	if exclaimRE.MatchString(s) {
		return false
	}
	if yesNoOpensRE.MatchString(s) && aboutAsker(s) {
		return false
	}
	return segmentAsksRE.MatchString(s)
}

// StripAfterthoughts removes, from a message whose thoughts are joined by
// dots, the greetings before its question and the asker's remarks after
// it: a thought after the last one that asks that only thanks, or holds
// a word of the first person ("geography was never my strong point", "i
// do hope they got home"). What restates the question stays ("the gaol
// itself i mean", "in total is what i'm asking"), as does every thought
// up to the last that asks, which may hold what the question leans on
// ("rodriguez is it... what is he in charge of"). A message with no
// thought that asks is left as typed.
func StripAfterthoughts(q string) string { return StripAfterthoughtsKeeping(q, nil) }

// StripAfterthoughtsKeeping is StripAfterthoughts keeping also a remark
// that holds a word named reports as a name the stories use ("we live in
// duran": the place asked about).
func StripAfterthoughtsKeeping(q string, named func(w string) bool) string {
	breaks := ellipsisRE.FindAllStringIndex(q, -1)
	if len(breaks) == 0 {
		return q
	}
	type span struct{ from, to int }
	thoughts := make([]span, 0, len(breaks)+1)
	at := 0
	for _, b := range breaks {
		thoughts = append(thoughts, span{at, b[0]})
		at = b[1]
	}
	thoughts = append(thoughts, span{at, len(q)})
	lastAsks := -1
	for i, t := range thoughts {
		if asks(q[t.from:t.to]) {
			lastAsks = i
		}
	}
	if lastAsks < 0 {
		return q
	}
	var kept []string
	dropped := false
	for i, t := range thoughts {
		s := strings.TrimSpace(q[t.from:t.to])
		switch {
		case s == "":
			continue
		case i < lastAsks && len(kept) == 0 && greets(s):
			dropped = true
			continue // "hello there bot... hope you're keeping well... how many"
		case i > lastAsks:
			if thanksOnlyRE.MatchString(s) || aboutAsker(s) && !namedIn(s, named) {
				if m := restatesRE.FindStringIndex(s); m != nil && m[0] > 0 && !aboutAsker(s[:m[0]]) {
					// "the guards i mean, not us": the restatement
					// stays, the remark after it goes
					kept, dropped = append(kept, strings.TrimRight(strings.TrimSpace(s[:m[1]]), ",")), true
					continue
				}
				dropped = true
				continue // "... terrible, i was there in '66"
			}
		}
		kept = append(kept, s)
	}
	if !dropped || len(kept) == 0 {
		return q
	}
	return strings.Join(kept, "... ")
}

// aboutAsker reports a thought that speaks of the asker: a first-person
// word outside a restatement of the question.
func aboutAsker(s string) bool {
	s = restatesRE.ReplaceAllString(s, " ")
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'"))) {
		w = strings.Trim(w, ",;:!?.\"()[]")
		if firstPerson[w] || askerWords[w] {
			return true
		}
	}
	return false
}

// askerWords are first-person forms besides firstPerson's.
var askerWords = map[string]bool{"myself": true, "us": true, "i'll": true, "we've": true, "we'd": true, "we'll": true, "ourselves": true, "mine": true}

// namedIn reports a word of s that named reports.
func namedIn(s string, named func(string) bool) bool {
	return named != nil && anyWord(s, named)
}

// anyWord reports a word of s, lower-cased and without the punctuation
// around it, that ok reports.
func anyWord(s string, ok func(string) bool) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if ok(strings.Trim(w, ",;:!?.\"()[]'’")) {
			return true
		}
	}
	return false
}

// leadStopRE is the end of a sentence typed before a question: a stop,
// an exclamation mark or an ellipsis and a space, or a line break.
var leadStopRE = regexp.MustCompile(`[.!…]+\s+|\s*\n+\s*`)

// titleStopRE is a title's abbreviation ending where a stop is found:
// "mr. rodriguez" is no sentence "mr".
var titleStopRE = regexp.MustCompile(`(?i)(?:^|\s)(?:mr|mrs|ms|dr|st|gen|sr|jr|col|lt|sgt|prof)$`)

// leansBackRE is a question leaning on what came before it: a personal
// pronoun ("is he safe"), "that" or "this" with a verb ("is that the
// final toll"), or "there" closing it ("how many died there").
var leansBackRE = regexp.MustCompile(`(?i)\b(?:he|she|him|her|his|hers|they|them|their)\b|\b(?:is|was|are|were)\s+(?:that|this|it)\b|\b(?:that|this|it)\s+(?:is|was)\b|\bthere\W*$`)

// StripLeadRemarks removes the sentences an asker types before a
// question that say nothing the stories could hold: "cant sleep. how many
// died in the prison" reads "how many died in the prison". A sentence
// goes when it asks nothing and none of its content words is one the
// stories use (used reports those); the first that holds one stays with
// all after it ("my cousin lives in guayaquil. how many died there"). The
// last sentence, and a message none of whose later sentences asks, are
// left as typed.
func StripLeadRemarks(q string, used func(w string) bool) string {
	stops := leadStopRE.FindAllStringIndex(q, -1)
	if len(stops) == 0 || used == nil {
		return q
	}
	from := 0
	for _, st := range stops {
		s := q[from:st[0]]
		if titleStopRE.MatchString(s) {
			break // "mr. rodriguez, what is he in charge of"
		}
		if asks(s) || holdsUsed(s, used) {
			break
		}
		from = st[1]
	}
	if from == 0 || from >= len(q) || !sentenceAsks(q[from:]) {
		return q
	}
	rest := q[from:]
	if st := leadStopRE.FindStringIndex(rest); st != nil {
		rest = rest[:st[0]]
	}
	if asks(rest) && leansBackRE.MatchString(rest) {
		return q // a question leaning on the sentence before: "my brother works in the kitchen. is he safe"
	}
	return q[from:]
}

// sentenceAsks reports a sentence of s that asks.
func sentenceAsks(s string) bool {
	at := 0
	for _, st := range leadStopRE.FindAllStringIndex(s, -1) {
		if asks(s[at:st[0]]) {
			return true
		}
		at = st[1]
	}
	return asks(s[at:])
}

// holdsUsed reports a content word of s that used reports.
func holdsUsed(s string, used func(string) bool) bool {
	return anyWord(s, func(w string) bool { return len(Terms(w)) > 0 && used(w) })
}
