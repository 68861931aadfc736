package ground

import "testing"

// A relation or a role said from the other side is said: "her son" makes
// her a mother, one "serving a sentence" is an inmate. The possessive
// decides the sex: "her son" makes no father.
func TestRelationFromTheOtherSide(t *testing.T) {
	const p = "Maria Quiroz said she had not heard from her son, who is serving a sentence for robbery.\n"
	runEdgeCases(t, []edgeCase{
		{"mother of an inmate", p, "Maria Quiroz is the mother of an inmate [1].", ""},
		{"she, mother of an inmate", p, "She said she had not heard from her son; she is the mother of an inmate [1].", ""},
		{"father of her son", p, "Maria Quiroz is a father [1].", `(father)`},
		{"she, father of an inmate", p, "She is the father of an inmate [1].", `"father"`},
	})
}
