package ground

import "testing"

// A link across two markers is the claim's own only when the two marked
// passages are different ones: a passage cited on both sides may say the
// link itself (the link rule reads it). Sentences in a row hold both
// sides only when the second opens on the first ("That declaration
// ..."), and "led by" is no word of cause.
func TestLinkAcrossEdges(t *testing.T) {
	const strike = "Dockworkers began the strike on Thursday. The walkout came because two workers were killed in March."
	runR7(t, []r7Case{
		{name: "one passage on both sides", passages: []string{strike, "Two workers were killed in March in an accident at the port."}, claim: "The strike began on Thursday [1] because two workers were killed in March [1][2].", want: ""},
		{name: "two sentences in a row, no anaphor", passages: []string{"The gang clashes began on Saturday. Guards fled the prison.", "The gang clashes began on Saturday. The government issued a declaration on Friday."}, claim: "The gang clashes began on Saturday [1], set off by the government's declaration [2].", want: `link: the claim says "set" between what two passages say apart`},
		{name: "led by is no cause", passages: []string{"The strike began on Thursday. Ships waited outside the port.", "The dockworkers' union led the strike at the port. Pay talks had failed in May."}, claim: "The strike began on Thursday [1], led by the dockworkers' union [2].", want: ""},
	})
}
