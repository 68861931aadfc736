package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Who did what, read through a passive with its doer ("The footage was
// released by the army" of "Footage released by Ecuadorian police"):
// the deed is the police's. The passage's own doer passes, as does a
// passive with no "by".
func TestSubjectDeedThroughAPassive(t *testing.T) {
	const p = "Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison. Soldiers and police officers moved to retake the prison.\n"
	runEdgeCases(t, []edgeCase{
		{"another doer", p, "The footage was released by the army [1].", `who: the passage says "released" of others, not of the army`},
		{"the passage's doer", p, "The footage was released by Ecuadorian police [1].", ""},
		{"no doer", p, "The footage was released from inside the prison [1].", ""},
	})
	for _, c := range []struct {
		claim string
		deed  int
	}{
		{"the footage was released by the army", 2},
		{"the footage was released by ecuadorian police in guayaquil", 2},
		{"the footage was released on monday", 0},
		{"the footage was shown by police", 1},
		{"the army released the footage", 0},
	} {
		if _, got := unpassive(text.Words(c.claim)); got != c.deed {
			t.Errorf("unpassive(%q): verb at %d, want %d", c.claim, got, c.deed)
		}
	}
}
