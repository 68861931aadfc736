package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A question that points back but names its own subject, or says at
// length what it asks about, is read alone: in a conversation (storybot
// chat, a Discord reply chain) the last turn's subject would steer it to
// the wrong story.
func TestLeansOnNamedOrLong(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(testindex.Seed(t))
	for q, want := range map[string]bool{
		// A name of the stories' (any case) or a capitalised word: alone.
		"how many were killed in esmeraldas that day":       false,
		"what did Rodriguez say about it":                   false,
		"how many guards were held in Esmeraldas back then": false,
		// A pointer as the subject: leans whatever it names.
		"was it in Guayaquil":           true,
		"did he say that in Esmeraldas": true,
		"where was he born, in Quito?":  true,
		// No name: at most three content words lean...
		"which prison was it":                                        true,
		"what did the prison boss say about it":                      true, // prison, boss, say
		"did they get hurt":                                          true,
		"and what did the prison director say then":                  true,  // opens with "and": always
		"what did the prison director promise his family afterwards": true,  // "his": at any length
		"which candidate said she will put the prisoners on islands": false, // "she" is the one asked about
		// ...four or more say what they ask about.
		"what weapons did they seize inside the prison":          false, // weapons, seize, inside, prison
		"why did the government declare a prison emergency then": false, // four
	} {
		if got := voc.LeansOn(q); got != want {
			t.Errorf("LeansOn(%q) = %v, want %v", q, got, want)
		}
	}
}
