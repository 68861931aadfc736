package text_test

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Chat shortens units of time: "how many yrs did he get" asks years.
// "min" is left alone: minimum, minister, minute.
func TestTimeShorthand(t *testing.T) {
	for w, want := range map[string]string{"yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "wks": "weeks", "mths": "months"} {
		if got, ok := text.Shorthand(w); !ok || got != want {
			t.Errorf("Shorthand(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	if got, ok := text.Shorthand("min"); ok {
		t.Errorf("Shorthand(min) = %q; min is minimum or minister as often as minute", got)
	}
}
