package ground

import (
	"strings"
	"testing"
)

// A plural right after the number is the counted noun even before another
// plural ("14 inmates' families" counts inmates), and the noun after one
// adjective is read at the claim's very end ("run 14 extra buses").
func TestCountedNounEdgesReview8(t *testing.T) {
	const buses = "Police said 14 inmates had been taken to hospital. A spokesperson said extra buses would run until midnight.\n"
	for _, tt := range []struct{ passage, asked, claim, want string }{
		{"Police said the families of 14 inmates had been told.\n", "How many inmates' families were told?", "Police told 14 inmates' families [1].", ""},
		{buses, "Will there be buses for the families?", "Yes, the city will run 14 extra buses [1].", `number "14" is said of "inmates"`},
	} {
		if got := edgeReason(t, tt.passage, tt.asked, tt.claim); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
