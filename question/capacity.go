package question

import (
	"regexp"

	"github.com/storybot-dev/storybot/text"
)

// AsksCapacity reports a question for how many a place can hold: "how
// many bad guys can fit in the new jail", "what is the prison's capacity",
// "how many inmates was it built for". Its answer must give a capacity
// (HasCapacity): how many a place holds now, or how many were moved into
// it, is no answer.
func AsksCapacity(q string) bool { return capacityQ.MatchString(text.Fold(q)) }

// HasCapacity reports a capacity in txt: "has room for 40,000 inmates",
// "built for 450", "an official capacity of 81,000".
func HasCapacity(txt string) bool { return capacityWords.MatchString(text.Fold(txt)) }

var (
	capacityQ     = regexp.MustCompile(`\bhow (?:many|much)\b.*\b(?:can|could|will|would|is able to|are able to)\s+(?:fit|hold|house|take|accommodate)\b|\bcapacity\b|\bhow many\b.*\b(?:built|designed|meant) (?:for|to hold|to house)\b|\broom for how many\b`)
	capacityWords = regexp.MustCompile(`\broom for\b|\bcapacity\b|\b(?:built|designed|meant) (?:for|to hold|to house)\b|\bcan (?:hold|house|accommodate|take|fit)\b|\bholds? up to\b|\bspace for\b`)
)
