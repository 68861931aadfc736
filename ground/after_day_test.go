package ground

import "testing"

// A day inside a passage's "after …" clause dates that clause's event:
// "The strike was called after talks broke down on Tuesday evening" does
// not say the strike began on Tuesday. A claim keeping the sequence, or a
// passage putting the strike itself on that day, passes.
func TestDayOfAnAfterClause(t *testing.T) {
	const p = "Dockworkers walked off the job on Thursday. The strike was called by the union after talks over pay broke down on Tuesday evening.\n"
	const own = "The strike began on Tuesday evening, after talks over pay broke down.\n"
	runEdgeCases(t, []edgeCase{
		{"the clause's day given to the strike", p, "The strike began on Tuesday evening, when talks over pay broke down [1].", `day: the passage dates what came before or after the strike on tuesday`},
		{"the sequence kept", p, "The strike was called by the union after talks over pay broke down on Tuesday evening [1].", ""},
		{"the strike's own day", own, "The strike began on Tuesday evening [1].", ""},
	})
}
