package bot

import (
	"context"
	"errors"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A Spanish claim that the passages leave a question open is asked that
// question in Spanish, read as the bot reads a Spanish question: "no
// dicen cuándo empezaron los enfrentamientos" is dropped where the clashes
// began on Saturday; "no dicen quién dirige las bandas" is kept, as no
// passage says.
func TestOpenAnsweredSpanish(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	for reply, dropped := range map[string]bool{
		"Los pasajes no dicen cuándo empezaron los enfrentamientos.": true,
		"Los pasajes no dicen quién dirige las bandas.":              false,
	} {
		ans, err := seedBotWith(t, &scripted{text: reply}).Ask(context.Background(), Question{Text: "¿cuándo empezaron los enfrentamientos y quién dirige las bandas?"})
		if err != nil {
			t.Fatal(err)
		}
		var got bool
		for _, d := range ans.DroppedClaims {
			if d.Rule == DropRuleOpenAnswered {
				got = true
			}
		}
		if got != dropped {
			t.Errorf("%q: absence claim dropped = %v, want %v (dropped %+v)", reply, got, dropped, ans.DroppedClaims)
		}
	}
}
