package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
)

// On the seed, a question that points at its story with the pronoun "one"
// ("this ecuador one") or asks in Pidgin ("wetin be the name") is
// answered with the prison's name.
func TestSeedPronounOneAndPidginBe(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"whit jail wis it, this ecuador one", "wetin be the name of the prison self", "there was also hostages in an other city no? which one"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		want := "Penitenciaria del Litoral"
		if strings.Contains(q, "city") {
			want = "Esmeraldas"
		}
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, want) {
			t.Errorf("%q (read as %q): %q, want an answer with %q", q, a.ReadAs, a.Text, want)
		}
	}
}
