package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
)

// Review of text.ReadDialect wired into the question reader: questions a
// Hinglish, Taglish or Glasgow writer would type about the seed's prison
// riot, answered as their English would be.
func TestReview33DialectQuestions(t *testing.T) {
	b, _ := seedBot(t)
	for _, tt := range []struct{ q, want string }{
		// "how many people died": the toll sentence
		{"kitne log mare?", "18 to 31"},
		// "police ko ... mila" is Hindi's dative experiencer: "what did the police find inside the jail"
		{"police ko jail ke andar kya mila?", "automatic weapons"},
		// "what did Guillermo Rodriguez say": a named subject before "ne", not only a pronoun
		{"Guillermo Rodriguez ne kya bola?", "decisive"},
		// "ke andar" is Hindi "inside": the Spanish chat reading must not claim "ke" as "que" and "andar" as "walk"
		{"jail ke andar kya mila?", "automatic weapons"},
		// Glasgow "what did the police find inside the jail"
		{"whit did the polis find inside the jail?", "automatic weapons"},
		// "who is the head of the prisons in ecuador"
		{"sino yung head ng prisons sa ecuador?", "Guillermo Rodriguez"},
	} {
		a := ask(t, b, tt.q)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q (read as %q): %q, want an answer with %q", tt.q, a.ReadAs, a.Text, tt.want)
		}
	}
}
