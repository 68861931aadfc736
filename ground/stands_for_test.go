package ground

import "testing"

// "X stands for ..." says what a name means, and "X has done so" refers
// back to a deed its own claim named: neither is a deed to find said of
// the name. A real deed of the name still is.
func TestStandsForIsNoDeed(t *testing.T) {
	const snai = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. " +
		"SNAI (National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders) general director Guillermo Rodriguez spoke. " +
		"Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"President Lasso declared a state of emergency in Manabi.\n"
	const lasso = "On Monday, President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios.\n\n" +
		"Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021.\n"
	runEdgeCases(t, []edgeCase{
		{"stands for", snai, "SNAI stands for National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders [1].", ""},
		{"a deed of the name", snai, "SNAI declared a state of emergency in Manabi [1].", "what the claim says of"},
		{"done so", lasso, "Lasso has done so regularly [1].", ""},
	})
}
