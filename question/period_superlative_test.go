package question

import "testing"

// A word in -est that is no superlative ("arrested", "protests") leaves a
// total a total; "at most" is a quantity, not a superlative.
func TestOverPeriodNoFalseSuperlative(t *testing.T) {
	for _, txt := range []string{
		"Police arrested 12 gang leaders in the past two years.",
		"Some 40 protests were held in the past two months.",
		"At most 30 mayors have been killed since 2018.",
	} {
		if !OverPeriod(txt) {
			t.Errorf("OverPeriod(%q) = false, want a total", txt)
		}
	}
}
