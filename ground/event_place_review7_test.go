package ground

import "testing"

// "and" ends one clause and opens the next: in "Police arrested three
// men and gangs attacked the attorney general's office in Guayaquil" the
// place belongs to the attack, which the passage puts in Esmeraldas.
func TestEventPlaceClauseEndsAtAnd(t *testing.T) {
	const p = "Gangs attacked the attorney general's office in the city of Esmeraldas. Police arrested three men in Guayaquil on Monday."
	runR7(t, []r7Case{
		{name: "the attack moved", passages: []string{p}, claim: "Police arrested three men and gangs attacked the attorney general's office in Guayaquil [1].", want: "place: the passage tells this in esmeraldas, not in guayaquil"},
		{name: "the arrest in its place", passages: []string{p}, claim: "Gangs attacked the attorney general's office in Esmeraldas and police arrested three men in Guayaquil [1].", want: ""},
	})
}
