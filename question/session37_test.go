package question

import "testing"

// A tagged guess may be followed by a short restatement of it ("right?
// the capital") or tagged by echoing its own verb ("is it?"): still a
// confirmation question, read as the question of its slot. A tail that
// asks something, or an echo of a verb the statement lacks, is none.
func TestPremiseGuessTail(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(newTermCorpus("Soldiers retook the Litoral prison in the city of Guayaquil on Tuesday.", "Gangs fought inside the prison."))
	for _, c := range []struct{ q, want string }{
		{"the prison is in quito right? the capital", "where the prison is"},
		{"this jail is in quito is it? or some other city", "where this jail is"},
		{"the riot was in Quito was it?", "where the riot was"},
		{"the prison is in Quito yes? capital", "where the prison is"},
		{"the prison is in quito right? how many died there", ""},
		{"the prison is in quito right? and what about the guards there", ""},
		{"the prison is in Quito was it?", ""},
	} {
		got, _ := Premise(c.q, voc)
		if got != c.want {
			t.Errorf("Premise(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
