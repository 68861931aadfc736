package question

import "testing"

// A name asked with the wh-word last, as ASL-shaped English asks it
// ("gang name what?", "mayor Manta name what? who shoot him"): a topic
// before a comma, a question after the mark, or none; a name that is no
// name question ("name the prison", "names were read out") is not.
func TestNameWhatLast(t *testing.T) {
	for _, c := range []struct {
		q    string
		want Kind
	}{
		{"gang fighting, gang name what?", Name},
		{"gang name what?", Name},
		{"prison names?", Name},
		{"mayor Manta name what? who shoot him", Name},
		{"the names were read out on the radio", General},
		{"how many names were on the list?", Number},
	} {
		if got := Classify(c.q); got != c.want {
			t.Errorf("Classify(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"mayor manta name what? who shoot him", "mayor"},
		{"mayor of manta name?", "mayor"},
		{"the prison director name?", "director"},
		{"the mayor named the street", ""},
		{"mayor manta name the street", ""},
	} {
		if got := NamedRole(c.q); got != c.want {
			t.Errorf("NamedRole(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
