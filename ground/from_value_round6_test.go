package ground

import "testing"

// "from X to Y" leaves Y the value: X alone is the old value stated as the
// current one, unless the claim marks it as earlier.
func TestFromValueIsNoCurrentValue(t *testing.T) {
	const p = "The attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"the old value as the value", p, "The death toll from the violence was 18 people [1].", `number: 18 is what it changed from`},
		{"the new value", p, "The death toll from the violence was 31 people [1].", ""},
		{"the old value marked earlier", p, "The death toll from the violence was initially 18 [1].", ""},
		{"both values", p, "The death toll from the violence went from 18 to 31 [1].", ""},
	})
}
