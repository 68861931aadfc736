package extract

import "testing"

// A question that picks someone out by an alias is answered by the name
// right before ", known as <the alias>".
func TestAliasNamed(t *testing.T) {
	q := `what is the real name of the gang leader known as "el tigre"`
	for _, c := range []struct {
		txt  string
		want bool
	}{
		{`Wilmer Alejandro Chila, known as "El Tigre," was found guilty.`, true},
		{`Wilmer Chila, alias El Tigre, was found guilty.`, true},
		// Another alias.
		{`Jose Perez, known as "El Negro," escaped.`, false},
		// No name before it: "The man, known as El Tigre".
		{`The man, known as "El Tigre," was found guilty.`, false},
		// A lone word before it may be a pronoun or a sentence's first
		// word: two capitalised words are asked for.
		{`Police said Chila, known as "El Tigre," was found guilty.`, false},
		// The name is the question's own.
		{`El Tigre, known as "El Tigre," was found guilty.`, false},
	} {
		if got := aliasNamed(c.txt, q); got != c.want {
			t.Errorf("aliasNamed(%q) = %v, want %v", c.txt, got, c.want)
		}
	}
	if aliasNamed(`Wilmer Alejandro Chila, known as "El Tigre," was found guilty.`, "what is the name of the gang leader") {
		t.Error("aliasNamed: a question with no alias picks someone out")
	}
	if !roleNamed(`Wilmer Alejandro Chila, known as "El Tigre," was found guilty.`, "gang leader", q) {
		t.Error("roleNamed: the alias's name does not name the gang leader asked for")
	}
}
