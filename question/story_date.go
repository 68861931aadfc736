package question

import (
	"regexp"

	"github.com/storybot-dev/storybot/text"
)

// AsksStoryDate reports a question for the date of the story itself, not
// of an event it tells: "what is the date of this news", "what day is
// this article from", "when was the story published". Its answer is the
// story's dateline.
func AsksStoryDate(asked string) bool {
	return storyDateRE.MatchString(text.Fold(asked))
}

// storyDateRE: a date or day "of" the story, the story "from" a date, or
// the story published, written or dated when. The story is named by a
// determiner and a word for a report; "the story says the clashes began
// on which day" names no date of the story's own.
var storyDateRE = regexp.MustCompile(`\b(?:date|day)\s+(?:of|on|for)\s+(?:this|the|that)\s+` + reportNoun +
	`|\bwhat\s+(?:date|day)\s+(?:is|was)\s+(?:this|the|that)\s+` + reportNoun + `(?:\s+from)?\s*(?:\?|$)` +
	`|\bwhen\s+(?:was|is)\s+(?:this|the|that)\s+` + reportNoun + `\s+(?:from|published|written|posted|dated|released|out)\b` +
	`|\b(?:this|the|that)\s+` + reportNoun + `\s+(?:is\s+|was\s+)?(?:from|dated)\s+(?:what|which)\s+(?:date|day)\b`)

const reportNoun = `(?:news|story|article|report|piece|item|post)\b`
