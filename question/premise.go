package question

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// A confirmation question states a fact and asks whether it holds: "it
// said 13 dead right?", "the prison is in quito right? the capital",
// "fighting start Monday right?". When the stories don't settle it as
// typed (its figure, day or place is none of theirs), what they say of
// the statement's slot is what the asker needs: Premise reads the
// statement as the question of that slot ("how many dead", "where the
// prison is", "when fighting start").

var (
	// confirmTagRE is a tag asking whether the statement before it holds:
	// "..., right?", "is that right", "is correct?", "e true?", "betul
	// ka?", "yes?", "or not?".
	confirmTagRE = regexp.MustCompile(`(?i)[,\s]+(?:(?:is|was)\s+(?:that|it|this)\s+|is\s+)?(?:right|correct|true|accurate|yes|e\s+true|betul(?:\s+ka)?|innit|or\s+not|or\s+no|isn'?t\s+it|wasn'?t\s+it|no)\s*[?!.]*\s*$`)
	// confirmOpenRE opens a question asking whether what follows holds:
	// "is it true that", "is it correct".
	confirmOpenRE = regexp.MustCompile(`(?i)^\s*(?:is|was)\s+it\s+(?:true|correct|right|accurate)\s+(?:that\s+)?`)
	// premiseCountRE is a statement's figure, with the words that hedge
	// it ("only like 200", "some hundred", "a few hundred", "over 50"):
	// digits or number words, not a year.
	premiseCountRE = regexp.MustCompile(`(?i)\b(?:(?:only|like|about|around|roughly|approx(?:imately)?|some|over|under|almost|nearly|just|at\s+least|more\s+than|less\s+than|a\s+few|a|few)\s+)*(?:\d{1,3}(?:,\d{3})*|\d{5,}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)(?:\s+(?:hundred|thousand|dozen)s?)?\b`)
	// premiseSpanRE is a figure that is a span of time: "90 days".
	premiseSpanRE = regexp.MustCompile(`(?i)^\s*(?:day|days|week|weeks|month|months|year|years|hour|hours)\b`)
	// premisePlaceRE is "in", "at" or "near" before a word that may be
	// the statement's place.
	premisePlaceRE = regexp.MustCompile(`(?i)\b(?:in|at|near)\s+(?:the\s+(?:city|town|province)\s+of\s+)?([\p{L}]+)`)
)

// maxPremiseWords is the longest statement Premise reads: a longer one
// tells a story around its claim ("hello there, my grandson set me up on
// this yoke. I was listening to the radio ... I think they said 50 were
// killed in it"), whose words would all be the reading's.
const maxPremiseWords = 12

// Premise reads a confirmation question (a statement with a tag asking
// whether it holds, or opening "is it true that") as the question of its
// slot: its figure ("how many"; "how long" for a span), else its day or
// month ("when"; "may" is read as no month), else its place ("where": a
// content word after "in", "at" or "near" the stories write as a name, or
// none of their words: not "in again"; not after a name the stories
// write, "Guayaquil is in Peru"). It
// returns "", false for any other question, for one with no slot, and
// for a statement of more than maxPremiseWords words. The question is read with its tag or opening cut and the slot's words
// taken out: "is it true that na only 200 soldiers go there" reads "how
// many na soldiers go there".
func Premise(q string, voc *Vocabulary) (string, bool) {
	s := strings.TrimSpace(q)
	tagged := false
	if loc := confirmTagRE.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s, tagged = strings.TrimSpace(s[:loc[0]]), true
	}
	if loc := confirmOpenRE.FindStringIndex(s); loc != nil {
		s, tagged = strings.TrimSpace(s[loc[1]:]), true
	}
	if !tagged || whWordRE.MatchString(s) {
		return "", false // no confirmation, or a question of its own ("how long was it, right?")
	}
	s = strings.TrimRight(s, "?!. ")
	if len(strings.Fields(s)) > maxPremiseWords {
		return "", false // a story told around it: its words would be the reading's
	}
	if loc := premiseCountRE.FindStringIndex(s); loc != nil {
		ask := "how many "
		if premiseSpanRE.MatchString(s[loc[1]:]) {
			ask = "how long "
		}
		return ask + squeeze(s[:loc[0]]+" "+s[loc[1]:]), true
	}
	for _, w := range strings.Fields(s) {
		if f := text.Fold(strings.Trim(w, ",;:")); text.IsTimeWord(f) && f != "may" {
			return "when " + squeeze(strings.Replace(s, w, "", 1)), true
		}
	}
	for _, m := range premisePlaceRE.FindAllStringSubmatchIndex(s, -1) {
		if f := text.Fold(s[m[2]:m[3]]); !text.IsTimeWord(f) && len(text.Terms(f)) > 0 && voc != nil && (voc.IsName(f) || !voc.uses(f)) && !namesPlace(s[:m[0]], voc) {
			return "where " + squeeze(s[:m[0]]+" "+s[m[1]:]), true
		}
	}
	return "", false
}

// namesPlace reports words of before the stories write as a name: a
// statement placing a named place ("Guayaquil is in Peru") asks where
// that place is, which a sentence naming it does not tell.
func namesPlace(before string, voc *Vocabulary) bool {
	for _, w := range text.Words(before) {
		if voc.IsName(w) {
			return true
		}
	}
	return false
}

// squeeze is s with its runs of spaces made one and its ends trimmed.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }
