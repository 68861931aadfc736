package bot_test

import (
	"strings"
	"testing"
)

// "whose" asks whose, like "who" and "whom": it is no word of the topic
// that a story must hold. Read as one, it was a word no story uses and
// weighed against the sentence that answers ("whose office was attacked"
// of "... a Molotov cocktail attack on its office there").
func TestSession35WhoseIsAQuestionWord(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{
		"whose office was attacked",
		"is a molotov attack also, how many people hurt and whose office",
	} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, "attorney general's office") {
			t.Errorf("%q: %q, want the attorney general's office answered", q, a.Text)
		}
	}
}
