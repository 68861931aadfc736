package text

import (
	"slices"
	"strings"
	"testing"
)

// Review 23b: "do you know the X" asks for the X; other frames, and "do
// you know the X is Y" (a claim to confirm), are not read so.
func TestReview23bStripRequest(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
		why  string
	}{
		{"do you know the death toll?", []string{"what is the death toll?"}, "the toll is asked"},
		{"Do you guys know the death toll", []string{"what is the death toll"}, "\"you guys\""},
		{"does anybody know the name of the prison", []string{"what is the name of the prison"}, "anybody"},
		{"do you happen to know the mayor's name", []string{"what is the mayor's name"}, "happen to"},
		{"does anyone here know the reason for the riot", []string{"what is the reason for the riot"}, "anyone here"},
		{"do u know the names of the gangs thanks", []string{"what is the names of the gangs", "what are the names of the gangs"}, "thanks without punctuation asks nothing"},
		{"does anyone know the death toll, cheers", []string{"what is the death toll"}, "cheers after a comma asks nothing"},
		{"do you know the death toll thank you so much!", []string{"what is the death toll"}, "thank you asks nothing"},
		{"do you know the names of the gangs. thanks!", []string{"what is the names of the gangs.", "what are the names of the gangs."}, "thanks in a sentence of its own"},
		{"do you know their names", []string{"what is their names", "what are their names"}, "their"},
		{"do you know if anyone died", []string{"do you know if anyone died"}, "\"if\": a yes/no frame, not this rule's"},
		{"let me know the toll", []string{"let me know the toll"}, "not a do-you-know frame"},
		{"does the government know the names of the gangs", []string{"does the government know the names of the gangs"}, "asks what the government knows"},
		{"do they know the cause of the riot", []string{"do they know the cause of the riot"}, "asks what they know"},
		{"do you know the guards were released?", []string{"do you know the guards were released?"}, "a claim to confirm, not a thing asked"},
		{"do you know the prison is in guayaquil", []string{"do you know the prison is in guayaquil"}, "a claim to confirm, not a thing asked"},
		{"do you know the mayor of manta", []string{"who is the mayor of manta"}, "a person is asked: who, not what"},
	} {
		got := strings.TrimSpace(StripRequest(c.q))
		if !slices.Contains(c.want, got) {
			t.Errorf("StripRequest(%q) = %q, want %q (%s)", c.q, got, c.want[0], c.why)
		}
	}
}
