package question

import "testing"

func TestAsksCapacity(t *testing.T) {
	for q, want := range map[string]bool{
		"how many bad guys can fit in the giant new jail in el salvador": true,
		"what is the inmate capacity of the new prison":                  true,
		"how many inmates was the complex built for":                     true,
		"how many prisoners are inside the prison now":                   false, // how many it holds now
		"how many gang members were moved to the prison":                 false,
		"how many inmates did the prison hold at the time of the riot":   false,
	} {
		if got := AsksCapacity(q); got != want {
			t.Errorf("AsksCapacity(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestHasCapacity(t *testing.T) {
	for txt, want := range map[string]bool{
		"The prison, opened in February, has room for 40,000 inmates.":                                true,
		"The complex, built for 450 inmates, held more than 1,100 at the time.":                       true,
		"Colombia's prisons hold about 97,000 inmates, well above their official capacity of 81,000.": true,
		"El Salvador moved 1,500 suspected gang members to its new mega prison.":                      false,
		"The wing holds roughly 1,400 prisoners.":                                                     false,
	} {
		if got := HasCapacity(txt); got != want {
			t.Errorf("HasCapacity(%q) = %v, want %v", txt, got, want)
		}
	}
}

// A capacity is a count, however it is asked.
func TestCapacityIsANumber(t *testing.T) {
	q := "what is the inmate capacity of the Center for the Confinement of Terrorism"
	if k := Classify(q); k != Number {
		t.Errorf("Classify = %v, want Number", k)
	}
	if k := Wanted(q); k != Number {
		t.Errorf("Wanted = %v, want Number", k)
	}
}

func TestWithoutCapacities(t *testing.T) {
	for txt, want := range map[string]string{
		"The prison has room for 40,000 inmates.":                               "The prison has room for inmates.",
		"The complex, built for 450 inmates, held more than 1,100 at the time.": "The complex, built for inmates, held more than 1,100 at the time.",
		"Prisons hold about 97,000 inmates, above a capacity of 81,000.":        "Prisons hold about 97,000 inmates, above a capacity of.",
		"About 11,000 troops entered the prison.":                               "About 11,000 troops entered the prison.",
	} {
		if got := WithoutCapacities(txt); got != want {
			t.Errorf("WithoutCapacities(%q) =\n %q, want\n %q", txt, got, want)
		}
	}
}
