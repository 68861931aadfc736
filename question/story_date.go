package question

import (
	"regexp"

	"github.com/storybot-dev/storybot/text"
)

// AsksStoryDate reports a question for the date of the story itself, not
// of an event it tells: "what is the date of this news", "what day is
// this article from", "when was this published". Its answer is the
// story's dateline. A question asking something else too ("who retook the
// prison and what is the date of this news") is not one.
func AsksStoryDate(asked string) bool {
	f := text.Fold(asked)
	return storyDateRE.MatchString(f) && len(whWordRE.FindAllString(f, -1)) <= 1
}

// storyDateRE: the date "of this" story, the story "from" a date, or the
// story published, written or dated when. The story is named by a word
// for a news piece ("report" and "post" are often what a story is about:
// "when was the report released", "what day was that post from"; "it" may
// be a letter the story quotes), after "this" or "that" where a noun could follow
// ("the date of the news conference"), or before the verb of publishing.
var storyDateRE = regexp.MustCompile(`\bdate\s+(?:of|on|for)\s+(?:this|that)\s+` + pieceNoun +
	`|\bwhat\s+(?:date|day)\s+(?:is|was)\s+(?:this|that)\s+` + pieceNoun + `(?:\s+from)?\s*(?:\?|$)` +
	`|\b(?:what\s+(?:date|day)|when)\s+(?:was|is)\s+(?:this|the|that)\s+` + pieceNoun + `\s+(?:from|published|written|posted|dated|released|out)\b` +
	`|\bwhen\s+(?:this|the|that)\s+` + pieceNoun + `\s+was\s+(?:published|written|posted|released)\b` +
	`|\bwhen\s+was\s+this\s+(?:published|written|posted)\b` +
	`|\b(?:this|that)\s+` + pieceNoun + `\s+(?:is\s+|was\s+)?(?:from|dated)\s+(?:what|which)\s+(?:date|day)\b`)

const pieceNoun = `(?:news|story|article|piece)\b`
