package text

import "testing"

// Two edges of SoundKey the first cases leave open: y is a vowel, so it
// ends a run ("cycle": the second c is coded again), and the first
// letter's own code starts the first run ("pfizer": the f after the p is
// not written).
func TestSoundKeyEdgesReview8(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"cycle", "c24"},   // c, y ends the run, c2, l4
		{"pfizer", "p26"},  // p1 and f1 are one run: z2, r6
		{"schmidt", "s53"}, // s2 c2 one run, h splits none: m5, d3 t3 one run
	} {
		if got := SoundKey(tt.w); got != tt.want {
			t.Errorf("SoundKey(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
