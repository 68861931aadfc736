package ground

import "testing"

// "<time>, when <clause>" ties an event to a time: a sentence giving that
// time must hold most of the clause's words, not another sentence.
func TestWhenClauseIsSaidOfItsTime(t *testing.T) {
	const p = "Clashes between gangs began on Saturday. The attorney general on Tuesday raised the death toll from 18 to 31. Soldiers declared the prison under control.\n"
	runEdgeCases(t, []edgeCase{
		{"another sentence's event", p, "The clashes lasted until Tuesday, when soldiers declared the prison under control [1].", `not said of that time`},
		{"the time's own event", p, "The toll rose on Tuesday, when the attorney general raised the death toll to 31 [1].", ""},
		{"no time before when", p, "The clashes ended when soldiers declared the prison under control [1].", ""},
	})
}
