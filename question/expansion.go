package question

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// expansionQ asks what an abbreviation stands for: "what does SNAI stand
// for", "what does snai mean", "what means SNAI", "SNAI stands for what",
// "full form of SNAI", "what is the full name of the SNAI", "what do the
// letters SNAI stand for", "what is SNAI short for". "Mean" ends the
// question, or its first part ("what means SNAI? For what stands the
// abbreviation"): "what does the SNAI mean for the families" asks
// something else. The abbreviation is the group that matched.
var expansionQ = regexp.MustCompile(`\bwhat(?:'s|’s|\s+is|\s+are|\s+does|\s+do|\s+did)?\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+|letters\s+)?['"‘“]?([\p{L}.]{2,8})['"’”]?(?:\s+(?:actually|really|even|exactly))?\s+(?:stands?\s+for|short\s+for)\b|\bwhat\s+(?:does|do|is)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?['"‘“]?([\p{L}.]{2,8})['"’”]?(?:\s+(?:actually|really|even|exactly))?\s+mean\s*(?:[?.!,]|$)|\bwhat\s+means\s+(?:the\s+)?([\p{L}.]{2,8})\s*(?:[?.!,]|$)|\b([\p{L}.]{2,8})\s+(?:stands?\s+for|means?)\s+what\b|\b(?:full\s+form|full\s+name|meaning|expansion)\s+of\s+(?:the\s+)?([\p{L}.]{2,8})\b`)

// AsksExpansion returns the abbreviation a question asks the meaning of,
// in lower case without dots ("snai"), or "" when it asks nothing of the
// kind. Whether the stories spell it out, and write it in capitals, is the
// answerer's to find.
func AsksExpansion(asked string) string {
	m := expansionQ.FindStringSubmatch(text.Fold(asked))
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != "" {
			if a := strings.ReplaceAll(g, ".", ""); len(a) >= 2 && !stopAbbrev[a] {
				return a
			}
		}
	}
	return ""
}

// stopAbbrev are words the pattern could take for an abbreviation that
// are none: "what does it mean", "what does this stand for".
var stopAbbrev = map[string]bool{"it": true, "this": true, "that": true, "he": true, "she": true, "they": true, "we": true, "you": true, "the": true, "its": true, "word": true, "name": true}
