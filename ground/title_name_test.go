package ground

import "testing"

// A title the claim sets before a name the passages hold must be the
// person's in some sentence naming them: "President Guillermo Rodriguez"
// gives the prison director the president's post, "Minister Guillermo
// Lasso" a post no one has. The title as the passage gives it, or a word
// for it, passes; "in general" is no title.
func TestTitleBeforeAName(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios."
	runEdgeCases(t, []edgeCase{
		{"another's title", p, "President Guillermo Rodriguez is the head of Ecuador's prison authority [1].", "who: the passage never calls rodriguez the president"},
		{"a title no one has", p, "Minister Guillermo Lasso declared a state of emergency [1].", "who: the passage never calls lasso the minister"},
		{"own title", p, "President Guillermo Lasso declared a state of emergency [1].", ""},
		{"own title after the name", p, "Director Guillermo Rodriguez is the head of Ecuador's prison authority [1].", ""},
		{"title in the next sentence", "Guillermo Lasso spoke in Quito on Monday. The president said the army would stay.", "President Guillermo Lasso spoke in Quito on Monday [1].", ""},
		{"in general", "Prison guards in Esmeraldas were held hostage.", "In general, prison guards in Esmeraldas were held hostage [1].", ""},
	})
}
