package question

import "testing"

// A count of those something was done to ("were sentenced", "moved
// 1,500") says how many had it done, not how many a place holds; a count
// kept in a place ("holds", "were held") does.
func TestDeedCount(t *testing.T) {
	for txt, want := range map[string]bool{
		"Two other inmates were sentenced to 20 years each for taking part in the killings.":                            true,
		"El Salvador moved 1,500 suspected gang members to its new mega prison before dawn.":                            true,
		"Guards had recaptured 31 of them by Wednesday afternoon.":                                                      true,
		"12 inmates were killed in the riot.":                                                                           true,
		"About 800 police officers took part in the operation to retake the wing, which holds roughly 1,400 prisoners.": false,
		"About 1,100 inmates were held there at the time of the riot.":                                                  false,
		"Ecuador has about 1,500 guards for a prison population of more than 31,000.":                                   false,
		"The complex, built for 450 inmates, held more than 1,100 at the time of the riot.":                             false,
		"Thousands of soldiers were there on Tuesday.":                                                                  false,
	} {
		if got := DeedCount(txt); got != want {
			t.Errorf("DeedCount(%q) = %v, want %v", txt, got, want)
		}
	}
}

// "how many ... did they have to do" asks the count of a deed, not who is
// in a place.
func TestPresenceCountNotHaveTo(t *testing.T) {
	for q, want := range map[string]bool{
		"And how many people did they have to evacuate for it?": false,
		"how many prisoners does the wing have":                 true,
		"how many inmates are in the Litoral total?":            true,
		"how many dead were there in the prison":                false,
	} {
		if got := PresenceCount(q); got != want {
			t.Errorf("PresenceCount(%q) = %v, want %v", q, got, want)
		}
	}
}

// "held hostage" is a deed, not a place one is kept in.
func TestPresenceCountNotHostage(t *testing.T) {
	for q, want := range map[string]bool{
		"how many guards were held hostage":       false,
		"how many staff were held captive":        false,
		"how many inmates are held in the prison": true,
	} {
		if got := PresenceCount(q); got != want {
			t.Errorf("PresenceCount(%q) = %v, want %v", q, got, want)
		}
	}
}
