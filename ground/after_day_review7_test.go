package ground

import "testing"

// The day of an "after …" clause moves the main event only when no
// sentence puts that day outside such a clause: a sentence giving the
// day to the walkout itself, with no cue of sequence, may be the
// strike's, and the claim stands.
func TestAfterDayPlainSentenceKeepsTheDay(t *testing.T) {
	const clause = "The strike was called by the union after talks over pay broke down on Tuesday evening."
	runR7(t, []r7Case{
		{name: "only the after clause", passages: []string{clause}, claim: "The strike began on Tuesday evening [1].", want: "day: the passage dates what came before or after the strike"},
		{name: "the walkout itself on that day", passages: []string{clause + " Dockworkers walked off the job on Tuesday evening."}, claim: "The strike began on Tuesday evening [1].", want: ""},
	})
}
