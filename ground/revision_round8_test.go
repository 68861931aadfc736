package ground

import "testing"

// A count the passage revises "from X to Y" may be restated in the words
// of a revised count ("now stands at", "the earlier count", "the
// official figure", "revised up", Spanish "la cifra anterior") when the
// claim gives both numbers; words of anything else stay missing, and
// "up" words only hold a change that went up.
func TestRevisedCountRestated(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"now stands, earlier count", p, "The toll now stands at 31, which is 13 more than the earlier count of 18 [1].", ""},
		{"official, revised up", p, "The official toll is thirty-one, revised up from eighteen [1].", ""},
		{"nominal revision", p, "The upward revision of the death toll by the attorney general brought the figure to 31, up from 18 [1].", ""},
		{"spanish, cifra anterior", p, "Son 31 muertos, 13 más que la cifra anterior de 18 [1].", ""},
		{"one number only", p, "The toll now stands at the earlier count of 31 [1].", `words "`},
		{"other words stay missing", p, "The health ministry's official tally now stands at 31, up from 18, after hospital audits [1].", `words "`},
	})
	const down = "The ministry on Tuesday cut the death toll from the violence from 31 to 18.\n"
	runEdgeCases(t, []edgeCase{
		{"revised, down", down, "The ministry's official toll now stands at 18, revised from the earlier count of 31 [1].", ""},
		{"upward where it went down", down, "An upward revision brought the figure to 18 from 31, an increase [1].", `words "`},
	})
}
