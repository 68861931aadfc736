package question

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Review 37d: borrowCounted (c788375), a count question naming no thing
// after a remark on how many of a thing there were. Each case asserts the
// reading a person means; read says whether it goes through Reader.Read
// (chat particles dropped first) or borrowCounted alone. want is the exact
// reading, or, when contains is set, a part the reading must hold.
//
// 16 cases, 13 failing at first. Mended: irregular plurals ("people",
// "children") may be the thing and are a thing of the question's own
// after "how many" ("women", "children"); "-ly" nouns ("elderly") are no
// adverbs; auxiliaries and modals go on a count ("have died", "was
// killed"); no punctuation is needed between remark and question; "too
// many", "many many". Open, left out of the cases below: "so many
// attacks, how many died" (any plural is borrowed, even one that cannot
// do the deed); "how many escape" (a base-form verb outside the short
// list); a remark after another question ("who sent them? so many
// soldiers, how many went in"); a two-word thing ("police officers").
func TestReview37dBorrowCounted(t *testing.T) {
	ix := testindex.Seed(t)
	for _, tt := range []struct {
		name, in, want string
		read, contains bool
	}{
		// the remark's thing is a plural noun without "-s"
		{name: "people is a plural noun", in: "so many people, how many died", want: "how many people died"},
		{name: "children is a plural noun", in: "so many children, how many died", want: "how many children died"},
		// the count question names its own thing, an irregular plural or an "-ly" noun
		{name: "own thing: children", in: "so many casualties, how many children", want: "so many casualties, how many children"},
		{name: "own thing: women", in: "so many soldiers, how many women went in", want: "so many soldiers, how many women went in"},
		{name: "own thing: the elderly", in: "so many victims, how many elderly died", want: "so many victims, how many elderly died"},
		// the remark's noun is no thing that can do the verb
		// the count question goes on with an auxiliary or a non-native verb form
		{name: "have died", in: "so many soldiers, how many have died", want: "how many soldiers have died"},
		{name: "non-native was killed", in: "so many soldiers, how many was killed", want: "how many soldiers was killed"},
		// casual punctuation and openers
		{name: "no comma between", in: "so many soldiers how many went in", want: "how many soldiers went in"},
		{name: "too many", in: "too many soldiers, how many went in", want: "how many soldiers went in", read: true},
		// already right
		{name: "particles and stretched typo", in: "wah so many soldiers!! how many went in tho", want: "how many soldiers went in", read: true},
		{name: "misspelt thing read first", in: "so many prisonners, how many escaped", want: "how many prisoners escaped", read: true},
		{name: "own thing: civilians", in: "so many soldiers, how many civilians died", want: "so many soldiers, how many civilians died"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if tt.read {
				got = (&Reader{}).Read(ix, tt.in)
			} else {
				got = borrowCounted(tt.in)
			}
			if tt.contains && !strings.Contains(got, tt.want) || !tt.contains && got != tt.want {
				t.Errorf("%q read as %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
