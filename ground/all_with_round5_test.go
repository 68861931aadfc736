package ground

import "testing"

// "all with <y>" after a count describes the group the passage counts
// "with <y>"; a count the passage gives only after "with", or "with"
// before another word, leaves "all" the claim's own.
func TestAllWithAfterTheCount(t *testing.T) {
	const p = "Police said 14 inmates had been taken to hospital with gunshot and stab wounds.\n"
	runEdgeCases(t, []edgeCase{
		{"the count with it", p, "Fourteen inmates were taken to hospital, all with gunshot wounds [1].", ""},
		{"all of them", p, "Fourteen inmates were taken to hospital, all of them hurt [1].", `quantifier "all"`},
		{"another word after with", "Police said 14 inmates had been taken to hospital with burns and gunshot wounds.\n", "Fourteen inmates were taken to hospital, all with gunshot wounds [1].", `quantifier "all"`},
		{"the count after with", "Inmates were taken to hospital with gunshot wounds, 14 of them, police said.\n", "Fourteen inmates were taken to hospital, all with gunshot wounds [1].", `quantifier "all"`},
	})
}
