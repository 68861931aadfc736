package ground

import "testing"

// A common-noun subject keeps a deed its own sentences give in other
// words: what it was done to may be the second word after the deed
// ("handed out extra blankets" of "gave families blankets"), and the
// sentence after it may go on with "it" a few words in ("On Tuesday it
// handed out ..."). One the passage only says things were done to,
// "were hurt" as "was hurt", is no doer.
func TestSubjectDeedEdges(t *testing.T) {
	runR7(t, []r7Case{
		{name: "the thing done to, second after the deed", passages: []string{"The city council gave families blankets on Monday. Church volunteers handed out extra food."}, claim: "The city council handed out extra blankets [1].", want: ""},
		{name: "it, third word of the next sentence", passages: []string{"The city council met on Monday. On Tuesday it handed out water and blankets. Church volunteers also handed out water."}, claim: "The city council handed out water and blankets [1].", want: ""},
		{name: "civilians were hurt", passages: []string{"Two civilians were hurt in a Molotov cocktail attack on the office."}, claim: "Civilians threw a Molotov cocktail at the office [1].", want: "who: the passage says the civilians were hurt"},
		{name: "civilians threw it", passages: []string{"Civilians threw a Molotov cocktail at the office, and two civilians were hurt."}, claim: "Civilians threw a Molotov cocktail at the office [1].", want: ""},
	})
}
