package ground

import "testing"

// "Which is why" (or "that was why") gives a reason as "because" does:
// the passage must draw a cause. "Asked why" asks one, and passes.
func TestWhySayingAReason(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"a reason of the claim's own", "Lasso declared a state of emergency in the provinces of Manabi and Los Rios after the mayor of Manta was shot dead.\n",
			"The mayor of Manta was shot dead, which is why Lasso declared a state of emergency in Manabi and Los Rios [1].", `link: the claim says "why"`},
		{"a plural subject's reason", "Two workers were killed at the port in March. The strike was called after talks broke down.\n",
			"Those deaths are why the strike was called [1].", `link: the claim says "why"`},
		{"the passage's reason", "Lasso declared a state of emergency in Manabi because the mayor of Manta was shot dead.\n",
			"The mayor of Manta was shot dead, which is why Lasso declared a state of emergency in Manabi [1].", ""},
		{"asking why", "Reporters asked Lasso whether he had declared a state of emergency in Manabi.\n",
			"Reporters asked Lasso why he declared a state of emergency in Manabi [1].", ""},
	})
}
