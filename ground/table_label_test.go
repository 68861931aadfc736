package ground

import "testing"

// TestTableCellLabel checks a table row's label ("| Day: Tuesday |") read
// as a list item's is: its word is no name and no word of the claim; the
// value after it is checked.
func TestTableCellLabel(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31."
	runEdgeCases(t, []edgeCase{
		{"label and value", p, "| Day: Tuesday | [1] |", ""},
		{"list item, the same", p, "Day: Tuesday [1]", ""},
		{"a wrong value", p, "| Day: Wednesday | [1] |", `date "wednesday"`},
	})
}
