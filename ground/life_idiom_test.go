package ground

import "testing"

// "Claimed the lives of", "took the life of", "cost the lives of" and
// "lost their lives" tell a death: a claim saying those people were
// killed, or died, holds no outcome the passage lacks. A life that was
// changed or saved is no death.
func TestADeathToldByItsLife(t *testing.T) {
	const p = "Violence has surged since 2021, claiming the lives of hundreds of prisoners.\n"
	const changed = "The reforms changed the lives of many guards.\n"
	runEdgeCases(t, []edgeCase{
		{"claiming the lives", p, "Violence has surged since 2021 and has killed hundreds of prisoners in that time [1].", ""},
		{"changed the lives", changed, "The reforms killed the lives of many guards [1].", `outcome "killed"`},
	})
}
