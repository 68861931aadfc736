package question

import "testing"

// Each way of asking for a capacity, and questions for how many took part
// or were moved, which ask none.
func TestAsksCapacityForms_review5(t *testing.T) {
	for q, want := range map[string]bool{
		"how many inmates could fit in the new prison":          true,
		"how many people are able to fit in the stadium":        true,
		"how much can fit in the tank":                          true,
		"how many inmates was the wing meant for":               true,
		"room for how many inmates does the prison have":        true,
		"how many inmates still take part in the hunger strike": false,
		"how many inmates were taken to the hospital":           false,
	} {
		if got := AsksCapacity(q); got != want {
			t.Errorf("AsksCapacity(%q) = %v, want %v", q, got, want)
		}
	}
}

// The commonest way to ask, with the place between the auxiliary and the
// verb, and "take part", which asks no capacity.
func TestAsksCapacitySplitAndTakePart_review5(t *testing.T) {
	for q, want := range map[string]bool{
		"how many inmates can the new prison hold":        true,
		"how many inmates will the new prison house":      true,
		"how many people would take part in the march":    false,
		"how many countries will take part in the summit": false,
	} {
		if got := AsksCapacity(q); got != want {
			t.Errorf("AsksCapacity(%q) = %v, want %v", q, got, want)
		}
	}
}

// Each way a sentence gives a capacity.
func TestHasCapacityForms_review5(t *testing.T) {
	for txt, want := range map[string]bool{
		"The new prison can hold 40,000 inmates.":                      true,
		"The facility holds up to 2,500 prisoners.":                    true,
		"The wing was meant to hold 400 inmates.":                      true,
		"The wing has space for 600 beds.":                             true,
		"The stadium was designed to hold 50,000 spectators.":          true,
		"Soldiers took 300 prisoners to the new wing on Tuesday.":      false,
		"The prison held 8,000 inmates when the riot broke out there.": false,
	} {
		if got := HasCapacity(txt); got != want {
			t.Errorf("HasCapacity(%q) = %v, want %v", txt, got, want)
		}
	}
}

// A year is read after each of its prepositions, of three digits too, and
// as a decade with "early", "late" or "mid-".
func TestHasYearForms_review5(t *testing.T) {
	for txt, want := range map[string]bool{
		"Charlemagne was crowned in 800.":                   true,
		"Ecuador's prisons filled up in the late 1990s.":    true,
		"Oil prices rose sharply in the mid-1970s.":         true,
		"During 1999, the banks failed.":                    true,
		"The army sent 800 soldiers to the prison.":         false,
		"In 45 minutes the soldiers took three cellblocks.": false,
	} {
		if got := HasYear(txt); got != want {
			t.Errorf("HasYear(%q) = %v, want %v", txt, got, want)
		}
	}
}
