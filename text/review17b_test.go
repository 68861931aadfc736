package text

import (
	"strings"
	"testing"
)

// A number "for the victims" or "of victims" is not always the count of
// the dead: victims of extortion, victims in hospital, a phone number for
// the victims' families, the count of bodies identified; "count on" is to
// rely on; "casualty" figures count the wounded as well. None of them is
// the death toll.
func TestReview17bNotDeathToll(t *testing.T) {
	for _, q := range []string{
		"what is the number of victims of extortion in guayaquil",
		"what's the number of victims still in hospital",
		"is there a phone number for victims' families?",
		"what's the number of bodies identified so far",
		"can the families count on the victims getting justice",
		"what are the casualty figures, including the wounded?",
	} {
		t.Run(q, func(t *testing.T) {
			if got := Rephrase(q); strings.Contains(got, "death toll") {
				t.Errorf("%q: read %q, want no death toll", q, got)
			}
		})
	}
}

// The count of the dead as people commonly ask it: "the number of dead
// inmates", "the number of prisoners killed", "the total dead", and "the
// number of dead" before a preposition the list lacks ("on", "to").
func TestReview17bDeathTollMissed(t *testing.T) {
	for _, q := range []string{
		"what's the number of dead inmates?",
		"what's the number of prisoners killed in the riot",
		"whats the total dead?",
		"what was the number of dead on tuesday",
		"who raised the number of dead to 31",
	} {
		t.Run(q, func(t *testing.T) {
			if got := Rephrase(q); !strings.Contains(got, "death toll") {
				t.Errorf("%q: read %q, want death toll", q, got)
			}
		})
	}
}
