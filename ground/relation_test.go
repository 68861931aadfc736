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

// "The passages do not say why her son is in prison" is answered where a
// sentence has her son "serving a sentence for robbery": one serving a
// sentence is in prison, and "for" gives the reason. Without a reason
// there, the absence stands.
func TestWhyInPrisonAnsweredBySentence(t *testing.T) {
	const p = "Maria Quiroz said she had not heard from her son, who is serving a sentence for robbery.\n"
	const bare = "Maria Quiroz said she had not heard from her son, who is serving a sentence.\n"
	runEdgeCases(t, []edgeCase{
		{"the reason given", p, "The passages do not say why her son is in prison.", "absence"},
		{"no reason given", bare, "The passages do not say why her son is in prison.", ""},
	})
}
