package ground

import "testing"

// A quote narrows what a claim is checked against to the quoted sentences,
// but who said a quotation is read beside it: the speaker line before it
// ("..., SAYING:") or the sentence naming the speaker that "she said"
// points back to. A speaker named farther off, or not at all, is still no
// speaker of it.
func TestQuotationSpeakerIsReadBesideTheQuote(t *testing.T) {
	const line = "Union president Ana Ruiz spoke outside the gate. (SOUNDBITE) (Spanish) UNION PRESIDENT, ANA RUIZ, SAYING: \"We are not asking for luxuries. We want to go home alive.\"\n"
	const said = "Maria Lopez said she had not heard from her son since Friday. \"They tell us nothing,\" she said.\n"
	const far = "Ana Ruiz led the march. The march went on for hours. The crowd grew at noon. Police closed two roads. \"They tell us nothing,\" a man said.\n"
	const apart = "Union president Ana Ruiz spoke outside the gate.\n\nUNION PRESIDENT, ANA RUIZ, SAYING:\n\n\"We want to go home alive.\"\n"
	runEdgeCases(t, []edgeCase{
		{"speaker line a paragraph before the quote", apart, `Ana Ruiz said: "We want to go home alive." [1: "We want to go home alive."]`, ""},
		{"speaker line before the quote", line, `Ana Ruiz said: "We are not asking for luxuries." [1: "We are not asking for luxuries."]`, ""},
		{"speaker named in the sentence before", said, `Maria Lopez said: "They tell us nothing." [1: "They tell us nothing"]`, ""},
		{"speaker head before the sentence", said, `Lopez said "They tell us nothing" [1: "They tell us nothing"].`, ""},
		{"a name from far off", far, `Ana Ruiz said: "They tell us nothing." [1: "They tell us nothing"]`, "Ruiz"},
		{"a speaker head from far off", far, `Ruiz said "They tell us nothing" [1: "They tell us nothing"].`, "attributed to"},
		{"reported speech, no quotation there", "Maria Lopez spoke first. Police said the road was closed.\n", `Lopez said the road was closed [1: "the road was closed"].`, "attributed to"},
		{"a name the passage lacks", said, `Carla Diaz said: "They tell us nothing." [1: "They tell us nothing"]`, "Diaz"},
	})
}
