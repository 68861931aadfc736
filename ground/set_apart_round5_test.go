package ground

import "testing"

// The setting a claim opens with ("At a press conference, ...") is a
// detail of its own: two or more of its content words the passage
// doesn't hold drop the claim, however well the rest holds. One word
// is left to the share of the whole claim.
func TestOpeningSettingMustBeThePassages(t *testing.T) {
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's setting", p, "On social media, the attorney general's office said one civilian was hurt in a Molotov cocktail attack [1].", ""},
		{"invented setting", p, "At a press conference, the attorney general's office said one civilian was hurt in a Molotov cocktail attack [1].", `a detail the claim sets apart`},
		{"one word", p, "At a briefing, the attorney general's office said one civilian was hurt in a Molotov cocktail attack [1].", ""},
	})
}

// The doer a passive claim ends with ("shot dead by gang members") must
// be the passage's too; without a passive the rule reads no agent.
func TestClosingAgentMustBeThePassages(t *testing.T) {
	const p = "The mayor of the city of Manta was shot dead on Sunday by two gunmen on a motorbike.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's agent", p, "The mayor of Manta was shot dead on Sunday by two gunmen [1].", ""},
		{"invented agent", p, "The mayor of Manta was shot dead on Sunday by rival gang members [1].", `a detail the claim sets apart`},
		{"no passive: a manner, left to the share", "Members of the union won the strike vote by 1,214 to 96.\n", "The union won the strike vote by a wide margin [1].", ""},
	})
}
