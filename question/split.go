package question

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// The extractive mode never follows instructions: it only quotes the
// stories. But an instruction's words ("ignore", "say", "500") would count
// as topic words and push a fair question to abstention, and a claim
// planted in a question ("everyone knows 500 guards...") must not steer the
// search for the answer. These patterns strip the framing and leave what is
// asked.
var metaPatterns = []*regexp.Regexp{
	regexp.MustCompile(`<[@#][!&]?\d*>|@everyone|@here`),
	regexp.MustCompile(`(?i)^\s*(system|assistant|user|developer)\s*:`),
	regexp.MustCompile(`(?i)\b(ignore|disregard|forget|override)\b[^.?!:]*?\b(instructions?|prompts?|rules|stories|story|above|context|everything)\b(\s+and)?`),
	regexp.MustCompile(`(?i)\bpretend (you are|you're|to be)\b[^,.;:]*?(\band\b|[,.;:])`),
	regexp.MustCompile(`(?i)\b(answer|reply|respond) (only|just|with)\s*('[^']*'|"[^"]*"|“[^”]*”|\S+)\s*:?`),
	regexp.MustCompile(`(?i)\b(please\s+)?(say|write|tell (me|us|everyone|them)|confirm|repeat|print)\b(\s+that)?`),
	// "state", "claim" and "report" ask only when they open the question
	// or take "that": "a state of emergency", "the report said" are the
	// topic.
	regexp.MustCompile(`(?i)(^\s*(please\s+)?(state|claim|report)\b(\s+that)?|\b(please\s+)?(state|claim|report)\s+that\b)`),
	regexp.MustCompile(`(?i)\b(is it true|is it correct|can you confirm)( that)?\b`),
	regexp.MustCompile(`(?i),?\s*\b(right|correct|true|isn'?t (it|he|she|that)|aren'?t they|wasn'?t (it|he|she)|didn'?t (it|he|she|they))\s*\?`),
	regexp.MustCompile(`(?i)\b(everyone|everybody) knows( that)?\b`),
}

// sourceTalk is the asker's pointer to the piece they read ("according to
// the piece", "per the article", "cited in that article", "the article
// says"): where the answer is, not what it is about. Not a piece of
// something ("in the piece of paper the gang left").
var sourceTalk = regexp.MustCompile(`(?i)\b(according to|per|(as )?(cited|quoted|mentioned|reported|described|stated) in|in)\s+(the|this|that|your)\s+(piece|article|write-?up|coverage|reporting)\b|\b(the|this|that)\s+(piece|article)\s+(says|said|mentions|mentioned|cites|cited|reports|reported|claims|claimed)\b`)

// stripSourceTalk removes sourceTalk from q, unless "of" follows it.
func stripSourceTalk(q string) string {
	var b strings.Builder
	last := 0
	for _, loc := range sourceTalk.FindAllStringIndex(q, -1) {
		if f := strings.Fields(q[loc[1]:]); len(f) > 0 && strings.EqualFold(f[0], "of") {
			continue
		}
		b.WriteString(q[last:loc[0]])
		b.WriteString(" ")
		last = loc[1]
	}
	b.WriteString(q[last:])
	return b.String()
}

// bareTag is a tag closing a statement, with or without its comma and
// "?": "it was 50 convicts dead is that right", "..., is that right?".
// Right after a question word it is the question's own words ("why is
// that so"); a relative inside a statement is no question word ("the riot
// where the gangs fought is that right").
var (
	bareTag  = regexp.MustCompile(`(?i)[,\s]+(?:is|was)\s+(?:that|it|this)\s+(?:right|correct|true|so)\s*[.!?]*\s*$`)
	whBefore = regexp.MustCompile(`(?i)\b(?:what|which|who|whom|whose|when|where|why|how)\s*,?\s*$`)
)

// Split strips instructions and mentions from a question and
// splits it into the question proper (its last sentence, when that is a
// question and follows statements) and the statements before it.
func Split(q string) (focus, claims string) {
	if loc := bareTag.FindStringIndex(q); loc != nil && !whBefore.MatchString(q[:loc[0]]) {
		q = q[:loc[0]] // "it was 50 convicts dead is that right"; not "why is that so"
	}
	for _, re := range metaPatterns {
		q = re.ReplaceAllString(q, " ")
	}
	q = stripSourceTalk(q)
	q = strings.TrimSpace(sourceAsk.ReplaceAllString(q, "$1"))
	sents := text.Sentences(q, 0, len(q))
	if n := len(sents); n > 1 && strings.HasSuffix(q[sents[n-1].Start:sents[n-1].End], "?") {
		last := sents[n-1]
		if prev := sents[n-2]; saysItRE.MatchString(q[last.Start:last.End]) && strings.HasSuffix(q[prev.Start:prev.End], "?") && whOpens(q[prev.Start:prev.End]) {
			// "Which gangs were involved? Does the story name them?": the
			// second asks nothing of its own
			return q[prev.Start:prev.End], strings.TrimSpace(q[:prev.Start])
		}
		if prev := sents[n-2]; (guessAfter(q[last.Start:last.End]) || choiceAfter(q[last.Start:last.End]) && len(strings.Fields(q[prev.Start:prev.End])) >= 3) && strings.HasSuffix(q[prev.Start:prev.End], "?") && whOpens(q[prev.Start:prev.End]) {
			// "Who was it that announced the number of dead? Was it the
			// police?": the asker's guess follows the question
			return q[prev.Start:prev.End], strings.TrimSpace(q[:prev.Start] + " " + q[last.Start:])
		}
		if prev := sents[n-2]; strings.HasSuffix(q[prev.Start:prev.End], "?") && asksOnlyBack(q[last.Start:last.End]) {
			// "In which prison is El Tigre now? What is the name of it?":
			// the second asks the first's thing back by a pronoun
			return q[prev.Start:prev.End], strings.TrimSpace(q[:prev.Start] + " " + q[last.Start:])
		}
		return q[last.Start:last.End], strings.TrimSpace(q[:last.Start])
	}
	// A question followed by a statement of the asker's own ("who invented
	// packet switching? my son works with computers"): the question is what
	// ends at the last "?", the statement is said around it. Chat writes
	// the statement without a capital, so the sentence splitter keeps the
	// two together.
	if i := strings.LastIndex(q, "?"); i > 0 && i < len(q)-1 {
		rest := strings.TrimSpace(q[i+1:])
		head := strings.TrimRight(q[:i+1], "?")
		if f := strings.Fields(rest); len(f) > 0 && !strings.ContainsAny(rest, "?") && !asksFirst(f) && len(strings.Fields(head)) >= 3 {
			start := strings.LastIndexAny(head, "?.!") + 1
			return strings.TrimSpace(q[start : i+1]), strings.TrimSpace(q[:start] + " " + rest)
		}
	}
	return q, ""
}

// asksOnlyBack reports a question whose only words beside its question
// word and verbs are pronouns and "name" or "called": "What is the name of
// it?", "Where is it?", "What is it called?". It leans on the question
// before.
func asksOnlyBack(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || len(f) > 8 || !questionWord(strings.Trim(f[0], "¿?¡!,.\"'")) {
		return false
	}
	back := false
	for _, w := range f[1:] {
		w = strings.Trim(w, "¿?¡!,.\"'")
		switch {
		case backPronouns[w]:
			back = true
		case w == "name" || w == "called" || w == "the" || w == "of" || w == "now" || w == "exactly" || len(text.Terms(w)) == 0:
		default:
			return false
		}
	}
	return back
}

// backPronouns point back to the question before.
var backPronouns = map[string]bool{"it": true, "its": true, "that": true, "this": true, "they": true, "them": true, "he": true, "him": true, "she": true, "her": true}

// choiceAfter reports two guesses offered after a wh-question, asking no
// question word of their own: "How did the soldiers come inside the
// prison? With force or did the prisoners open?". The wh-question asks.
//
// A bare opener before it ("What?", "Who cares?") asks nothing (the caller
// wants three words), and a choice opening on a verb asks a yes/no
// question of its own ("Did the army or the police go in?").
func choiceAfter(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || len(f) > 10 || !slices.Contains(f, "or") || yesNoQ.MatchString(text.Fold(strings.TrimLeft(s, "¿¡ "))) {
		return false
	}
	for _, w := range f {
		if questionWord(strings.Trim(w, "¿?¡!,.\"'")) {
			return false
		}
	}
	return true
}

// guessAfter reports a guess at what the question before asked
// (guessAfterRE), which asks no question word of its own ("Was it Lasso
// who appointed him and when did he start?" asks when; a "who" or "which"
// after a noun only relates), not whether the stories tell a thing ("Does
// it mention the mayor?"), and not what has happened since or besides
// (newStateRE).
func guessAfter(s string) bool {
	if !guessAfterRE.MatchString(s) || sayQ.MatchString(strings.TrimLeft(s, "¿¡ ")) || newStateRE.MatchString(s) {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	for i := 1; i < len(f); i++ {
		w := strings.Trim(f[i], "¿?¡!,.\"'")
		if !questionWord(w) {
			continue
		}
		if prev := strings.Trim(f[i-1], "¿?¡!,.\"'"); (w == "who" || w == "which") && (len(text.Terms(prev)) > 0 || prev == "one" || prev == "ones") {
			continue // a relative after a noun: "was it the police who did it", "the one which holds"
		}
		return false
	}
	return true
}

// newStateRE is a question after a question that asks what has happened
// since or besides: "Has it ended yet?", "Has he been arrested?", "Did he
// also resign?". It asks anew.
var newStateRE = regexp.MustCompile(`(?i)^\W*(?:(?:and|but|so)\s+)?(?:has|have|had)\b|\b(?:also|yet|still|already|again|too)\b`)

// guessAfterRE is a guess asked after a question about what it asked,
// its subject a pronoun: "Was it the police?", "is that right?", "was it
// 50?", "Does he name the president?", "Did they use explosives or did
// they negotiate with the prisoners?", "And is it in Guayaquil itself?".
var guessAfterRE = regexp.MustCompile(`(?i)^\W*(?:(?:or|and|but|so)\s+)?(?:was|is|were|are|did|does|do|has|have|had)\s+(?:it|that|they|there|he|she|this|these|those)\b[^?]{0,80}\?\W*$`)

// saysItRE is a short question after a question, whether the stories say
// what it asked: "Which gangs were involved? Does the story name them?",
// "How many were deployed? Does the report give an actual number?". The
// question before it is what is asked. Its object is a pronoun or the
// number or name asked, not a thing of its own ("Does it mention the
// mayor?" asks anew).
var saysItRE = regexp.MustCompile(`(?i)^\W*(?:and\s+)?(?:does|do|did)\s+(?:it|they|the\s+(?:story|stories|article|articles|report|reports|news|passages?|text|piece))\s+(?:actually\s+|even\s+|really\s+)?(?:say|name|mention|give|specify|tell|state|identify)\s*(?:us\s+)?(?:them|it|him|her|that|this|so|one|any(?:\s+of\s+them)?|(?:an?|the|their|his|her)\s+(?:(?:actual|exact|real|specific|precise|full)\s+)?(?:number|figure|count|names?|total))?\W*$`)

// sourceAsk is a closing request for the source ("iirc it was like 50
// dead? source?"): every answer cites its passages, so it asks nothing of
// the stories.
var sourceAsk = regexp.MustCompile(`(?i)([?.!])\s*(?:source|sources|sauce|link|links|proof|citation|citations)\s*(?:pls|please|plz)?\s*[?!.]*\s*$`)

// sayQ is a yes/no question about whether the stories say something:
// "does it say what the attorney general is called", "did the story
// mention who shot the mayor".
var sayQ = regexp.MustCompile(`(?i)^\s*(?:does|do|did)\s+(?:it|they|the\s+(?:story|stories|article|articles|report|passages?|news|text))\s+(?:say|mention|tell(?:\s+us)?|report|state|give|name|explain|reveal|specify|note)\s+(.+)$`)

// Embedded returns the question inside "does it say ...": whether the
// stories say a thing is answered by finding it, so "does it say what the
// attorney general is called" is read as "what the attorney general is
// called", and is refused when they don't.
func Embedded(q string) (string, bool) {
	m := sayQ.FindStringSubmatch(q)
	if m == nil || !whRE.MatchString(m[1]) {
		return q, false
	}
	return m[1], true
}

// asksFirst reports words that open a question ("and where is he from",
// "is he ok"): a question word or an auxiliary first, after an "and".
func asksFirst(words []string) bool {
	w := strings.ToLower(words[0])
	if (w == "and" || w == "but" || w == "so" || leadPreps[w]) && len(words) > 1 {
		w = strings.ToLower(words[1]) // "and when", "for how long", "in which city"
	}
	return whRE.MatchString(w)
}

// leadPreps open a question before its question word: "for how long",
// "in which city", "since when", "to whom", "by how much".
var leadPreps = map[string]bool{"for": true, "in": true, "since": true, "to": true, "by": true, "from": true, "at": true, "on": true, "of": true, "with": true}
