package ground

import "testing"

// "among" makes its subject one of a counted group only after a copula
// ("X was among the 14"): "Fighting broke out among the 14 inmates"
// puts no one in the group, and the word two before "among" is no
// member the counting sentence must name.
func TestAmongNeedsItsCopula(t *testing.T) {
	const p = "Fights started on Monday among the 14 inmates who were moved to Guayaquil."
	runR7(t, []r7Case{
		{name: "no copula, no member", passages: []string{p}, claim: "Fighting broke out among the 14 inmates moved to Guayaquil [1].", want: ""},
		{name: "a member the count does not name", passages: []string{"Quiroz has had no news of her son since Friday. Fourteen inmates were taken to hospital on Monday."}, claim: "Her son was among the 14 inmates taken to hospital [1].", want: `who: the claim puts "son" among the 14`},
	})
}
