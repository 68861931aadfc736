package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
)

// The story a question names is the first ranked passage's story that
// holds every name it gives, else the one story of the corpus holding them
// all though none of its passages ranked; a month or a day is no name of a
// story; with two stories holding the names, or none, the first passage's.
func TestNamedStory(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.txt": " date 2023-03-01 STORY: A fire in Quito killed four people in March.\n\nFirefighters worked all night.\n",
		"b.txt": " date 2023-04-01 STORY: A landslide buried the town of Secocha on Sunday.\n\nThe death toll rose to 36.\n",
		"c.txt": " date 2023-05-01 STORY: Floods in Lima killed six people.\n\nRain fell for twelve hours in Quito too.\n",
	})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	ranked := []cite.Passage{{Source: "c.txt"}, {Source: "a.txt"}}
	for q, want := range map[string]string{
		"how many people died in Secocha":          "b.txt", // no passage of it ranked
		"how many died in the Quito fire":          "c.txt", // two stories hold Quito: the first ranked of them
		"how many died in the Quito fire in March": "c.txt", // March is no story's name
		"how many people died":                     "c.txt", // no name
		"how many people died in Tumbes":           "c.txt", // no story holds it
	} {
		if got := NamedStory(ix, voc, q, ranked); got != want {
			t.Errorf("NamedStory(%q) = %q, want %q", q, got, want)
		}
	}
}
