package ground

import "testing"

// "a single accident" says the opposite of "separate accidents"; the
// passage's own "single" is no opposite. "public" of "private" likewise.
func TestSingleIsTheOppositeOfSeparate(t *testing.T) {
	const p = "Two workers were killed in separate accidents at the port in March, according to the union.\n"
	runEdgeCases(t, []edgeCase{
		{"separate", p, "Two workers were killed in separate accidents at the port in March [1].", ""},
		{"single", p, "Two workers were killed in a single accident at the port in March [1].", `opposite: the claim says "single" where the passage says "separate"`},
		{"the passage's single", "Two workers were killed in a single accident at the port in March.\n", "Two workers were killed in a single accident at the port in March [1].", ""},
		{"public", "The minister called it a private dispute between a company and its workers.\n", "The minister called it a public dispute between a company and its workers [1].", `opposite: the claim says "public"`},
	})
}
