package text

import (
	"regexp"
	"strings"
)

var injectionRE = regexp.MustCompile(`(?i)\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+|my\s+)?(?:previous|prior|above|earlier|preceding|former|system)\s+(?:instructions?|rules|prompts?|directions|messages)|\byou\s+are\s+now\b|\bact\s+as\s+(?:a|an)\b|\bnew\s+instructions?\s*:|\bsystem\s+prompt\b|\b(?:assistant|ai|chatbot|model)s?\s*,?\s+(?:must|should)\s+(?:now\s+)?(?:tell|say|answer|reply|respond)|</?\s*(?:passage|question|history|system|instructions?)\b`)

// IsInstruction reports a sentence that addresses an AI or fakes a prompt
// delimiter: never an answer.
func IsInstruction(s string) bool { return injectionHint(s) && injectionRE.MatchString(s) }

// injectionHints are words one of which every match of injectionRE holds:
// a cheap test before the costly one.
var injectionHints = []string{"ignor", "disregard", "forget", "you are now", "act as", "instruction", "system prompt", "must", "should", "<"}

func injectionHint(s string) bool {
	l := strings.ToLower(s)
	for _, h := range injectionHints {
		if strings.Contains(l, h) {
			return true
		}
	}
	return false
}
