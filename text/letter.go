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
	salutationRE = regexp.MustCompile(`(?i)^\s*(?:dear|respected|good\s+(?:morning|afternoon|evening)\s+(?:sir|madam|sirs|team|all)\b)[^,.!:\n]{0,30}[,.!:\n]\s*`)
	// closingRE closes one, with the writer's name (capitalised words
	// only): "Yours faithfully, K. Asante", "Kind regards", "Thanking you
	// in advance"; not "kind regards to the families".
	closingRE = regexp.MustCompile(`(?i)[\s,.;]*\b(?:yours\s+(?:faithfully|sincerely|truly)|(?:with\s+)?(?:kind|best|warm|warmest)\s+regards|regards|sincerely|thank(?:s|ing\s+you|\s+you)\s+in\s+advance|with\s+(?:many\s+)?thanks)(?:[\s,.!]+(?-i:(?:\(?\p{Lu}[\p{L}.'’-]*\)?\s*){0,5}))?[.!\s]*$`)
	// letterThanksRE is a courtesy sentence opening a letter: "Thank you for
	// your earlier reply."
	letterThanksRE = regexp.MustCompile(`(?i)^\s*(?:thank\s+you|thanks|many\s+thanks)\b[^.?!]*[.!]\s+`)
	// frameRE is a formal request framing what is asked: "I would be most
	// grateful if you could kindly indicate", "Kindly indicate", "I should
	// be obliged to learn", "I wish to enquire".
	frameRE = regexp.MustCompile(`(?i)(^|[.!?,]\s+|\band\s+)(?:(?:i|we)\s+(?:would|should)\s+be\s+(?:most\s+|very\s+|much\s+|extremely\s+)?(?:grateful|obliged|thankful)\s+(?:if\s+you\s+(?:could|would|might)\s+(?:kindly\s+|please\s+)?(?:indicate|advise|confirm|tell\s+me|let\s+me\s+know|inform\s+me|specify|state|clarify|explain)|to\s+(?:learn|know|be\s+told))|(?:kindly|please)\s+(?:indicate|advise(?:\s+me)?|confirm|tell\s+me|let\s+me\s+know|inform\s+me|specify|state|clarify|explain)|(?:i|we)\s+(?:wish|write)\s+to\s+(?:enquire|inquire|learn|know))\s+(?:(?:as\s+to|about|regarding|concerning)\s+)?`)
	// topicFrameRE is a letter's opening of its topic, before what it asks:
	// "I write to enquire about the recent disturbances at a penitentiary
	// ...": a sentence of context when a question follows it.
	topicFrameRE = regexp.MustCompile(`(?i)^\s*(?:i|we)\s+(?:wish|write)\s+to\s+(?:enquire|inquire)\s+(?:about|regarding|concerning|as\s+to)\s+(?:the|a|an|recent)\b[^.?!]*[.!]\s+`)
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
	if out != q {
		out = letterThanksRE.ReplaceAllString(out, "")
	}
	if loc := closingRE.FindStringIndex(out); loc != nil && len(strings.Fields(out[:loc[0]])) >= 3 {
		out = out[:loc[0]]
	}
	if loc := topicFrameRE.FindStringIndex(out); loc != nil && len(strings.Fields(out[loc[1]:])) >= 3 {
		out = out[loc[1]:] // the topic's sentence; what follows asks
	}
	out = frameRE.ReplaceAllStringFunc(out, func(m string) string {
		lead := frameRE.FindStringSubmatch(m)[1]
		return lead + "\x00"
	})
	if strings.Contains(out, "\x00") {
		var b strings.Builder
		for i, part := range strings.Split(out, "\x00") {
			if i > 0 && !whAfterRE.MatchString(part) {
				part = "what is " + part // "the name of the facility"
			}
			b.WriteString(part)
		}
		out = b.String()
	}
	out = strings.TrimSpace(out)
	if len(strings.Fields(out)) < 2 {
		return q
	}
	return out
}
