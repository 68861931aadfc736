package question

import (
	"regexp"

	"github.com/storybot-dev/storybot/text"
)

// AsksPercent reports a question for a percentage: "what % did Lenis get",
// "what percentage of the vote", "what share of exports". Its answer must
// hold one (HasPercent): a count of years or votes is no answer.
func AsksPercent(q string) bool { return percentQ.MatchString(text.Fold(q)) }

// HasPercent reports a percentage in txt: "24%", "8 percent", "half".
func HasPercent(txt string) bool { return percentWords.MatchString(text.Fold(txt)) }

var (
	percentQ     = regexp.MustCompile(`\b(?:what|which|how many|how much)\s+(?:%|percent(?:age)?\b|per cent\b|share\b|proportion\b|fraction\b)`)
	percentWords = regexp.MustCompile(`\d\s?%|\bper ?cent\b|\bpercentage\b|\b(?:half|third|quarter|two-thirds|three-quarters|majority)\b`)
)
