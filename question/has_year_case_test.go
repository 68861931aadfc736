package question

import "testing"

// A year is a year at the start of a sentence too ("In 1066, Duke William
// ..."); a bare number or a count is not one.
func TestHasYearAnyCase(t *testing.T) {
	for txt, want := range map[string]bool{
		"In 1066, Duke William II of Normandy conquered England.": true,
		"in 1066 the Normans came":                                true,
		"Since 2021, hundreds have died.":                         true,
		"By the 1970s oil was cheap.":                             true,
		"1066 men crossed the channel.":                           false,
		"In 12 days the army came.":                               false,
	} {
		if got := HasYear(txt); got != want {
			t.Errorf("HasYear(%q) = %v, want %v", txt, got, want)
		}
	}
}
