package ground

import "testing"

// "Only" scoped by the passages ("the only figure in the passages") says
// what they hold, not that nothing else was; "full" before a name ("its
// full name is ...") quantifies nothing. Elsewhere both still claim more
// than a passage that says neither.
func TestOnlyInThePassagesAndFullName(t *testing.T) {
	const p = "Two workers were killed in separate accidents at the port in March, according to the union. The SNAI, the National Service of Attention to Adults, regained control of the prisons.\n"
	runEdgeCases(t, []edgeCase{
		{"only in the passages", p, "The only figure in the passages is the union's: two workers were killed at the port in March [1].", ""},
		{"only of the world", p, "The only workers killed at the port in March were two [1].", `quantifier "only"`},
		{"only, then sources of the world", p, "The only workers, sources say, killed at the port died in March [1].", `quantifier "only"`},
		{"the only statement", p, "The only statement on the deaths comes from the union: two workers were killed at the port in March [1].", ""},
		{"the only one quoted", p, "The only source quoted is the union, which says two workers were killed at the port in March [1].", ""},
		{"only, then a statement later", p, "The only workers killed at the port in March, the statement says, were two [1].", `quantifier "only"`},
		{"full name", p, "The SNAI's full name is the National Service of Attention to Adults [1].", ""},
		{"full of the world", p, "The SNAI regained full control of the prisons [1].", `quantifier "full"`},
	})
}
