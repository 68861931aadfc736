package text

import (
	"regexp"
	"strings"
)

// A question written as a formal letter: "Dear Sir/Madam, ... I would be
// most grateful if you could kindly indicate the name of the aforementioned
// facility. Yours faithfully, K. Asante". Its salutation, its closing
// and its courtesies are no part of what is asked, and its request frames
// say "what is" in many words.

var (
	// salutationRE opens a letter: "Dear Sir/Madam,", "Respected Sir,",
	// "Good morning Sir,".
	salutationRE = regexp.MustCompile(`(?i)^\s*(?:dear\b|respected\b|good\s+(?:morning|afternoon|evening)\s+(?:sir|madam|sirs|team|all)\b)[^,.!:\n]{0,30}[,.!:\n]\s*`)
	// closingRE closes one, with the writer's name (capitalised words
	// only): "Yours faithfully, K. Asante", "Kind regards", "Thanking you
	// in advance"; not "kind regards to the families".
	closingRE = regexp.MustCompile(`(?i)(?:^|[,.;!?\n])\s*(?:yours\s+(?:faithfully|sincerely|truly)|(?:with\s+)?(?:kind|best|warm|warmest)\s+regards|regards|sincerely|thank(?:s|ing\s+you|\s+you)\s+in\s+advance|with\s+(?:many\s+)?thanks)(?:[\s,.!]+(?-i:(?:\(?\p{Lu}[\p{L}.'’-]*\)?[\s,]*){0,6}))?[.!\s]*$`)
	// letterThanksRE is a courtesy sentence opening a letter: "Thank you for
	// your earlier reply."
	letterThanksRE = regexp.MustCompile(`(?i)^\s*(?:thank\s+you|thanks|many\s+thanks)\s+for\b[^.?!]*[.!]\s+`)
	// frameRE is a formal request framing what is asked: "I would be most
	// grateful if you could kindly indicate", "Kindly indicate", "I should
	// be obliged to learn", "I wish to enquire".
	frameRE = regexp.MustCompile(`(?i)(^|[.!?,]\s+|\band\s+)(?:(?:(?:i|we)\s+(?:would|should)|i['’]d|we['’]d)\s+be\s+(?:most\s+|very\s+|much\s+|extremely\s+)?(?:grateful|obliged|thankful)\s+(?:if\s+you\s+(?:could|would|might)\s+(?:kindly\s+|please\s+)?(?:indicate|advise|confirm|tell\s+me|let\s+me\s+know|inform\s+me|specify|state|clarify|explain)|to\s+(?:learn|know|be\s+told))|(?:kindly|please)\s+(?:indicate|advise(?:\s+me)?|confirm|tell\s+me|let\s+me\s+know|inform\s+me|specify|state|clarify|explain)|(?:i|we)\s+(?:wish|write)\s+to\s+(?:enquire|inquire|learn|know))\s+(?:(?:as\s+to|about|regarding|concerning)\s+)?`)
	// topicFrameRE is a letter's opening of its topic, before what it asks:
	// "I write to enquire about the recent disturbances at a penitentiary
	// ...": a sentence of context when a question follows it.
	topicFrameRE = regexp.MustCompile(`(?i)^\s*(?:i|we)\s+(?:wish|write)\s+to\s+(?:enquire|inquire)\s+(?:about|regarding|concerning|as\s+to)\s+(?:the|a|an|recent)\b[^.?!]*[.!]\s+`)
	// namingFrameRE is a frame whose verb asks for a thing named after it:
	// "indicate the name of", "specify the number of".
	namingFrameRE = regexp.MustCompile(`(?i)\b(?:indicate|specify|state|advise|learn|know)\s*$`)
	// namedThingRE is a thing any frame may ask for by name: "tell me the
	// name of the warden".
	namedThingRE = regexp.MustCompile(`(?i)^the\s+(?:name|names|number|date|nature|identity|location|reason|cause|title|figure|total|cost)\b`)
	// whAfterRE is a question word opening what a frame asks.
	whAfterRE = regexp.MustCompile(`(?i)^(?:(?:on|in|at|by|for|from|since|to)\s+)?(?:what|which|who|whom|whose|when|where|why|how|whether|if)\b`)
)

// StripLetter reads a question written as a formal letter: its salutation,
// its closing and a courtesy opening it dropped, and each request frame
// read as the question it makes ("Kindly indicate on which day ..." asks
// "on which day ..."; "kindly indicate the name of the facility" asks
// "what is the name of the facility"). Anything else is left as typed.
func StripLetter(q string) string {
	out := salutationRE.ReplaceAllString(q, "")
	out = letterThanksRE.ReplaceAllString(out, "")
	if loc := closingRE.FindStringIndex(out); loc != nil && len(strings.Fields(out[:loc[0]])) >= 3 {
		end := loc[0]
		if strings.ContainsRune("?!", rune(out[end])) {
			end++ // the question's own mark stays
		}
		out = out[:end]
	}
	if loc := topicFrameRE.FindStringIndex(out); loc != nil && len(strings.Fields(out[loc[1]:])) >= 3 {
		out = out[loc[1]:] // the topic's sentence; what follows asks
	}
	var b strings.Builder
	last := 0
	for _, m := range frameRE.FindAllStringSubmatchIndex(out, -1) {
		after := out[m[1]:]
		switch {
		case whAfterRE.MatchString(after):
			b.WriteString(out[last:m[3]]) // "kindly indicate on which day": the question
		case (namingFrameRE.MatchString(out[m[0]:m[1]]) || namedThingRE.MatchString(after)) && !strings.HasPrefix(strings.ToLower(after), "that "):
			b.WriteString(out[last:m[3]] + "what is ") // "kindly indicate the name of the facility"
		default:
			continue // "please tell me about the riot", "please confirm that ...": as typed
		}
		last = m[1]
	}
	b.WriteString(out[last:])
	out = b.String()
	out = strings.TrimSpace(out)
	if len(strings.Fields(out)) < 2 {
		return q
	}
	return out
}
