package ground

import "testing"

// "They give neither his name nor who shot him" says what the passages
// lack, as "they don't give" does; "neither" after a deed ("the passage
// says police arrested neither gunman") is a claim about the story.
func TestGiveNeitherIsAbsence(t *testing.T) {
	const p = "The mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"give neither", p, "The passages give neither his name nor who shot him [1].", ""},
		{"don't give", p, "The passages don't give his name or who shot him [1].", ""},
		{"a deed's neither", p, "The passage says police arrested neither gunman who shot the mayor of Manta [1].", `words`},
	})
}
