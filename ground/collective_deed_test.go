package ground

import "testing"

// A collective deed (protesting, demonstrating, rioting, raiding,
// looting) is an action the passage must hold, as an outcome is:
// relatives who gathered and waited did not protest. The deed in another
// form ("staged a protest", "a demonstration") is held.
func TestCollectiveDeedNeedsThePassage(t *testing.T) {
	const waited = "Relatives of inmates gathered outside the prison on Wednesday, holding photographs and lists of names.\n"
	runEdgeCases(t, []edgeCase{
		{"a protest added", waited, "Relatives were protesting outside the prison on Wednesday, holding photographs [1].", `outcome "protesting"`},
		{"a raid added", "Police gathered outside the shops on Wednesday after the storm.\n", "Police raided the shops on Wednesday after the storm [1].", `outcome "raided"`},
		{"the passage's gathering", waited, "Relatives of inmates gathered outside the prison on Wednesday, holding photographs [1].", ""},
		{"a protest in the noun", "Relatives of inmates staged a protest outside the prison on Wednesday.\n", "Relatives of inmates protested outside the prison on Wednesday [1].", ""},
		{"a demonstration in the noun", "Relatives of inmates held a demonstration outside the prison on Wednesday.\n", "Relatives of inmates demonstrated outside the prison on Wednesday [1].", ""},
	})
}
