package ground

import "testing"

// "provoke" draws a cause as "provoked" does; a denial two words before
// a base-form cause ("does not directly cause") draws none; "was why"
// and "that's why" give a reason as "is why" does.
func TestCauseWordEdges(t *testing.T) {
	const talks = "Talks broke down on Tuesday. The strike began on Thursday."
	runR7(t, []r7Case{
		{name: "provoke", passages: []string{"Gang violence broke out after the declaration on Monday."}, claim: "The declaration appeared to provoke gang violence on Monday [1].", want: `link: the claim says "provoke"`},
		{name: "denied two words before", passages: []string{"Researchers found no direct link between the drug and weight loss."}, claim: "The drug does not directly cause weight loss, researchers found [1].", want: ""},
		{name: "was why", passages: []string{talks}, claim: "Talks broke down on Tuesday, which was why the strike began on Thursday [1].", want: `link: the claim says "why"`},
		{name: "that's why", passages: []string{talks}, claim: "Talks broke down on Tuesday, and that's why the strike began on Thursday [1].", want: `link: the claim says "why"`},
	})
}
