package ground

import "testing"

// A marker's quote in single quotation marks is a quote like one in
// double marks: a sentence it closes is cited, and the quote must be in
// the passage.
func TestSingleQuotedMarkerQuote(t *testing.T) {
	const p = "Lasso tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's words", p, "Violence has surged since 2021. [1: 'violence that has surged since 2021']", ""},
		{"curly single marks", p, "Violence has surged since 2021 [1: ‘violence that has surged since 2021’].", ""},
		{"words not in the passage", p, "Violence has surged since 2019. [1: 'violence that has surged since 2019']", `quote "violence that has surged since 2019" is not in passage 1`},
	})
}

// "2021 onwards" is "since 2021": a word saying which way a time reaches
// is no fact of its own; the year is still checked.
func TestOnwardsIsNoContentWord(t *testing.T) {
	const p = "Lasso tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's year", p, "2021 onwards [1].", ""},
		{"another year", p, "2019 onwards [1].", `number "2019"`},
	})
}
