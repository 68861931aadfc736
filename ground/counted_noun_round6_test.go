package ground

import (
	"strings"
	"testing"
)

// A count of the question's noun whose number the cited sentences give
// only to another noun was read off the wrong line; the same number with
// the question's noun, or with no noun after it, is left alone.
func TestCountedNounFromTheQuestion(t *testing.T) {
	const asked = "How many cellblocks did the security forces reach?"
	for _, tt := range []struct{ name, passage, claim, want string }{
		{"another noun's number", "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n",
			`The security forces reached 15 cellblocks [1: "15 prison guards and 2 other staffers were held hostage"].`, `number "15" is said of "guards" in the passage, not of "cellblocks"`},
		{"the question's noun counted", "The forces gained access to 15 cellblocks at the prison. 15 prison guards were held hostage.\n",
			`The security forces reached 15 cellblocks [1].`, ""},
		{"a number counting nothing", "Soldiers reached the prison on Monday, and 15 were inside by noon.\n",
			`The security forces reached 15 cellblocks [1].`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, tt.passage, asked, tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
