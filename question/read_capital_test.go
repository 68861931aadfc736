package question

import "testing"

// A word the asker capitalised inside a question is a name: never read as
// a typo of a common word ("Boko" is not "book"), though it may be one of
// a name the stories use ("Kaduan": "kaduna").
func TestReadCapitalisedName(t *testing.T) {
	stories := storiesOnly{{Source: "a.txt", Title: "a", Text: "Police found a book in the cell. The book was old. Officials in Kaduna said the wall fell. In Kaduna it rained."}}
	var rd Reader
	for in, want := range map[string]string{
		"were any of the escapees Boko Haram": "were any of the escapees Boko Haram",
		"were any of the escapees boko haram": "were any of the escapees book haram", // no capital: read as typed words are
		"how many fled in Kaduan":             "how many fled in kaduna",
		"Boko Haram were they there":          "book Haram were they there", // the first word's capital says nothing
	} {
		if got := rd.Read(&stories, in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
}
