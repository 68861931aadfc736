package ground

import "testing"

// A weekday written without "on" after its event ("shot dead Monday")
// stays with that event as "on Monday" does; one that another word dates
// ("since Monday", "last Monday") is no "on".
func TestBareWeekdayBinding(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"bare, wrong", p, "The mayor of Manta was shot dead Monday [1].", `day: the passage says "shot dead" happened on sunday, not monday`},
		{"bare, right", p, "The mayor of Manta was shot dead Sunday [1].", ""},
		{"on, wrong", p, "The mayor of Manta was shot dead on Monday [1].", `day:`},
		{"since", p, "The mayor of Manta has been dead since Monday [1].", ""},
	})
}
