package ground

import "testing"

// The doer of a quoted deed stays the quote's: "the Guayaquil city council
// will publish an updated list [1: "The prison authority said it would
// publish ..."]" moves the authority's deed to the council. The quote's
// own doer, a synonym of it, a pronoun, and a doer the claim gives without
// "the" pass.
func TestQuotedDoerSwapped(t *testing.T) {
	const p = "The prison authority said it would publish an updated list of transferred inmates on Thursday morning. " +
		"A spokesperson for the Guayaquil city council said extra buses would run until midnight. " +
		"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n"
	runEdgeCases(t, []edgeCase{
		{"another body", p, `On Thursday morning the Guayaquil city council will publish an updated list of transferred inmates [1: "The prison authority said it would publish an updated list of transferred inmates on Thursday morning"].`, "who: the claim gives the council the deed its quote gives the authority"},
		{"the quote's own", p, `On Thursday morning the prison authority will publish an updated list of transferred inmates [1: "The prison authority said it would publish an updated list of transferred inmates on Thursday morning"].`, ""},
		{"the doer in another form", "The city council said it would publish an updated list of transferred inmates on Thursday morning.\n", `The city councils will publish an updated list of transferred inmates on Thursday morning [1: "The city council said it would publish an updated list of transferred inmates on Thursday morning"].`, ""},
		{"a pronoun", p, `It will publish an updated list of transferred inmates on Thursday morning [1: "The prison authority said it would publish an updated list of transferred inmates on Thursday morning"].`, ""},
		{"no definite doer", p, `In Esmeraldas, 15 prison guards and 2 other staff members were held hostage [1: "15 prison guards and 2 other staffers were held hostage at a local jail"].`, ""},
		{"a participle, no doer", p, `They used the updated list [1: "The prison authority said it would publish an updated list of transferred inmates on Thursday morning"].`, ""},
	})
}
