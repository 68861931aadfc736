package question

import "testing"

// A yes/no question of identity is marked Same; a yes/no question that
// merely holds "same" elsewhere, or a wh-question, is not.
func TestFormSame(t *testing.T) {
	for q, want := range map[string]bool{
		"is that the same guy as the president?":          true,
		"was it the same prison?":                         true,
		"is he the same person who spoke on tv":           true,
		"is Guillermo Lasso the president?":               false,
		"who is the same age as the president?":           false,
		"did the same gangs fight in Guayaquil and Quito": false,
	} {
		if got := FormOf(q).Same; got != want {
			t.Errorf("FormOf(%q).Same = %v, want %v", q, got, want)
		}
	}
}
