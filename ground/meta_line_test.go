package ground

import "testing"

// Words about where in a story a thing is said ("its opening line", "the
// first paragraph", "appears in passage 2") are talk about the source,
// not facts to find in it; a fact's own words still are.
func TestWordsAboutWhereItIsSaid(t *testing.T) {
	const p = "Relatives of inmates gathered outside the prison on Wednesday, waiting for news.\n"
	runEdgeCases(t, []edgeCase{
		{"opening line", p, "On Wednesday, per the story's opening line [1].", ""},
		{"first paragraph", p, "The first paragraph says relatives gathered outside the prison on Wednesday [1].", ""},
		{"a fact beside", p, "On Wednesday, per the opening line, relatives rioted and looted shops [1].", "words"},
	})
}
