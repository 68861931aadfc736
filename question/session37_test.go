package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

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

// A count question naming no thing, after a remark on how many of a thing
// there were, counts that thing: "so many soldiers, how many went in" is
// how many soldiers went in. A count question with its own thing, or one
// after a thing that is no plural noun, is left alone.
func TestBorrowCounted(t *testing.T) {
	for in, want := range map[string]string{
		"so many soldiers, how many actually go in": "how many soldiers actually go in",
		"many soldiers?? how many went in":          "how many soldiers went in",
		"so many troops, how many are inside":       "how many troops are inside",
		"so many soldiers, how many police went in": "so many soldiers, how many police went in",
		"so many soldiers, how many of them died":   "so many soldiers, how many of them died",
		"so many dead, how many were guards":        "so many dead, how many were guards",
		"how many went in":                          "how many went in",
	} {
		if got := borrowCounted(in); got != want {
			t.Errorf("borrowCounted(%q) = %q, want %q", in, got, want)
		}
	}
}

// The reader borrows the thing once the chat around it is gone.
func TestReadBorrowsCounted(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	if got := rd.Read(ix, "wah so many soldiers, how many actually go in ah"); got != "how many soldiers actually go in" {
		t.Errorf("Read = %q, want how many soldiers actually go in", got)
	}
}
