package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// The place a dated story's lede sets it in is the scene of each of its
// sentences, in a corpus of more than one story: "By Tuesday the storm had
// destroyed 40 houses" happened in Valdera. An undated text (an
// encyclopedia article, as SQuAD's are) is no report of one event in one
// place: its lede's places are no scene of its later sentences ("How many
// French people fled to Prussia" of an article on the Huguenots whose lede
// names France).
func TestLedeSetsTheSceneOfDatedStories(t *testing.T) {
	body := "A storm struck the coast on Monday, officials said.\n\n" +
		"The worst damage was in the city of Valdera, where the harbour flooded.\n\n" +
		"Rescue teams worked through the night. Roads were closed. Power was cut to the east.\n\n" +
		"Schools were shut for the week. Ferries stopped running. Shops stayed closed.\n\n" +
		"By Tuesday 40 houses had been destroyed, the mayor said.\n"
	other := " date 2023-02-01 STORY: Farmers in the north protested over the price of fertiliser on Friday.\n\nThey blocked two roads for six hours.\n"
	q := "how many houses were destroyed in Valdera"
	for _, tc := range []struct {
		name, head string
		scene      bool
	}{
		{"dated", " date 2023-05-02 STORY: ", true},
		{"undated", "", false},
	} {
		ix := edgeIndex(t, map[string]string{"storm.txt": tc.head + body, "farm.txt": other})
		var rd question.Reader
		rq := readQuestion(ix, rd.Vocabulary(ix), q, "")
		found := false
		for _, c := range rq.candidates(ix, passagesOf(t, ix, q)) {
			if c.text() == "By Tuesday 40 houses had been destroyed, the mayor said." {
				found = true
				if got := c.scene["valdera"]; got != tc.scene {
					t.Errorf("%s: the houses sentence set in Valdera = %v, want %v", tc.name, got, tc.scene)
				}
			}
		}
		if !found {
			t.Errorf("%s: the houses sentence is no candidate", tc.name)
		}
	}
}
