package ground

import "testing"

// A fronted day set by another event ("On Monday, the day after the
// mayor was shot dead on Sunday, Lasso declared ...") is no claim that
// the other event happened on Monday.
func TestFrontedDaySetByAnotherEvent(t *testing.T) {
	const p = "On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"the day after", p, "On Monday, the day after the mayor of Manta was shot dead on Sunday, Lasso declared a state of emergency in Manabi and Los Rios [1].", ""},
		{"the shooting moved to Monday", p, "On Monday, the mayor of Manta was shot dead [1].", `day:`},
	})
}

// A passage opening with its day may name the doer before the deed ("On
// Monday, current President Guillermo Lasso also declared"): the deed
// five content words on is still that day's, and a claim moving it to
// another day the passage gives ("On Sunday, Lasso declared") is caught.
func TestFrontedDayReachesPastTheDoersTitle(t *testing.T) {
	const p = "On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"moved to Sunday", p, "On Sunday, Lasso declared a state of emergency in Manabi and Los Rios [1].", `day: the passage says`},
		{"on Monday", p, "On Monday, Lasso declared a state of emergency in Manabi and Los Rios [1].", ""},
	})
}
