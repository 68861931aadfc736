package ground

import "testing"

const (
	r7Emergency  = "The government announced a 60-day state of emergency for the country's prisons. Guards were told to stay home."
	r7AlsoManabi = "On Monday, Lasso also declared a state of emergency in the provinces of Manabi and Los Rios. Schools were closed there."
)

// Two things of a kind are merged only when the claim gives details of
// each (a detail only one passage holds, and one only the other holds);
// the details of one of them, or a claim keeping them apart ("both"),
// merge nothing. "They" stands for the question's words as "it" does,
// and "a second state of emergency" (one word between the article and
// the noun) brings in another as "also declared a state" does.
func TestOtherInstanceEdges(t *testing.T) {
	const second = "On Monday, Lasso declared a second state of emergency in the provinces of Manabi and Los Rios. Schools were closed there."
	runR7(t, []r7Case{
		{name: "details of one emergency", passages: []string{r7Emergency, r7AlsoManabi}, claim: "Lasso declared a state of emergency in the provinces of Manabi and Los Rios [1][2].", want: ""},
		{name: "both kept apart", passages: []string{r7Emergency, r7AlsoManabi}, claim: "Both states of emergency, the 60-day one and the one in Manabi and Los Rios, were declared by the government [1][2].", want: ""},
		{name: "they for the question's subject", passages: []string{r7Emergency, r7AlsoManabi}, asked: "How long do the prison states of emergency last?", claim: "They last 60 days and cover the provinces of Manabi and Los Rios [1][2].", want: "two different things"},
		{name: "a second one merged", passages: []string{r7Emergency, second}, claim: "The 60-day state of emergency covers the provinces of Manabi and Los Rios [1][2].", want: "two different things"},
	})
}
