package ground

import "testing"

// "They say nothing about X", "(they) name no attacker" say what the
// passages lack, as "do not say" does: no fact of the world to find.
// A denial of the world ("no attacker was named by police") is still
// checked against the passage.
func TestTellingNothingIsAbsence(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of the prison authority. The mayor of the city was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"say nothing about", p, "The passages identify him as the general director [1]; they say nothing about his background or how long he has held the post.", ""},
		{"name no", p, "The passages say the mayor was shot dead on Sunday [1: \"The mayor of the city was shot dead on Sunday\"] but name no attacker.", ""},
		{"a denial of the world", p, "The mayor was shot dead on Sunday and no attacker was arrested [1].", `attacker`},
	})
}
