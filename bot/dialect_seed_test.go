package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
)

// On the embedded seed story, questions in Hinglish, Taglish, Scots and
// Malaysian English are read into English (text.ReadDialect) and answered
// as their English would be; what the story does not say is still not
// answered.
func TestSeedDialectQuestions(t *testing.T) {
	b, c := seedBot(t)
	for _, tt := range []struct{ q, want string }{
		{"yaar guayaquil wali jail me kitne log mare", "18 to 31"},
		{"ye jail kis city me hai", "Guayaquil"},
		{"ecuador ka president kaun hai abhi", "Guillermo Lasso"},
		{"ilan po namatay sa kulungan?", "18 to 31"},
		{"sino po si guillermo rodriguez?", "general director"},
		{"whit toon is the jail in", "Guayaquil"},
		{"how many deid", "18 to 31"},
		{"how many people mati in the prison", "18 to 31"},
	} {
		a := ask(t, b, tt.q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q (read as %q): %q, want an answer with %q", tt.q, a.ReadAs, a.Text, tt.want)
		}
	}
	for _, q := range []string{
		"mayor ka naam kya tha",              // the story never names the mayor
		"sino nanalo sa election?",           // nor the election's winner
		"whit's the attorney general's name", // nor the attorney general
	} {
		a := ask(t, b, q)
		if !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) && !strings.HasPrefix(a.Text, extract.HedgeNo) {
			t.Errorf("%q (read as %q): %q, want no answer", q, a.ReadAs, a.Text)
		}
	}
}
