package ground

import "testing"

// Who says it ("according to union president Marta Vergara") is no part
// of what the claim says: its words, all the passage's, do not make up for
// what the passage lacks.
func TestAttributionDilutesNothing(t *testing.T) {
	const p = "Union president Marta Vergara told reporters that members had voted 1,214 to 96 in favour of the stoppage."
	runEdgeCases(t, []edgeCase{
		{name: "unsaid behind an attribution", passage: p, claim: "96 percent backed the stoppage, according to union president Marta Vergara [1].", want: `words "percent back"`},
		{name: "said behind an attribution", passage: p, claim: "Members voted 1,214 to 96 in favour of the stoppage, according to union president Marta Vergara [1]."},
		// review: "according to" a thing, not a named speaker, is the
		// claim's content
		{name: "according to a plan", passage: "Prisoners were moved to other jails on Monday.",
			claim: "Prisoners were moved to other jails according to a secret evacuation plan drawn up by the army [1].", want: `words "secret evacuation plan`},
		// second review: a speaker in lower case
		{name: "according to the prison agency", passage: "Members voted 1,214 to 96 in favour of the stoppage, the prison agency said.",
			claim: "96 percent backed the stoppage, according to the prison agency [1].", want: `words "percent back"`},
		{name: "one word and its attribution", passage: p, claim: "Overwhelmingly, according to union president Marta Vergara [1]."},
	})
}
