package question

import "testing"

// A count of who is held somewhere, however typed ("locked up", "r even
// locked up", "total population", "headcount"), is a presence count; a
// count of the dead there is not.
func TestPresenceCountLockedUp(t *testing.T) {
	for q, want := range map[string]bool{
		"how many inmates are locked up in the Litoral rn? total population": true,
		"how many inmates r even locked up in the litoral":                   true,
		"how many prisoners are housed in the Litoral":                       true,
		"whats the prison population of the litoral":                         true,
		"how many inmates are in the Litoral":                                true,
		"how many inmates were killed in the Litoral":                        false,
		"how many dead were there in the Litoral":                            false,
		"how many inmates were moved to other prisons":                       false,
	} {
		if got := PresenceCount(q); got != want {
			t.Errorf("PresenceCount(%q) = %v, want %v", q, got, want)
		}
	}
}
