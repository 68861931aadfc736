package ground

import "testing"

// A bound turned round says otherwise: "just under 40 ships" where the
// passage has "more than forty ships". The same side, a passage giving
// the number flat as well, or another thing counted, pass.
func TestBoundSide(t *testing.T) {
	const p = "The walkout has left more than forty cargo ships waiting at anchor off the coast.\n"
	const flat = "The walkout has left more than forty cargo ships waiting at anchor. Port officials counted 40 cargo ships on Monday.\n"
	const other = "The walkout has left more than forty cargo ships waiting at anchor, and under 40 trucks at the gates.\n"
	runEdgeCases(t, []edgeCase{
		{"just under", p, "Just under 40 cargo ships are waiting at anchor off the coast [1].", "number: the claim puts the count below 40, the passage above it"},
		{"fewer than", p, "The walkout has left fewer than 40 cargo ships waiting at anchor [1].", "number:"},
		{"the same side", p, "Over 40 cargo ships are waiting at anchor off the coast [1].", ""},
		{"the passage gives it flat too", flat, "Nearly 40 cargo ships are waiting at anchor [1].", ""},
		{"another thing counted", other, "Under 40 trucks are waiting at the gates [1].", ""},
	})
	for _, c := range []struct {
		before []string
		want   int
	}{{[]string{"more", "than"}, 1}, {[]string{"at", "least"}, 1}, {[]string{"left", "over"}, 1}, {[]string{"just", "under"}, -1}, {[]string{"fewer", "than"}, -1}, {[]string{"up", "to"}, -1}, {[]string{"rather", "than"}, 0}, {[]string{"the"}, 0}} {
		if got := boundSide(c.before); got != c.want {
			t.Errorf("boundSide(%q) = %d, want %d", c.before, got, c.want)
		}
	}
}
