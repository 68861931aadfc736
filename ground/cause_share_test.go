package ground

import "testing"

// A cause needs CauseContentShare of its words in the cited passages: one
// pieced from the violence, the prisons and the provinces, with no gangs
// and no spreading, is not the passage's; one the passage gives passes.
func TestCauseNeedsMoreOfItsWords(t *testing.T) {
	const p = "On Monday, President Lasso declared a state of emergency in the provinces of Manabi and Los Rios after the mayor of Manta was shot dead on Sunday. Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021."
	runEdgeCases(t, []edgeCase{
		{name: "pieced together", passage: p, claim: "Lasso declared the state of emergency in Manabi and Los Rios because gang violence from the prisons had spread into those areas [1].", want: "link: the cause"},
		{name: "the passage's cause", passage: p, claim: "Lasso has declared states of emergency in the prisons because he tries to tackle violence that has surged [1]."},
	})
}
