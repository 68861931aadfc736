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

// What a claim adds to a list ("along with explosives and drugs") must
// be the passage's: none of its words there drops the claim; one there
// leaves it to the other rules. A setting likewise ("In the recent
// election": the election is the passage's).
func TestAddedItemsMustBeThePassages(t *testing.T) {
	const p = "Police seized automatic weapons, ammunition and explosives from inmates during the recent election.\n"
	runEdgeCases(t, []edgeCase{
		{"none held", p, "Police seized automatic weapons from inmates, along with cocaine and cash [1].", `a detail the claim sets apart`},
		{"one held", p, "Police seized automatic weapons from inmates, along with explosives and cash [1].", ""},
		{"setting one held", p, "In the busy election, police seized automatic weapons, ammunition and explosives from inmates [1].", ""},
		{"talk about the summary", p, "This summary covers the seizure of automatic weapons, ammunition and explosives from inmates during the election, as well as cocaine and cash [1].", ""},
	})
}

// A description the claim gives ("described the walkout as an illegal
// dispute") must be mostly the passage's words: "private dispute" is,
// "illegal dispute" is half. Three words after "as" are the description,
// not the rest of the claim.
func TestDescriptionMustBeThePassages(t *testing.T) {
	const p = "The minister said the government would not intervene in what he called a private dispute between a company and its workers.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's words", p, "The minister described the walkout as a private dispute between a company and its workers [1].", ""},
		{"half the words", p, "The minister described the walkout as an illegal dispute between a company and its workers [1].", `words "illegal", a detail the claim sets apart`},
		{"fourth word on", p, "The minister described the walkout as a very illegal dispute between a company and its workers [1].", ""},
	})
}
