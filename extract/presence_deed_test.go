package extract

import (
	"strings"
	"testing"
)

// "how many inmates are in the Litoral total" asks how many the prison
// holds: "Two other inmates were sentenced" counts those sentenced and is
// no answer; "the wing holds roughly 1,400 prisoners" is.
func TestPresenceNotADeedsCount(t *testing.T) {
	const sentenced = "A court in Guayaquil on Tuesday sentenced a gang leader to 34 years for the killings inside the Penitenciaria del Litoral. Two other inmates were sentenced to 20 years each for taking part in the killings."
	const holds = "A court in Guayaquil on Tuesday sentenced a gang leader to 34 years for the killings inside the Penitenciaria del Litoral. The Litoral holds roughly 1,400 inmates."
	q := "how many inmates are in the Litoral total?"
	if a := askOf(t, map[string]string{"a.txt": sentenced}, q); !a.Abstained && !strings.HasPrefix(a.Text, "I couldn't find a direct answer") {
		t.Errorf("%q answered %q; the story counts only the sentenced", q, a.Text)
	}
	if a := askOf(t, map[string]string{"a.txt": holds}, q); a.Abstained || !strings.Contains(a.Text, "1,400") {
		t.Errorf("%q answered %q, want the 1,400 the prison holds", q, a.Text)
	}
}
