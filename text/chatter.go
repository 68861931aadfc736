package text

import (
	"regexp"
	"slices"
	"strings"
)

// chatFiller are the interjections, tags and slang of chat that carry no
// topic: "how many died lol", "ok so who did it", "was it bad tho", and the
// asker's "now" ("how many people are dead now", "rn"): the stories tell
// the latest they know, whatever day it is read; Nigerian Pidgin's
// particles ("abeg which prison is this one sef"); the sentence particles
// of Singapore and Malaysian English ("how many died lah", "army also go
// in meh"); Kenyan English's "eish", "sasa" and "manze" ("which town is
// this jail manze"); the Hindi words for "friend" and "brother" that
// Indian English chat addresses with ("kitne log mare bhai"); the
// exclamations of British and Scottish chat ("bloody hell how many
// deid", "och aye"). It is a
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
		now currently presently
		bloody hell heck blimey crikey jeez geez gosh damn dang darn yikes wow whoa woah och aye innit
		abeg sef abi jare o`) {
		m[w] = true
	}
	for w := range chatParticles {
		m[w] = true
	}
	return m
}()

// chatParticles are the filler words of English chat in Singapore and
// Malaysia, Kenya and India that are also names elsewhere ("Leh", "Wah",
// "Sia"): written with a capital inside a question, they are read as
// names (IsChatParticle).
var chatParticles = map[string]bool{"lah": true, "leh": true, "lor": true, "meh": true, "sia": true, "hor": true, "wah": true,
	"eish": true, "sasa": true, "manze": true, "yaar": true, "bhai": true}

// IsChatParticle reports a folded chat filler word that is also a name
// elsewhere (chatParticles).
func IsChatParticle(w string) bool { return chatParticles[w] }

// IsChatFiller reports a folded word of chat that says nothing of the
// topic when the stories don't use it.
func IsChatFiller(w string) bool { return chatFiller[w] }

// IsIntensifier reports a folded adverb that only stresses a question
// ("who even runs that prison", "what actually happened", "where is this
// prison even"): it says nothing of what is asked, whatever the stories
// do with the word, and stands between a question word and the verb a
// reading keys on ("who runs"). "Exactly" is none: "how many soldiers
// exactly" asks for a figure the story may not give.
func IsIntensifier(w string) bool { return intensifiers[w] }

var intensifiers = map[string]bool{"even": true, "actually": true, "really": true, "honestly": true, "seriously": true, "truly": true}

// leadRE matches the discourse markers a chat question opens with ("ok so",
// "wait", "yo", "hey so", "and"), followed by the question proper.
var leadRE = regexp.MustCompile(`(?i)^\s*(?:(?:ok(?:ay)?|so|wait|yo|hey|hi|hello|um+|uh+|hmm+|well|lol|bro|bruh|dude|guys|pls|plz|please|also|and|but|oh|ah|alright|all right|anyway|again)[\s,.!:;]+|(?:` + politeLead + `)\s*[,.!:;?—–-]+\s*)+`)

// politeLead are the greetings and asks for leave a question may open with,
// in the English of learners too: "Hello, may I ask, ...", "salut! la
// prison ...", "quick question:", "Can I ask you something? Who ...";
// each before a stop, a comma, a question mark or a dash ("may I ask for
// the names" asks for them). Not "good evening": a glossed Spanish
// "Buenas tardes. Tengo ..." would open on its verb, read as a yes/no
// question.
const politeLead = `(?:may|can|could|might)\s+i\s+(?:please\s+)?ask(?:\s+you)?(?:\s+(?:something|a\s+question|a\s+thing))?|quick\s+q(?:uestion)?|excuse\s+me|salut|bonjour|hola|ciao|namaste|greetings`

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

// labelRE is a quiz or list label opening a question: "Q1.", "Q14:",
// "Question 3)", "Question 3 of 10:", "Round 2, Q4 -", "Q3 of the Europe
// round:", its mark followed by a space ("Q3-2023 revenue" is a quarter).
// Its number counts nothing.
var labelRE = regexp.MustCompile(`(?i)^\s*(?:round\s+\d+\s*[,:.]?\s*)?(?:q|question)\s*\d+(?:\s+of\s+\d+|\s+of\s+the\s+(?:[\p{L}]+\s+){1,3}?round)?\s*[.:)\-–—]\s+`)

// StripLabel removes a quiz or list label from the start of a question
// ("Q1. Name the port city ..." reads "Name the port city ..."), when a
// question follows it.
func StripLabel(q string) string {
	loc := labelRE.FindStringIndex(q)
	if loc == nil || strings.TrimSpace(q[loc[1]:]) == "" {
		return q
	}
	return q[loc[1]:]
}

// narrativeRE is an asker's own story run on into a question with no
// stop between them: "i was reading the thing about the prison down there
// and like how many guys got killed", "my cousin lives there so what city
// is it in". Its question opens at a question word after "and", "so" or
// "but" (chat filler between them is no word of either).
var narrativeRE = regexp.MustCompile(`(?i)^\s*(?:i|im|i['’]m|ive|i['’]ve|i['’]d|my|me|we|our)\b[^?!.;]*?[\s,]+(?:and|so|but)[\s,]+(?:(?:like|um+|uh+|ok|okay|so|yeah|anyway|basically|idk)[\s,]+)*(how|what|whats|what['’]s|who|whos|who['’]s|whom|whose|when|where|which|why)\b`)

// StripNarrative removes the asker's own story before a question it runs
// on into (narrativeRE), when the story has three words at least: the
// story is the asker's ("i was reading", "my cousin lives there"), and its
// words would count against the answer. A message that asks nothing after
// its story is left as typed.
func StripNarrative(q string) string {
	m := narrativeRE.FindStringSubmatchIndex(q)
	if m == nil || len(strings.Fields(q[:m[2]])) < 4 || len(strings.Fields(q[m[2]:])) < 3 {
		return q
	}
	// A story that asks or frames a question itself ("i was wondering how
	// many died and ...", "my mom asked me what happened and ...", "my
	// question is about ...", "i was there when it happened and ...") is
	// no story: the question may be all of it. A clause in the order of a
	// statement ("and how bad it is", "and what i saw was crazy") is the
	// story's, no question.
	if storyAsksRE.MatchString(q[:m[2]]) || embeddedOrderRE.MatchString(q[m[2]:]) {
		return q
	}
	return q[m[2]:]
}

// storyAsksRE is an asker's story holding a question word or a word of
// asking; embeddedOrderRE a question word followed by its subject and
// verb, as a clause inside a statement is ("how bad it is", "what i saw").
var (
	storyAsksRE     = regexp.MustCompile(`(?i)\b(?:how|what|whats|who|whom|whose|when|where|which|why|question|questions|wonder|wondering|wondered|ask|asked|asking|curious)\b`)
	embeddedOrderRE = regexp.MustCompile(`(?i)^\S+\s+(?:[\p{L}']+\s+)?(?:i|it|he|she|they|we|you|this|that)\s+(?:is|was|are|were|saw|see|did|do|does|said|say|had|has|have|think|thought|mean|meant)\b`)
)

// hearsayRE matches who the asker heard a claim from, opening it: "my
// boy said", "my frend at work say", "someone said", "people are saying
// that", "i heard", "i read somewhere", "i heard on the radio / on the CB
// / on the local news / on WhatsApp / on Monday" (after "the", whatever
// word says where; "on average" is the claim's).
var hearsayRE = regexp.MustCompile(`(?i)^\s*(?:(?:my|our)\s+((?:[\p{L}'’]+\s+){1,3}?)(?:say|says|said|sayin|saying|told\s+me|tells\s+me|swears?|swore|reckons?|claims?|claimed)|(?:some(?:one|body)|people|ppl|every(?:one|body)|they)\s+(?:(?:are|r|is|keep|keeps|kept|were)\s+)?(?:say|says|said|sayin|saying|claim|claims|claimed|claiming|told\s+me|tells\s+me)|i\s+(?:(?:heard|hear|read)(?:\s+(?:somewhere|online|on\s+the\s+(?:[\p{L}]+\s+|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]?clock\s+)?(?:news|radio|tv|show)(?:\s+(?:station|show|program|programme|bulletin))?\b|on\s+the\s+[\p{L}]+\b|on\s+(?:news|tv|radio|twitter|tiktok|facebook|reddit|whatsapp|youtube|instagram|telegram)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?))?|saw\s+(?:online|on\s+(?:the\s+)?(?:news|tv|twitter|tiktok|facebook|reddit))))\b[\s,:]*(?:that\b\s*)?`)

// sourceAsks is a word that makes the words after "my" no source of a
// claim: a question word or a copula ("my question is who said").
var sourceAsks = regexp.MustCompile(`(?i)\b(?:who|what|which|when|where|why|how|is|was|are|were)\b`)

// StripHearsay removes who the asker heard a claim from when the claim
// follows: "my boy said 50 people died in that jail" reads "50 people
// died in that jail". The source is the asker's, not the stories' ("my
// colleague", "my frend at work"), and its words would count against an
// answer; the claim is checked as stated. A claim of fewer than three
// words is left with its source.
func StripHearsay(q string) string {
	loc := hearsayRE.FindStringSubmatchIndex(q)
	if loc == nil || len(strings.Fields(q[loc[1]:])) < 3 {
		return q
	}
	if loc[2] >= 0 && sourceAsks.MatchString(q[loc[2]:loc[3]]) {
		return q // "my question is who said ...": the asker's question, no source
	}
	return q[loc[1]:]
}

// bracketRE is a bracketed aside inside or after a question: "(spanish
// name is fine)", "(one? the whole prison?)".
var bracketRE = regexp.MustCompile(`\s*\(([^()]*)\)`)

// StripBrackets removes the asker's bracketed asides from a question
// ("how many cellblocks did they get into? (one? the whole prison?)",
// "which provinces got the state of emergency on monday (not the prison
// one, the other one)"): their guesses and notes are not what is asked,
// and their words would count against an answer the stories hold. An
// aside of one word, or naming someone or something ("(SNAI)", "(the
// SNAI guy)"), says what the question means and stays; so does every
// aside of a question that has fewer than three words outside them.
func StripBrackets(q string) string {
	var b strings.Builder
	last := 0
	for _, m := range bracketRE.FindAllStringSubmatchIndex(q, -1) {
		open, close := strings.Index(q[m[0]:m[1]], "(")+m[0], m[1]-1
		in := q[m[2]:m[3]]
		f := strings.Fields(in)
		if smiley(q, open) || smiley(q, close) || len(f) < 2 && !strings.Contains(in, "?") || namesIn(f) || apposition(f, in) {
			continue
		}
		b.WriteString(q[last:m[0]])
		last = m[1]
	}
	b.WriteString(q[last:])
	out := b.String()
	if out == q || len(strings.Fields(out)) < 3 {
		return q
	}
	return strings.TrimSpace(out)
}

// smiley reports the bracket at q[i] part of a smiley: ":(", ";)", ":-)".
func smiley(q string, i int) bool {
	j := i - 1
	if j >= 0 && q[j] == '-' {
		j--
	}
	return j >= 0 && (q[j] == ':' || q[j] == ';' || q[j] == '=')
}

// namesIn reports a word that opens with a capital after the aside's
// first ("(the SNAI guy)", "(Guillermo Rodriguez)"), or a first word all
// in capitals ("(SNAI director)"): the aside names what the question
// means. A capital opening the aside only starts its sentence ("(Just
// curious)").
func namesIn(f []string) bool {
	for i, w := range f {
		w = strings.Trim(w, ",.;:!?\"'")
		if i > 0 && w != "I" && StartsUpper(w) || i == 0 && len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// apposition reports an aside that says which thing is meant, a noun
// phrase asking nothing: "(the one in guayaquil)", "(that prison)".
func apposition(f []string, in string) bool {
	if len(f) == 0 || strings.Contains(in, "?") {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "the", "that", "this", "those", "these":
		return true
	}
	return false
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
	q = yesNoTail(reasonTail(q))
	loc := asideRE.FindStringSubmatchIndex(q)
	if loc == nil {
		return runOn(q)
	}
	w := strings.ToLower(q[loc[2]:loc[3]])
	if !chatFiller[w] && !firstPerson[w] && !hearsay[w] && !elidedFirst[w] || firstPerson[w] && restates.MatchString(q[loc[2]:]) {
		return q
	}
	head := strings.TrimSpace(q[:loc[0]])
	if len(strings.Fields(head)) < 2 || asksAgain.MatchString(orWhat.ReplaceAllString(q[loc[3]:], "")) || laterAsks.MatchString(q[loc[3]:]) && !asksAgain.MatchString(head) {
		return q
	}
	if elidedFirst[w] && choiceRE.MatchString(q[loc[2]:]) {
		return q // "what does the prison need, writing materials or food?": the choices asked
	}
	return head
}

// runOnSubjects are the asker's "I" that opens a remark run on after a
// question with no comma: "whats the jail called i cant pronounce
// anything", "what city is it in i forgot".
var runOnSubjects = map[string]bool{"i": true, "im": true, "i'm": true, "i’m": true, "ive": true, "i've": true, "i’ve": true}

// remarkVerbs are the words an asker's "i" remark goes on with: "i cant
// pronounce it", "i forgot", "i heard 50". Another verb may open a
// relative clause of the question ("who is the guy i saw on tv saying
// ...").
var remarkVerbs = map[string]bool{"cant": true, "can't": true, "can’t": true, "cannot": true, "dont": true, "don't": true, "don’t": true, "didnt": true, "didn't": true, "didn’t": true,
	"forgot": true, "forget": true, "keep": true, "kept": true, "think": true, "thought": true, "heard": true, "hear": true, "read": true, "mean": true, "guess": true, "need": true, "want": true, "wanna": true,
	"was": true, "am": true, "just": true, "really": true, "still": true, "hope": true, "feel": true, "wonder": true, "swear": true, "bet": true, "dunno": true, "kinda": true, "literally": true, "lowkey": true}

// runOnJoins are the words after which an "I" is the question's own: its
// question word or verb ("what did i miss", "can i visit"), or a word
// that joins a clause to it ("the day that i", "if i", "and i").
var runOnJoins = map[string]bool{"what": true, "whats": true, "who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true, "why": true, "how": true,
	"do": true, "did": true, "does": true, "am": true, "was": true, "were": true, "is": true, "are": true, "can": true, "could": true, "should": true, "would": true, "will": true, "shall": true, "may": true, "might": true, "must": true, "have": true, "has": true, "had": true,
	"that": true, "if": true, "whether": true, "as": true, "than": true, "and": true, "or": true, "but": true, "so": true, "because": true, "bc": true, "cuz": true, "coz": true, "then": true, "before": true, "after": true, "until": true, "since": true, "while": true, "once": true, "like": true, "where's": true, "what's": true}

// relativeGap reports the words after "i keep" that lack an object, as a
// relative clause's do ("hearing about", "seeing on tv": the guy is what
// is heard about); a remark has its own ("mixing them up", "getting
// different numbers", "wanting to say quito").
func relativeGap(rest []string) bool {
	if len(rest) < 2 {
		return true
	}
	w := strings.ToLower(strings.Trim(rest[1], ",;:?!."))
	return gapWords[w]
}

// gapWords follow a relative clause's verb where its object is missing.
var gapWords = map[string]bool{"about": true, "of": true, "on": true, "in": true, "at": true, "from": true, "with": true, "for": true, "around": true, "everywhere": true, "online": true, "lately": true}

// clauseEnds are words a question may end on before an asker's "i keep
// ..." remark ("what city was that place in i keep wanting to say
// quito"); after a noun, "i keep hearing about" tells which one.
var clauseEnds = map[string]bool{"in": true, "at": true, "on": true, "of": true, "for": true, "from": true, "with": true, "about": true, "to": true, "there": true, "here": true, "now": true, "again": true, "then": true, "called": true, "named": true, "right": true, "exactly": true, "anyway": true, "lol": true}

// runOn removes a remark of the asker's own run on after a question with
// no comma ("whats the jail called i cant pronounce anything lmao"): from
// an "I" after at least three words of a question, unless the word
// before it joins the "I" to the question ("what did i miss", "the day
// that i") or the remark asks again ("i mean which prison").
func runOn(q string) string {
	if !whOpensQ(q) {
		return q
	}
	f := strings.Fields(q)
	for i := 3; i+1 < len(f); i++ {
		w := strings.ToLower(f[i])
		prev := strings.ToLower(strings.Trim(f[i-1], ",;:"))
		next := strings.ToLower(strings.Trim(f[i+1], ",;:?!."))
		if !runOnSubjects[w] || runOnJoins[prev] || strings.ContainsAny(f[i-1], ",;:?!.") || w == "i" && !remarkVerbs[next] {
			continue
		}
		if (next == "keep" || next == "kept") && !clauseEnds[prev] && relativeGap(f[i+2:]) {
			continue // "who is the guy i keep hearing about": which guy
		}
		rest := strings.Join(f[i:], " ")
		if restates.MatchString(rest) || asksAgain.MatchString(rest) {
			return q
		}
		return strings.Join(f[:i], " ")
	}
	return q
}

// yesNoTailRE is the other half a yes/no question offers in chat: "is
// that jail actually dangerous or is it mid", "did they get in or nah",
// "was anyone hurt or not".
var (
	yesNoTailRE = regexp.MustCompile(`(?i)[\s,]+or\s+(?:nah|naw|not|no|nope|is\s+it\s+[\p{L}']+|was\s+it\s+[\p{L}']+)[\s?!.]*$`)
	yesNoOpenRE = regexp.MustCompile(`(?i)^\W*(?:is|was|are|were|did|do|does|has|have|had|can|could|will|would)\b`)
)

// yesNoTail removes the other half of a yes/no question ("or is it mid",
// "or nah"): the answer says which. A choice a wh-question offers is the
// guess rules'.
//
// A question typed as a statement ("they find weapons in there or nah")
// is a yes/no question by its plain "or not" alone, when it asks no wh-
// word: "or is it Quito" may offer one of two things.
func yesNoTail(q string) string {
	if m := midNoRE.FindStringIndex(q); m != nil && strings.TrimSpace(q[m[1]:]) != "" {
		// "army is there or not? or only police go in": the plain "or
		// not" closes the first question of two; when the second asks
		// with a question word ("first they say how many"), it is the
		// question, and the first its setting
		if head := q[:m[0]]; len(strings.Fields(head)) >= 3 && !whAskRE.MatchString(head) && !strings.ContainsAny(head, "?") && !whAskRE.MatchString(q[m[1]:]) {
			q = head + "?" + q[m[1]:]
		}
	}
	loc := yesNoTailRE.FindStringIndex(q)
	if loc == nil || len(strings.Fields(q[:loc[0]])) < 3 {
		return q
	}
	if !yesNoOpenRE.MatchString(q) && (whAskRE.MatchString(q[:loc[0]]) || !plainNoRE.MatchString(q[loc[0]:])) {
		return q
	}
	return q[:loc[0]] + "?"
}

// midNoRE is a plain "or not?" closing a question another part of the
// message follows.
var midNoRE = regexp.MustCompile(`(?i)[\s,]+or\s+(?:nah|naw|not|no|nope)\s*\?+`)

// whAskRE is a word that asks which ("what", chat's "wat"), and plainNoRE
// a yes/no tail that offers no second thing ("or nah", "or not").
var (
	whAskRE   = regexp.MustCompile(`(?i)\b(?:who|whom|whose|what|wat|wut|wht|which|where|when|why|how)\b`)
	plainNoRE = regexp.MustCompile(`(?i)^[\s,]+or\s+(?:nah|naw|not|no|nope)\b`)
)

// reasonWords open the asker's reason for asking, tacked on after a
// question: "when r the elections bc chat keeps saying elections".
var reasonWords = map[string]bool{"bc": true, "b/c": true, "cuz": true, "coz": true, "cos": true, "because": true, "cause": true, "'cause": true, "’cause": true, "bcoz": true, "bcos": true}

// causeNoun are the words after which "cause" is the noun ("the cause",
// "main cause"), and placeBefore those after which "bc" is British
// Columbia ("the wildfires in bc").
var (
	causeNoun   = map[string]bool{"the": true, "a": true, "an": true, "main": true, "real": true, "root": true, "its": true, "their": true, "his": true, "her": true}
	placeBefore = map[string]bool{"in": true, "of": true, "from": true, "to": true, "at": true, "near": true}
)

// chatReason are the reason words only chat writes ("bc", "cuz"): "cause"
// may be the verb ("what did the fires cause"), "because" a cause asked
// about, so those need the asker, hearsay or chat after them.
var chatReason = map[string]bool{"bc": true, "b/c": true, "cuz": true, "coz": true, "bcoz": true, "bcos": true}

// reasonSubjects are who an asker's reason is about besides the asker
// and hearsay: "bc chat keeps saying", "because you said".
var reasonSubjects = map[string]bool{"chat": true, "you": true, "u": true}

// reasonTail removes the asker's reason run on after a wh-question of
// three words at least ("when r the elections bc chat keeps saying
// elections", "what was the number before cause i thought it was
// lower"): the reason is the asker's, not what is asked. A cause the
// question restricts itself to ("how many died because of the fire")
// and a why-question's "because" ("why did they go in, because of the
// riot?") stay.
func reasonTail(q string) string {
	if !whOpensQ(q) {
		return q
	}
	f := strings.Fields(q)
	for _, w := range f {
		if w = strings.ToLower(strings.Trim(w, "¿?¡!,.")); !chatFiller[w] {
			if w == "why" {
				return q
			}
			break
		}
	}
	for i := 3; i+2 < len(f); i++ {
		w := strings.ToLower(strings.Trim(f[i], ",;:"))
		if !reasonWords[w] {
			continue
		}
		next := strings.ToLower(strings.Trim(f[i+1], ",;:"))
		if prev := strings.ToLower(f[i-1]); w == "cause" && causeNoun[prev] || w == "bc" && placeBefore[prev] {
			continue // "the main cause people blamed", "the wildfires in bc"
		}
		if next == "of" || !chatReason[w] && !firstPerson[next] && !hearsay[next] && !reasonSubjects[next] {
			// "because of the fire"; a "because" or "cause" that goes
			// on with anything but the asker or what others say
			// ("because that block is armoured", "cause in dollars") may
			// tell what is asked
			return q
		}
		return strings.TrimRight(strings.Join(f[:i], " "), " ,")
	}
	return q
}

// whOpensQ reports a question that opens with a question word.
// Chat filler before it ("ong whats the jail called") is no word of it.
func whOpensQ(q string) bool {
	for _, w := range strings.Fields(strings.ToLower(q)) {
		w = strings.Trim(w, "¿?¡!,.\"'")
		if !chatFiller[w] {
			return asksAgain.MatchString(w)
		}
	}
	return false
}

// firstPerson are the words an asker's remark about themselves opens
// with: "what hours is the curfew in Duran, my cousin works nights there",
// "how strong was the quake, we felt it here", "what year was it again, i
// always forget". The stories are not about the asker.
var firstPerson = map[string]bool{"i": true, "i'm": true, "im": true, "i've": true, "ive": true, "i'd": true, "my": true, "me": true, "we": true, "we're": true, "our": true}

// choiceRE is an aside that offers choices or asks: "writing materials or
// food?".
var choiceRE = regexp.MustCompile(`\bor\b|\?\s*$`)

// elidedFirst open an asker's remark with its "I" left out: "which
// prison is this, need the name for the title", "writing a post on it".
var elidedFirst = map[string]bool{"need": true, "needed": true, "writing": true, "gotta": true}

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
	// laterAsks is a sentence after the clause's first that asks: "just to
	// confirm, I have 18 in my notes. Is that still the number?" asks
	// after the comma, so the clause is no remark on a question before it
	// (where what comes before asks nothing)
	laterAsks = regexp.MustCompile(`[.!?]\s+[^.!?]*[\p{L}\p{N}][^.!?]*\?`)
)

// requestRE matches the asker's frame around a question that follows it
// with a question word: "i want to know", "i'd like to know", "i need to
// find out", "i'm curious", "i was wondering", "can you tell me", "could
// you clarify", "please remind me", "does anyone know", "tell me". Its
// words ("want", "need", "curious") are the asker's, not the topic's.
var requestRE = regexp.MustCompile(`(?i)^\s*(?:(?:(?:i|we)\s*)?(?:(?:really\s+|just\s+)?(?:want|wanna|need|would\s+like|would\s+love)|['’]?d\s+(?:like|love))\s+(?:to\s+)?(?:know|find\s+out|understand|ask|learn|check|hear)|(?:i\s*['’]?m|i\s+am|im|i\s+was|we\s*['’]?re)\s+(?:just\s+|really\s+|so\s+)?(?:curious|wondering|trying\s+to\s+(?:figure\s+out|understand|find\s+out))(?:\s+about)?|i\s+wonder|(?:can|could|would|will)\s+(?:(?:you|u|someone|somebody|anyone|anybody)(?:\s+guys)?\s+)?(?:please\s+|pls\s+|plz\s+)?(?:tell|show|say|clarify|explain|remind)(?:\s+(?:me|us))?|(?:please\s+|pls\s+|plz\s+)?(?:tell|remind)\s+(?:me|us)|let\s+(?:me|us)\s+know|(?:(?:do|does|would|will)\s+)?(?:you|u|anyone|anybody|somebody|someone)(?:\s+guys|\s+here)?\s+knows?)\s*[,:]?\s+((?:how|what|who|whom|whose|when|where|why|which)\b)`)

// StripRequest removes the asker's frame before a question word: "i want
// to know how many died" reads "how many died", "would you know what it's
// called" reads "what it's called"; and after the question: "what's his
// full name would you know", "was anyone hurt at all". A frame before
// anything else ("i want to know if ...", "tell me about the riot") is
// left.
func StripRequest(q string) string {
	q = howCalled(q)
	if t := trailingFrameRE.FindStringIndex(q); t != nil && len(strings.Fields(q[:t[0]])) >= 3 && !tagAllRE.MatchString(q[:t[0]]) {
		// "what's his full name would you know", "was anyone hurt in that
		// at all": the frame after the question asks nothing of the topic
		q = strings.TrimRight(q[:t[0]], " ,") + "?"
	}
	m := requestRE.FindStringSubmatchIndex(q)
	if m == nil {
		if k := knowThingRE.FindStringSubmatchIndex(q); k != nil && !knowClaimRE.MatchString(q[k[2]:]) {
			// "do you know the names of the gangs": what are they? (who,
			// when a person is asked for: "do you know the mayor of manta")
			thing := thanksRE.ReplaceAllString(q[k[2]:], "")
			wh := "what is "
			if f := strings.Fields(thing); len(f) > 1 && IsPersonNoun(strings.Trim(f[1], ",.?!")) {
				wh = "who is "
			}
			return wh + thing
		}
		return q
	}
	return howCalled(uninvert(q[m[2]:]))
}

// knowThingRE asks whether the bot knows a thing it names ("do you know
// the death toll", "does anyone know the names of the gangs"): the thing
// is what is asked, no yes or no; what follows it is kept ("? someone
// told me 18"), thanks at its end left off (thanksRE). Not "do you know
// the guards were released" (knowClaimRE): a claim to confirm.
var (
	knowThingRE = regexp.MustCompile(`(?i)^\s*(?:do|does)\s+(?:you|u|anyone|anybody|somebody|someone)(?:\s+guys|\s+here)?\s+(?:happen\s+to\s+)?know\s+((?:the|his|her|their|its)\s)`)
	knowClaimRE = regexp.MustCompile(`(?i)^(?:[^\s?!.;]+\s+){1,3}(?:is|are|was|were|has|have|had|did|will)\b`)
	thanksRE    = regexp.MustCompile(`(?i)[\s,!]*\b(?:thanks|thank\s+you|cheers|ta)\b[^?]*$`)
)

// embeddedRE is a question in the order of a clause after "tell me": the
// wh-word, its subject, then the verb "be" ("who the president of Ecuador
// is at the moment", "what the prison is called", "where the jail was").
var embeddedRE = regexp.MustCompile(`(?i)^(who|what|where|which\s+\p{L}+)\s+((?:the|this|that|his|her|their|its)\s+[^?!.,;]+?)\s+(is|was|are|were)(\s+(?:at\s+the\s+moment|now|right\s+now|currently|today|called|named|located|situated|from|in))?\s*([?!.,]|$)`)

// howCalledRE and calledHowRE are "how is X called" in the order of
// languages that ask a name with "how" ("how is called the prison
// authority", "leader of the gang, how is he called"): English asks "what
// is X called".
var (
	howCalledRE = regexp.MustCompile(`(?i)^(?:and\s+|so\s+)?how\s+(is|was|are|were)\s+called\s+([^?!.,;]+?)\s*([?!.,;]|$)`)
	calledHowRE = regexp.MustCompile(`(?i)^([^?!.;]+?)[\s,]+how\s+(is|was|are|were)\s+(?:(?:it|he|she|they)\s+)?called\s*([?!.]|$)`)
)

// howCalled reads "how is called X" and "X, how is it called" as "what is
// X called"; not when X is a question of its own ("which gangs were
// fighting and how are they called").
func howCalled(q string) string {
	if m := howCalledRE.FindStringSubmatchIndex(q); m != nil {
		return "what " + q[m[2]:m[3]] + " " + q[m[4]:m[5]] + " called" + q[m[6]:]
	}
	if m := calledHowRE.FindStringSubmatchIndex(q); m != nil && !asksAgain.MatchString(q[m[2]:m[3]]) {
		return "what " + q[m[4]:m[5]] + " " + strings.TrimRight(q[m[2]:m[3]], " ,") + " called" + q[m[6]:]
	}
	return q
}

// uninvert puts an embedded question back in a question's order: "who
// the president is at the moment?" reads "who is the president at the
// moment?", as "who is the president" is read.
func uninvert(q string) string {
	// chat filler closing it ("who the president is lol") is no part of
	// the clause
	all := strings.Fields(q)
	f := all
	for len(f) > 1 && chatFiller[strings.ToLower(strings.Trim(f[len(f)-1], "?!.,"))] {
		f = f[:len(f)-1]
	}
	tail := ""
	if len(f) < len(all) {
		q, tail = strings.Join(f, " "), " "+strings.Join(all[len(f):], " ")
	}
	m := embeddedRE.FindStringSubmatchIndex(q)
	if m == nil {
		return q + tail
	}
	return q[m[2]:m[3]] + " " + q[m[6]:m[7]] + " " + q[m[4]:m[5]] + q[m[7]:] + tail
}

// trailingFrameRE is the asker's frame closing a question: "would you
// know", "do you know", "at all", "by any chance", "if you know", and
// the asker's doubt ("or am I mixing it up with somewhere else", "or is
// it just me"), and "over there as well" (what else the asker has in
// mind is no topic; a closing "too" or "as well" may be the question's
// own: "who founded Me Too?", "does it work as well?").
var trailingFrameRE = regexp.MustCompile(`(?i)[\s,]+(?:(?:(?:would|do|does|d['’]?)\s*(?:you|u|ye|ya|anyone)\s+know|if\s+(?:you|u|ye)\s+know|by\s+any\s+chance|at\s+all|or\s+(?:am|was|do|did)\s+i\s+[\p{L}\s'’-]*|or\s+is\s+it\s+just\s+me|(?:over\s+)?(?:there|here)\s+as\s+well)[\s?!.]*)+$`)

// tagAllRE is a question whose "at all" is its own: "not at all", "any at
// all", "none at all".
var tagAllRE = regexp.MustCompile(`(?i)\b(?:not|any|none|nothing)$`)

// StripGuess removes the asker's guess at the answer, tacked on after a
// wh-question behind a comma, a dash or a question mark: "how many died,
// was it like 50?", "how long is the emergency? was it a month",
// "how many soldiers went in, couple hundred?". The guess is a claim the
// answer corrects, not what is asked: its number or its words ("month",
// "hundred") are in no sentence that answers, and would count against
// the one that does. A tail is a guess when it opens on "was it" / "is
// that" (or "or") or "i think"; on "like", "maybe", "about" with a
// quantity or a day after it ("like 50", "like saturday"); or when it
// opens with a quantity ("a few hundred officers", "30 days") after a
// question of how many, how long or when. A tail that asks again (a
// question word), names something else to ask about ("was anyone hurt")
// or restricts the question ("in 2023", "including the 14 guards", "about
// the protests in Quito") is kept; a comma inside a number ("1,200") is
// no break.
func StripGuess(q string) string {
	body := strings.TrimRight(q, " ?!.")
	cut := lastBreak(body)
	if d := dashRE.FindAllStringIndex(body, -1); len(d) > 0 && d[len(d)-1][0] > cut {
		cut = d[len(d)-1][0]
	}
	if cut <= 0 {
		return q
	}
	head := strings.TrimRight(body[:cut], " ,?-–—")
	tail := strings.ToLower(strings.Trim(body[cut:], " ,?-–—"))
	hw := strings.Fields(strings.ToLower(head))
	tw := strings.Fields(tail)
	if len(hw) < 2 || len(tw) == 0 || len(tw) > MaxGuessWords || !guessHeadRE.MatchString(strings.ToLower(head)) || asksAgain.MatchString(orTagRE.ReplaceAllString(tail, "")) {
		return q
	}
	isQuantity := func(w string) bool {
		w = strings.Trim(w, ".,!'’")
		return IsNumeral(strings.Trim(strings.ReplaceAll(w, ",", ""), "%$")) || IsNumberTerm(Stem(w)) || guessQuantities[w]
	}
	isTime := func(w string) bool {
		_, day := Weekday(w)
		return day || IsMonth(w)
	}
	quantity := slices.ContainsFunc(tw, isQuantity)
	// the tail opens with its quantity ("a few hundred officers", "30
	// days"), not with a restriction ("in 2023", "including the 14
	// guards", "per day")
	opens := isQuantity(tw[0]) || len(tw) > 1 && (tw[0] == "a" || tw[0] == "an") && isQuantity(tw[1])
	switch {
	case orTagRE.MatchString(tail) && !askAnewRE.MatchString(tail):
		// "how army go inside, they brake the door or what": a guess
		// tagged "or what", whatever it guesses
	case guessFrameRE.MatchString(tail) && (quantity || !pluralFrameRE.MatchString(tail)):
	case approxFrameRE.MatchString(tail) && afterFrame(tw, func(w string) bool { return isQuantity(w) || isTime(w) }):
	case opens && guessCountRE.MatchString(strings.ToLower(head)):
	default:
		return q
	}
	return head + "?"
}

// afterFrame reports the word right after a tail's approximating frame
// ("like 50", "about a week", "or maybe saturday") passing ok: the guess
// itself, not a restriction with a number in it ("around the 2023
// elections", "like on saturday").
func afterFrame(tw []string, ok func(string) bool) bool {
	i := 0
	for i < len(tw) && (tw[i] == "or" || tw[i] == "something") {
		i++
	}
	i++ // the frame word
	if i < len(tw) && (tw[i] == "a" || tw[i] == "an") {
		i++
	}
	return i < len(tw) && ok(tw[i])
}

// lastBreak is the offset of s's last comma or question mark, a comma
// between digits ("1,200") aside; -1 when there is none.
func lastBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '?':
			return i
		case ',':
			if i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
				continue
			}
			return i
		}
	}
	return -1
}

// MaxGuessWords is the longest tail StripGuess reads as a guess.
const MaxGuessWords = 8

var (
	dashRE = regexp.MustCompile(`\s[-–—]+\s`)
	// guessHeadRE is a wh-question, its question word first or after an
	// opener or two ("roughly how big", "so what"; not "is that what
	// happened"): the head a guess may follow.
	guessHeadRE = regexp.MustCompile(`^\s*(?:(?:so|and|but|ok|okay|well|then|also|anyway|wait|hey|roughly|approximately|about|around|exactly)\s+){0,2}(?:what|whats|what's|which|who|whos|who's|when|where|why|how|hows|how's|how'd)\b`)
	// guessCountRE is a question of how many, how much, how long or when:
	// the ones a bare quantity guesses at.
	guessCountRE = regexp.MustCompile(`\bhow\s+(?:many|much|long|big|large|old)\b|\bwhat\s+(?:number|size|percentage)\b|^\s*when\b`)
	// orTagRE closes a guess with a tag offering any other answer: "they
	// broke the door or what", "guns or smth".
	orTagRE = regexp.MustCompile(`(?i)\bor\s+(?:what|smth|sth|something|sumn|sumthin|whatever|anything)\W*$`)
	// askAnewRE opens a question of its own about someone or something
	// new: "did anyone die or what", "were there injuries or what".
	askAnewRE = regexp.MustCompile(`(?i)^(?:did|was|were|is|are|do|does|has|have|had)\s+(?:anyone|anybody|someone|somebody|any|there|people|ppl)\b`)
	// guessFrameRE opens a guess: "was it", "is that", "or was it",
	// "wasn't it", "were there", "i think".
	guessFrameRE = regexp.MustCompile(`^(?:or\s+)?(?:(?:was|is|were|are)(?:n'?t|n’t)?\s+(?:it|that|there|they)\b|wasnt\s+it\b|isnt\s+it\b|i\s+(?:think|thought|guess|heard|read)\b)`)
	// approxFrameRE opens a guess only before a quantity or a day ("like
	// 50", "about a week", "like saturday"); before anything else it
	// opens a topic ("about the protests in Quito", "around the capital").
	approxFrameRE = regexp.MustCompile(`^(?:or\s+)?(?:like|maybe|probably|about|around|roughly|approximately|something\s+like)\b`)
	// pluralFrameRE is a frame that may open a second question ("were
	// there injuries"): a guess only with a quantity in it.
	pluralFrameRE = regexp.MustCompile(`^(?:or\s+)?(?:were|are)(?:n'?t|n’t)?\s+(?:there|they)\b`)
)

// guessQuantities are the words of a rough quantity: "a couple hundred",
// "a few", "a handful", and the units a length of time is guessed in.
var guessQuantities = map[string]bool{"couple": true, "few": true, "several": true, "handful": true, "bunch": true, "dozen": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true}
