package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Spanish read for the number and meaning rules: "treinta y uno" is 31,
// not 30 and 1; a plural noun stays plural ("cientos de soldados":
// hundreds of soldiers), so a count bound to another noun is caught as in
// English; "cobrar la vida de" is to claim the lives of, no charge.
func TestSpanishNumbersPluralsAndLives(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const p = "This is the moment that thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador.\n\nEcuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\nLasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."
	for claim, want := range map[string]string{
		"El fiscal general elevó el martes la cifra de muertos de 18 a treinta y uno [1].": "",
		"El fiscal general elevó el martes la cifra de muertos de 18 a treinta y dos [1].": "32",
		"Cientos de soldados y policías intentaron retomar la cárcel [1].":                 "hundreds",
		"Miles de soldados y policías intentaron retomar la cárcel [1].":                   "",
		"La violencia ha cobrado la vida de cientos de presos desde 2021 [1].":             "",
		"La violencia cobró la vida de cientos de presos desde 2021 [1].":                  "",
		"La violencia ha cobrado la vida de miles de presos desde 2021 [1].":               "thousands",
	} {
		got := edgeReason(t, p, "¿Cuántos muertos hubo?", claim)
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("%q: reason %q, want %q", claim, got, want)
		}
	}
	for es, en := range map[string]string{"soldados": "soldiers", "ciudades": "cities", "presos": "prisoners", "además": "besides", "mientras": "while", "antes": "before", "cárcel": "prison", "meses": "months"} {
		base := text.Lemma(en)
		if got := esPlural(es, base); got != en {
			t.Errorf("esPlural(%q, %q) = %q, want %q", es, base, got, en)
		}
	}
}
