package question

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

// A confirmation question states a fact and asks whether it holds: "it
// said 13 dead right?", "the prison is in quito right?", "fighting start
// Monday right?". When the stories don't settle it as
// typed (its figure, day or place is none of theirs), what they say of
// the statement's slot is what the asker needs: Premise reads the
// statement as the question of that slot ("how many dead", "where the
// prison is", "when fighting start").

// premiseDayWords are days a question may name that no calendar does.
var premiseDayWords = map[string]bool{"yesterday": true, "today": true, "tonight": true, "tomorrow": true}

var (
	// confirmTagRE is a tag asking whether the statement before it holds:
	// "..., right?", "is that right", "am I right", "is correct?", "e
	// true?", "betul ka?", "yes?", "or not?", "didn't they?".
	confirmTagRE = regexp.MustCompile(`(?i)[,\s]+(?:(?:is|was)\s+(?:that|it|this)\s+|is\s+|am\s+i\s+)?(?:right|correct|true|accurate|yes|e\s+true|betul(?:\s+ka)?|innit|or\s+not|or\s+no|(?:is|was)\s+it|(?:isn|wasn|didn|doesn|aren|weren|hasn|haven)'?t\s+(?:it|they|he|she|that|there)|no)\s*[?!.]*\s*$`)
	// confirmOpenRE opens a question asking whether what follows holds:
	// "is it true that", "is it correct", "is it confirmed that".
	confirmOpenRE = regexp.MustCompile(`(?i)^\s*(?:is|was)\s+it\s+(?:true|correct|right|accurate|confirmed)\s+(?:that\s+)?`)
	// premiseCountRE is a statement's figure, with the words that hedge
	// it ("only like 200", "some hundred", "a few hundred", "over 50"):
	// digits or number words, not a year.
	premiseCountRE = regexp.MustCompile(`(?i)\b(?:(?:only|like|about|around|roughly|approx(?:imately)?|some|over|under|almost|nearly|just|at\s+least|more\s+than|less\s+than|a\s+few|a|few)\s+)*(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?:[03-9]\d{3}|2[1-9]\d\d|1[0-8]\d\d)|\d{5,}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)(?:\s+(?:hundred|thousand|dozen)s?)?\b`)
	// premiseSpanRE is a figure that is a span of time: "90 days",
	// "60-day"; premiseClockRE one that is a time of day: "10 pm".
	premiseSpanRE  = regexp.MustCompile(`(?i)^[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|mins?)\b`)
	premiseClockRE = regexp.MustCompile(`(?i)^\s*(?:am|pm|a\.m\.?|p\.m\.?|o'?clock)(?:\W|$)`)
	// pronounOneRE is "one" standing for a thing: "the one in guayaquil".
	pronounOneRE = regexp.MustCompile(`(?i)\b(?:the|this|that|which|another|each|every|any|no)\s+one$`)
	// premiseYearRE is a year.
	premiseYearRE = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
	// premisePlaceRE is "in", "at" or "near" before a word that may be
	// the statement's place.
	premisePlaceRE = regexp.MustCompile(`(?i)\b(?:in|at|near)\s+(?:the\s+(?:city|town|province)\s+of\s+)?([\p{L}]+(?-i:\s+\p{Lu}[\p{L}]+)*)`)
	// asksAfter is a question in what follows a statement's question
	// mark: a question word among its first five words ("if so, how
	// many died", "also, do you know how many"), or a verb opening a
	// yes-or-no question.
	asksAfter = regexp.MustCompile(`(?i)^\s*(?:\S+\s+){0,4}(?:what|whats|which|who|whos|whom|whose|when|where|wheres|why|how|hows)\b|^\s*(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would)\s`)
	// premisePrepRE opens a phrase that finishes the statement before
	// it: "? in Esmeraldas".
	premisePrepRE = regexp.MustCompile(`(?i)^\s*(?:in|at|on|from|near|during|inside|outside)\s`)
	// premiseWhRE is a question word opening the statement (after one
	// word at most: "so how many"), no relative ("my cousin who works
	// there").
	premiseWhRE = regexp.MustCompile(`(?i)^\s*(?:\S+\s+)?(?:what|whats|which|who|whos|whom|whose|when|where|wheres|why|how|hows)\b`)
)

// maxPremiseWords is the longest statement Premise reads: a longer one
// tells a story around its claim ("hello there, my grandson set me up on
// this yoke. I was listening to the radio ... I think they said 50 were
// killed in it"), whose words would all be the reading's.
const maxPremiseWords = 12

// guessTailRE is what may follow a tagged statement's question mark and
// ask nothing: the guess restated ("the capital", "capital city"),
// another place offered ("or some other city", "or where", "or was it
// guayaquil"), a second tag
// ("yes?") or thanks.
var guessTailRE = regexp.MustCompile(`(?i)^\s*(?:(?:the\s+)?capital(?:\s+(?:one|city))?|or\s+(?:some\s*(?:other|where)(?:\s+(?:else|city|town|place|one))?|another\s+(?:city|town|place|one)|a\s+different\s+(?:city|town|place|one)|where(?:\s+else)?|(?:(?:was|is)\s+it\s+)?(?:in\s+)?[\p{L}'’-]+)|yes|yeah|no|right|correct|thx|thanks|thank\s+you|ty)\s*[?!.]*\s*$`)

// Premise reads a confirmation question (a statement with a tag asking
// whether it holds, or opening "is it true that") as the question of its
// slot: its figure ("how many"; "how long" for a span), else its day or
// month ("when"; "may" only written "May"), a year or a clock time, else
// its place ("where": a content word after "in", "at" or "near" that is
// none of the stories' words, not "in again"; a place they name is the
// question's topic, "were the hostages in Esmeraldas released or not?";
// not after a name the stories write, "Guayaquil is in Peru"). It returns "", false for any
// other question, for one with no slot, and for a statement of more than
// maxPremiseWords words. The question is read with its tag or opening cut
// and the slot's words taken out: "is it true that na only 200 soldiers go
// there" reads "how many na soldiers go there".
func Premise(q string, voc *Vocabulary) (string, bool) {
	// what follows the tag and asks nothing ("right? 🤔")
	s := strings.TrimRightFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("?!.", r)
	})
	if i := strings.Index(s, "?"); i > 0 && guessTailRE.MatchString(s[i+1:]) && confirmTagRE.MatchString(s[:i+1]) {
		// "the prison is in quito right? the capital", "this jail is in
		// quito is it? or some other city": after a tagged statement,
		// what restates its guess, offers another place or thanks asks
		// nothing (a tail that is a question of its own, "any deaths?",
		// is no restatement)
		s = s[:i+1]
	}
	tagged := false
	if loc := confirmTagRE.FindStringIndex(s); loc != nil && loc[0] > 0 && echoesVerb(s[:loc[0]], s[loc[0]:]) {
		s, tagged = strings.TrimSpace(s[:loc[0]]), true
	}
	if loc := confirmOpenRE.FindStringIndex(s); loc != nil {
		s, tagged = strings.TrimSpace(s[loc[1]:]), true
		if i := strings.Index(s, "?"); i >= 0 && !asksAfter.MatchString(s[i+1:]) && !premisePrepRE.MatchString(s[i+1:]) {
			// "is it confirmed that only some hundreds of troops went
			// in? I read a small number somewhere": the statement ends
			// at its question mark; what follows is an aside (not a
			// question of its own, "if so, how many died", nor the
			// statement's own place, "? in Esmeraldas")
			s = s[:i]
		}
	}
	if !tagged || premiseWhRE.MatchString(s) {
		return "", false // no confirmation, or a question of its own ("how long was it, right?")
	}
	s = strings.TrimRight(s, "?!. ")
	if len(strings.Fields(s)) > maxPremiseWords {
		return "", false // a story told around it: its words would be the reading's
	}
	for _, loc := range premiseCountRE.FindAllStringIndex(s, -1) {
		if pronounOneRE.MatchString(s[:loc[1]]) {
			continue // "the one in guayaquil": a thing, no figure
		}
		ask := "how many "
		switch rest := s[loc[1]:]; {
		case premiseSpanRE.MatchString(rest):
			ask = "how long "
		case premiseClockRE.MatchString(rest):
			return "when " + squeeze(s[:loc[0]]+" "+premiseClockRE.ReplaceAllString(rest, " ")), true
		}
		return ask + squeeze(s[:loc[0]]+" "+strings.TrimLeft(s[loc[1]:], "-")), true
	}
	for wi, w := range strings.Fields(s) {
		// a day, a month ("may" only as "May"), a year
		c := strings.Trim(w, ",;:")
		if f := text.Fold(c); text.IsTimeWord(f) && (f != "may" || c == "May") || premiseDayWords[f] || premiseYearRE.MatchString(c) {
			return "when " + squeeze(dropDay(s, wi)), true
		}
	}
	for _, m := range premisePlaceRE.FindAllStringSubmatchIndex(s, -1) {
		if f := text.Fold(strings.Fields(s[m[2]:m[3]])[0]); !text.IsTimeWord(f) && len(text.Terms(f)) > 0 && voc != nil && !voc.uses(f) && !namesPlace(s[:m[0]], voc) {
			return "where " + squeeze(s[:m[0]]+" "+s[m[1]:]), true
		}
	}
	return "", false
}

// echoTagRE is a bare "is it" or "was it" closing a statement.
var echoTagRE = regexp.MustCompile(`(?i)^[,\s]+(is|was)\s+it\s*[?!.]*\s*$`)

// echoesVerb reports a tag that is no bare "is it" / "was it", or one
// that confirms: "is it?" whatever the statement's verb, as many Englishes
// tag ("13 ppl died is it?"); "was it?" only after a statement with
// "was" ("the riot was in quito was it?", not "the prison is in Santo
// Domingo was it?"). Never after a question word: "the riot was in
// quito, when was it?" asks when.
func echoesVerb(statement, tag string) bool {
	m := echoTagRE.FindStringSubmatch(tag)
	if m == nil {
		return true
	}
	f := strings.Fields(statement)
	last := statement[strings.LastIndexAny(statement, ",;:")+1:]
	if len(f) > 0 && premiseWhRE.MatchString(strings.Trim(f[len(f)-1], ",.;:!?")) || premiseWhRE.MatchString(last) {
		return false // "when was it?", "how long is it?"
	}
	if strings.EqualFold(m[1], "is") {
		return true
	}
	return slices.ContainsFunc(f, func(w string) bool { return strings.EqualFold(strings.Trim(w, ",.;:!?"), m[1]) })
}

// dayPrepRE is the words that tie a day to the statement: "on monday",
// "last friday", "in july", "in late july".
var dayPrepRE = regexp.MustCompile(`(?i)\b(?:on|in|last|this|next|by)(?:\s+(?:early|late|mid))?\s+$`)

// dropDay is s without its wi-th word (its day, month or year) and the
// words tying it to the statement: "the gangs started fighting on monday"
// reads "the gangs started fighting", not "... fighting on". The word is
// found by its place, not its letters ("the Mayor resigned in May").
func dropDay(s string, wi int) string {
	fields := strings.Fields(s)
	before := strings.Join(fields[:wi], " ") + " "
	if loc := dayPrepRE.FindStringIndex(before); loc != nil {
		before = before[:loc[0]]
	}
	return before + " " + strings.Join(fields[wi+1:], " ")
}

// namesPlace reports a statement opening with a name the stories write
// (before is the statement up to its "in"): placing a named place
// ("Guayaquil is in Peru") asks where that place is, which a sentence
// naming it does not tell; "the Litoral prison is in Quito" asks where
// the prison is.
func namesPlace(before string, voc *Vocabulary) bool {
	ws := text.Words(before)
	return len(ws) > 0 && voc.IsName(ws[0])
}

// squeeze is s with its runs of spaces made one and its ends trimmed.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// PremiseBefore reads a statement followed by a question of its own
// asking whether it holds, pointing back at it ("One of my students wrote
// that the riot left 50 dead. Is it accurate to say that, or is that
// figure wrong?", "I read 18 dead. Is that still the number or did it
// change?"): it returns the statement with a plain tag ("... left 50
// dead, is that right?"), for Premise to read as its slot's question.
// "", false when the message ends in no such question or has nothing
// before it.
func PremiseBefore(q string) (string, bool) {
	sents := text.Sentences(q, 0, len(q))
	n := len(sents)
	if n < 2 {
		return "", false
	}
	if !asksBack(q[sents[n-1].Start:sents[n-1].End]) {
		return "", false
	}
	s := strings.TrimRight(strings.TrimSpace(q[sents[n-2].Start:sents[n-2].End]), "?!.,;: ")
	if s == "" || strings.HasSuffix(q[sents[n-2].Start:sents[n-2].End], "?") {
		return "", false // a question before it: no statement to confirm
	}
	return s + ", is that right?", true
}

// asksBack reports a question pointing back at what was said before it
// and asking whether it holds (backAskRE, then backHoldsRE): "Is that
// right?", "Is it accurate to say that, or is that figure wrong?", "Is
// that still the number?", "Are those figures right?", "It is not
// correct?", "Can you confirm that?". Not a question of its own about it
// ("Is it true that gangs run the prisons?", "Is that the number of
// inmates?", "Is he right-wing?", "Is he right to do that?"), nor a tag on
// a statement of its own ("It is the worst riot ever, right?").
func asksBack(last string) bool {
	m := backAskRE.FindStringSubmatchIndex(last)
	if m == nil {
		return false
	}
	opener, rest := strings.ToLower(last[m[2]:m[3]]), last[m[1]:]
	switch {
	case strings.HasPrefix(opener, "can"):
		return strings.Trim(rest, " ?!.") == ""
	case strings.HasPrefix(opener, "it"):
		return itIsHoldsRE.MatchString(rest) // "It is not correct?", not "It is the worst riot ever, right?"
	}
	for _, h := range backHoldsRE.FindAllStringIndex(rest, -1) {
		if !askedOfItRE.MatchString(rest[h[1]:]) {
			return true
		}
	}
	return false
}

var (
	// backAskRE opens a question pointing back at what was said before
	// it: "Is it", "Is that", "is he", "Are those figures", "It is",
	// "Can you confirm that".
	backAskRE = regexp.MustCompile(`(?i)^\s*(?:(?:and|so|but|ok|okay)\s*,?\s+)?((?:is|was)\s+(?:that|this|it|he|she)|are\s+(?:they|those|these)(?:\s+(?:figures?|numbers?|reports?|claims?))?|it\s+is|(?:isn'?t|wasn'?t)\s+(?:that|it)|can\s+you\s+confirm(?:\s+(?:that|this|it))?)\b`)
	// backHoldsRE is what such a question asks of it: whether it is
	// right, or still the figure.
	backHoldsRE = regexp.MustCompile(`(?i)\b(?:right|correct|true|accurate|wrong|the\s+(?:final\s+|latest\s+|real\s+|official\s+|actual\s+)?(?:number|figure|count|toll)|the\s+case)\b`)
	// askedOfItRE opens what follows a hold that makes it a question of
	// its own: "right-wing", "right to do that", "true that gangs run
	// the prisons", "the number of inmates" ("accurate to say that"
	// still asks of it).
	askedOfItRE = regexp.MustCompile(`(?i)^(?:-|\s+(?:to\s+(?:do|be|have|go|make|take)\b|that\s+\w+\s+\w+|of\b))`)
	// itIsHoldsRE is "It is" asking of what was said: "It is not
	// correct?", "It is true?".
	itIsHoldsRE = regexp.MustCompile(`(?i)^\s+(?:not\s+)?(?:right|correct|true|accurate|so|the\s+case)\s*[?!.]*\s*$`)
)
