package ground

import "testing"

// A count closing a list the claim opens with shares the list's deed: the
// passage must give that count the deed, not another event.
func TestCountClosingAListSharesItsDeed(t *testing.T) {
	const p = "Thousands of soldiers and police officers tried to retake a rioting prison. In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n"
	runEdgeCases(t, []edgeCase{
		{"a count from another event", p, "Soldiers, police officers and 15 prison guards took part in retaking the prison [1].", `number: the passage says 15 prison guard, but not that they`},
		{"the count's own deed", p, "Soldiers, police officers and 15 prison guards were held in Esmeraldas [1].", ""},
		{"no count", p, "Soldiers and police officers took part in retaking the prison [1].", ""},
	})
}
