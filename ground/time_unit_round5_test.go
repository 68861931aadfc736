package ground

import "testing"

// A length of time keeps its unit: "11 weeks" where the passage has "11
// days", "more than a month" where it has "more than a week".
func TestTimeSpanKeepsItsUnit(t *testing.T) {
	const strike = "A previous strike at the port in 2021 lasted 11 days.\n"
	const rot = "Exporters warned that fruit could rot if the stoppage lasted more than a week.\n"
	runEdgeCases(t, []edgeCase{
		{"same unit", strike, "A previous strike at the port in 2021 lasted 11 days [1].", ""},
		{"another unit", strike, "A previous strike at the port in 2021 lasted 11 weeks [1].", `number: the passage gives 11 day, not 11 week`},
		{"one of the unit", rot, "Exporters warned that fruit could rot if the stoppage lasted more than a week [1].", ""},
		{"one of another unit", rot, "Exporters warned that fruit could rot if the stoppage lasted more than a month [1].", `number: the passage gives 1 week, not 1 month`},
		{"both units given", "The strike lasted 11 days; talks had run for 11 weeks.\n", "The strike lasted 11 weeks [1].", ""},
		{"number without a unit", "The strike of 2021 lasted 11, the union said, counting days.\n", "The strike of 2021 lasted 11 weeks [1].", ""},
	})
}
