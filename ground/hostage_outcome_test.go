package ground

import "testing"

// Being held or taken hostage, kidnapped or abducted is an outcome like
// being released: the cited passage must hold it (a passage about the
// prison where no one is held is no evidence that guards were held there).
func TestHostageIsAnOutcome(t *testing.T) {
	const prison = "Soldiers retook the Litoral prison in Guayaquil on Tuesday. Guards at the Litoral prison in Guayaquil went back to work.\n"
	const held = "Fifteen guards were held hostage at the Litoral prison in Guayaquil.\n"
	runEdgeCases(t, []edgeCase{
		{"hostage the passage lacks", prison, "Guards were held hostage at the Litoral prison in Guayaquil [1].", `outcome "hostage"`},
		{"hostage as said", held, "Guards were held hostage at the Litoral prison in Guayaquil [1].", ""},
		{"kidnapped the passage lacks", prison, "Guards at the Litoral prison in Guayaquil were kidnapped [1].", `outcome "kidnapped"`},
	})
}
