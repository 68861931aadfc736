package question

import "testing"

// The thing named first, then "where it is? which city" or "it is in which
// city", asks the thing's city; people named first ask where they are.
func TestPlaceOfThingAskedAfterIt(t *testing.T) {
	for q, want := range map[string]bool{
		"this prison in the news, where it is? which city": true,
		"la prison in the video, it is in which city?":     true,
		"the prison, it's in what town":                    true,
		"the soldiers, it is in which city?":               false,
		"where it is? which city":                          false,
	} {
		if got := PlaceOfThing(q); got != want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v", q, got, want)
		}
	}
}
