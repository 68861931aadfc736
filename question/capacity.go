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

// WithoutCapacities is txt with the number of each capacity it gives left
// out ("has room for inmates", "built for inmates"): what a count question
// that asks no capacity may not read as a count.
func WithoutCapacities(txt string) string { return capacityNum.ReplaceAllString(txt, "$1") }

var (
	capacityNum   = regexp.MustCompile(`(?i)(\b(?:room|space) for|\bcapacity (?:of|for)|\b(?:built|designed|meant) (?:for|to hold|to house)|\bcan (?:hold|house|accommodate|take|fit)|\bholds? up to)\s+(?:about |some |around |roughly |nearly |more than |up to )?\d+(?:[,.]\d+)*(?:\s+(?:million|thousand|hundred))?`)
	capacityQ     = regexp.MustCompile(`\bhow (?:many|much)\b.*\b(?:can|could|will|would|is able to|are able to)\s+(?:[\p{L}'’-]+\s+){0,8}?(?:fit|hold|house|accommodate)\b|\bcapacity\b|\bhow many\b.*\b(?:built|designed|meant) (?:for|to hold|to house)\b|\broom for how many\b`)
	capacityWords = regexp.MustCompile(`\broom for\b|\bcapacity\b|\b(?:built|designed|meant) (?:for|to hold|to house)\b|\bcan (?:hold|house|accommodate|take|fit)\b|\bholds? up to\b|\bspace for\b`)
)
