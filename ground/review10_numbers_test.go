package ground

import "testing"

// From the tenth session's review: a number in several words is read
// whole where it is bound to its noun, on either side ("two hundred and
// five people" is 205 people, not five), two figures joined by "and" stay
// two, and a scale of a scale multiplies.
func TestNumberWordsWholeReview10(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{name: "words in the passage, digits in the claim", passage: "On Monday, two hundred and five people were evacuated from the prison.",
			claim: "On Monday, 205 people were evacuated from the prison [1]."},
		{name: "a part of the figure", passage: "Officials said two hundred and five people were evacuated from the prison.",
			claim: "Officials said five people were evacuated from the prison [1].", want: `number "5"`},
		{name: "digits in the passage, words in the claim", passage: "On Monday, 205 people were evacuated from the prison.",
			claim: "On Monday, two hundred and five people were evacuated from the prison [1]."},
		{name: "two figures", passage: "Between three hundred and four hundred people were evacuated from the prison on Monday.",
			claim: "Between 300 and 400 people were evacuated from the prison on Monday [1]."},
		{name: "a scale of a scale", passage: "The government pledged one thousand million dollars for new prisons.",
			claim: "The government pledged $1 billion for new prisons [1]."},
		{name: "six words", passage: "Union leaders said one thousand two hundred and fourteen members voted for the stoppage.",
			claim: "Union leaders said 1,214 members voted for the stoppage [1]."},
	})
}
