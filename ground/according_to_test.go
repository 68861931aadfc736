package ground

import "testing"

// "According to X, ..." names who said what follows, as "X said" does: a
// passage where another says it does not support it. The speaker of "the
// Union of Port Workers" is the union, not the workers.
func TestAccordingToNamesTheSpeaker(t *testing.T) {
	const p = "The port operator said the walkout had halted the loading of 12,000 containers a day. Two workers were killed in March, according to the union.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's speaker", p, "According to the port operator, the walkout halted the loading of 12,000 containers a day [1].", ""},
		{"another speaker", p, "According to the union, the walkout halted the loading of 12,000 containers a day [1].", "said by another"},
		{"a speaker of X of Y", p, "According to the Union of Port Workers, the walkout halted the loading of 12,000 containers a day [1].", "said by another"},
		{"X of Y said", p, "The Union of Port Workers said the walkout halted the loading of 12,000 containers a day [1].", "said by another"},
		{"X of Y named as X", "The union said the strike would go on until the operator agreed to a pay rise.\n", "The union of dockworkers said the strike would go on until the operator agreed to a pay rise [1].", ""},
		{"a name in apposition", "Maria Quiroz said her son is serving a sentence for robbery.\n", "According to his mother, Maria Quiroz, her son is serving a sentence for robbery [1].", ""},
		{"a wrong name in apposition", "Maria Quiroz said her son is serving a sentence for robbery. Police said the road was closed.\n", "According to his mother, Ana Ruiz, her son is serving a sentence for robbery [1].", `name "Ana"`},
		{"the union's own fact", p, "According to the union, two workers were killed in March [1].", ""},
	})
}
