package question

import "testing"

// A year or a day of a month near what a question counts is no count of
// it; a figure is, however it is written.
func TestCountSkipsDates(t *testing.T) {
	for _, c := range []struct {
		q, txt string
		want   bool
	}{
		{"how many Americans died", "In response to American aid to Israel, on October 16, 1973, OPEC raised the price.", false},
		{"how many Huguenots were there", "By 1598 the Huguenots had won the right to worship.", false},
		{"how many soldiers were sent", "The soldiers arrived on 16 October and left on the 20th.", false},
		{"how many guards does the country have", "The country has 1500 guards for its prisons.", true}, // a figure before what it counts
		{"how many soldiers were sent", "Some 1,200 soldiers arrived on 16 October.", true},
		{"how many prisoners were there", "The complex, built for 450 inmates, held more than 1,100 at the time of the riot.", true}, // 1,100 is no year
		{"how many gang members were moved", "El Salvador moved 1,500 suspected gang members to its new prison.", true},
		{"how many soldiers were sent", "In 1755 some 2,100 soldiers marched on the fort.", true},
		{"how many Huguenots were there", "There were 2,000,000 Huguenots by 1562.", true},
	} {
		if got := CountIn(c.txt, c.q); got != c.want {
			t.Errorf("CountIn(%q, %q) = %v, want %v", c.txt, c.q, got, c.want)
		}
	}
}
