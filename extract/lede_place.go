package extract

import (
	"fmt"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// ledePlace answers "where did this happen", a question for the place of
// the story as a whole, with the first sentence of its lede (the first
// ledeSentences) that names a place its title does not: the title sets a
// story in a country ("a rioting prison in Ecuador"), the lede in its city
// ("at the Penitenciaria del Litoral in the city of Guayaquil"). Without
// such a sentence, the first that names a place. False when none does.
// The story is the one of the first passage.
func ledePlace(ix Index, ans *Answer) bool {
	st := StoryOf(ix, ans.Passages[0].Source)
	if st == nil {
		return false
	}
	titled := termsOf(text.PlaceNames(st.Title))
	spans := story.BodySentences(st)
	first := -1
	for k := 0; k < ledeSentences && k < len(spans); k++ {
		places := termsOf(text.PlaceNames(st.Text[spans[k].Start:spans[k].End]))
		if len(places) == 0 {
			continue
		}
		if first < 0 {
			first = k
		}
		for t := range places {
			if !titled[t] {
				citeSentence(st, spans[k], ans)
				return true
			}
		}
	}
	if first < 0 {
		return false
	}
	citeSentence(st, spans[first], ans)
	return true
}

// citeSentence answers with the sentence sp of st, cited by its bytes.
func citeSentence(st *story.Story, sp text.Span, ans *Answer) {
	raw := st.Text[sp.Start:sp.End]
	ans.Text = fmt.Sprintf("%s [1]", story.Clean(raw))
	ans.Citations = []cite.Citation{{N: 1, Source: st.Source, Title: st.Title, Date: st.Date, Start: sp.Start, End: sp.End, Quote: raw}}
}
