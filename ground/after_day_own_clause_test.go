package ground

import "testing"

// A claim with an "after" clause of its own keeps only the day inside
// that clause: "The strike was called on Tuesday evening, hours after
// talks broke down" gives the strike the talks' day, while "called after
// talks broke down on Tuesday evening" keeps the sequence.
func TestAfterDayOfTheClaimsOwnClause(t *testing.T) {
	const p = "Dockworkers walked off the job on Thursday. The strike was called by the union after talks over pay broke down on Tuesday evening.\n"
	runEdgeCases(t, []edgeCase{
		{"the day before the claim's own after", p, "The strike was called on Tuesday evening, hours after talks over pay broke down [1].", `day: the passage dates what came before or after the strike on tuesday`},
		{"the day inside the claim's own after", p, "The strike was called by the union hours after talks over pay broke down on Tuesday evening [1].", ""},
	})
}
