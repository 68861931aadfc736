package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

func TestLeansOn(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(testindex.Seed(t))
	for q, want := range map[string]bool{
		"where was that":                     true,
		"what did he say":                    true,
		"and who said that":                  true,
		"and the other hostages, how many":   true,
		"the guards?":                        true, // one content word: leans
		"how many":                           true,
		"how many died":                      false, // a whole question
		"how many people died":               false,
		"how many died in the Quito riot":    false,
		"who is the director of the SNAI":    false,
		"what happened in Esmeraldas":        false,
		"What was the death toll raised to?": false,
		"what happened in esmeraldas":        false, // the stories write it as a name
	} {
		if got := voc.LeansOn(q); got != want {
			t.Errorf("LeansOn(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestSubject(t *testing.T) {
	for _, tt := range []struct{ q, a, want string }{
		{"how many guards were held hostage", "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage. [1] More followed. [2]",
			"how many guards were held hostage In Esmeraldas, 15 prison guards and 2 other staffers were held hostage."},
		{"who won the election", "The stories don't say.", "who won the election"},
		// a hedge's closest passage is no answer to lean on
		{"whos leading the polls", "I couldn't find a direct answer. The closest passage: The match had been moved from Quito to Guayaquil. [1]", "whos leading the polls"},
		{"is he running again", "The stories don't say so. The closest they come: Lasso is not running in the election. [1]", "is he running again"},
		{"was anyone hurt", "Yes: one civilian was hurt in a Molotov cocktail attack. [1]", "was anyone hurt one civilian was hurt in a Molotov cocktail attack."},
	} {
		if got := Subject(tt.q, tt.a); got != tt.want {
			t.Errorf("Subject(%q, %q) =\n %q, want\n %q", tt.q, tt.a, got, tt.want)
		}
	}
}

func TestEmbedded(t *testing.T) {
	for q, want := range map[string]string{
		"does it say what the attorney general is called": "what the attorney general is called",
		"Did the story mention who shot the mayor?":       "who shot the mayor?",
		"does it say the toll rose":                       "does it say the toll rose", // no question inside: a yes/no of its own
		"does the army say what happened":                 "does the army say what happened",
	} {
		if got, _ := Embedded(q); got != want {
			t.Errorf("Embedded(%q) = %q, want %q", q, got, want)
		}
	}
}
