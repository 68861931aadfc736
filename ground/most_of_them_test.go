package ground

import (
	"strings"
	"testing"
)

// "Most of them" claims a share of a group the claim has counted; the
// passage must say "most" (or its kin) of it. "Most of the" stays a
// comparison or a measure the quantifier rule does not read.
func TestMostOfThem(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Police said 14 inmates had been taken to hospital with gunshot and stab wounds. " +
		"The walkout halted about 12,000 containers a day, most of them carrying copper.\n"
	for _, tt := range []struct{ claim, want string }{
		{`14 inmates were taken to hospital, most of them with gunshot wounds [1].`, `quantifier "most"`},
		{`14 inmates were taken to hospital with gunshot and stab wounds [1].`, ""},
		{`The walkout halted about 12,000 containers a day, most of them carrying copper [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
