package ground

import "testing"

// The label a list item opens with ("**Inmates:**") is the reply's
// heading: the speaker after it is who the claim says said it, and what
// another said is not theirs. A sentence before a colon ("It came
// afterwards:") is no label, and "the government first announced" is the
// government's.
func TestSpeakerAfterALabel(t *testing.T) {
	const p = "Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds. The prison authority said it would publish an updated list of transferred inmates on Thursday morning."
	runEdgeCases(t, []edgeCase{
		{"bold label", p, "**Inmates:** Police said 14 inmates had been transferred to other prisons [1].", `"police" said is said by another`},
		{"plain label", p, "Inmates: Police said 14 inmates had been transferred to other prisons [1].", `"police" said is said by another`},
		{"a speaker before a colon is no label", p, "Police said: 14 inmates had been transferred to other prisons [1].", `"police" said is said by another`},
		{"label, faithful", p, "**Inmates:** Police said 14 inmates had been taken to hospital [1].", ""},
	})
	const q = "The operation came after the government announced a 60-day state of emergency for the country's prisons."
	runEdgeCases(t, []edgeCase{
		{"sentence before a colon", q, "It came afterwards: the government first announced the 60-day prison emergency, and the operation followed [1].", ""},
	})
}

// A label naming a place ("**Ecuador prison:**") is no actor of the deed
// after it: "the attorney general raised the death toll" is the attorney
// general's, as the passage says, and "the army raised" it is not the
// army's (the meaning rules read the claim after its label).
func TestActorAfterALabel(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Clashes between gangs here began on Saturday."
	runEdgeCases(t, []edgeCase{
		{"place label", p, "**Ecuador prison:** the attorney general raised the death toll from the violence from 18 to 31 [1].", ""},
		{"actor still read", p, "Ecuador prison: the army raised the death toll from the violence from 18 to 31 [1].", "who"},
	})
}
