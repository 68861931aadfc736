package extract

import (
	"os"
	"strings"
	"testing"
)

// "what did Rodriguez say about human rights" is answered by Rodriguez's
// words, not by a quotation of someone at the Human Rights Coordinator in
// another story, which holds more of the question's other words.
func TestStatementOfTheNamedSpeaker(t *testing.T) {
	stories := map[string]string{}
	for _, f := range []string{"000_ed2ba48890825abd.txt", "006_d39a21039dde67f9.txt"} {
		b, err := os.ReadFile("../testdata/news/" + f)
		if err != nil {
			t.Fatal(err)
		}
		stories[f] = string(b)
	}
	for _, q := range []string{"what did Rodriguez say about human rights", "what Rodriguez said about the human rights? i need a quote"} {
		a := askOf(t, stories, q)
		if a.Abstained || strings.Contains(a.Text, "Huaman") || !strings.Contains(a.Text, "complied with human rights") {
			t.Errorf("%q answered %q, want Rodriguez's words", q, a.Text)
		}
	}
}
