package text

import "testing"

// Words spelled as they sound share a key; words that sound otherwise
// don't. Each case was worked out by hand from the codes.
func TestSoundKey(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"government", "g16553"}, // g, v1, r6, n5 m5 (one run), the e ends it, n5, t3
		{"guvermint", "g16553"},  // g, v1, r6, m5, the i ends it, n5, t3
		{"governor", "g1656"},    // g, v1, r6, n5, r6: not government's
		{"guayaquil", "g24"},     // q2, l4
		{"gwayakil", "g24"},      // k2, l4
		{"prison", "p625"},       // r6, s2, n5
		{"pool", "p4"},           // the first letter's own code is not repeated after it
		{"bob", "b1"},            // the o ends the first letter's run
		{"sasas", "s22"},         // a vowel ends a run: each s after one is coded
		{"ashcraft", "a2613"},    // h splits no run: s h c is one run of 2
		{"Prison", ""},           // not folded
		{"café", ""},             // not ASCII
		{"", ""},
	} {
		if got := SoundKey(tt.w); got != tt.want {
			t.Errorf("SoundKey(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
