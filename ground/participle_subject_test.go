package ground

import "testing"

// A participle before the subject's noun ("the armed forces") is no word
// of who did it: "armed" shares its stem with "arms" (ammunition), which
// the passage's sentence holds, but the forces are not the police who
// released the footage. The noun itself still counts ("armed police").
func TestParticipleBeforeTheSubject(t *testing.T) {
	const p = "Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison. Soldiers and police officers gained access to three cellblocks."
	runEdgeCases(t, []edgeCase{
		{"armed forces", p, "The footage was released by the armed forces [1].", `who: the passage says "released" of others`},
		{"police", p, "The footage was released by the police [1].", ""},
		{"armed police", p, "Armed police released the footage [1].", ""},
	})
}

// A deed said in WordNet's other word for the passage's ("elevated" the
// toll the passage says the attorney general "raised") is the same deed:
// given to another subject, it is still another's.
func TestSubjectDeedBySynonym(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31."
	runEdgeCases(t, []edgeCase{
		{"another's, synonym", p, "The army elevated the death toll to 31 [1].", `who: the passage says "elevated" of others`},
		{"own, synonym", p, "The attorney general elevated the death toll to 31 [1].", ""},
	})
}
