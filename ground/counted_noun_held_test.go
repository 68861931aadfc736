package ground

import (
	"strings"
	"testing"
)

// A count the question asks about takes its number from the line that
// counts that noun: "14 extra buses" where the passage holds buses with no
// number and gives 14 only to inmates read the number off the wrong line,
// though the passage names buses. The noun may follow an adjective ("14
// extra buses", "12,000 shipping containers").
func TestCountedNounThePassageHoldsUncounted(t *testing.T) {
	const p = "Police said 14 inmates had been taken to hospital. A spokesperson said extra buses would run until midnight. The port loaded 12,000 containers a day.\n"
	for _, tt := range []struct{ asked, claim, want string }{
		{"Will there be buses for the families?", "Yes, 14 extra buses will run until midnight [1].", `number "14" is said of "inmates"`},
		{"Will there be buses for the families?", "Yes, 14 buses will run until midnight [1].", `number "14" is said of "inmates"`},
		{"Will there be buses for the families?", "Yes, extra buses will run until midnight [1].", ""},
		{"How many prisoners went to hospital?", "Police said 14 prisoners had been taken to hospital [1].", ""},
		{"How many containers were loaded?", "The port loaded 12,000 shipping containers a day [1].", ""},
	} {
		if got := edgeReason(t, p, tt.asked, tt.claim); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
