package ground

import (
	"strings"
	"testing"
)

// A run the passage counts with an ordinal ("for the seventh consecutive
// year") is the claim's run of that many ("seven consecutive NBA
// Finals"). An ordinal counting no run ("finished seventh") is no such
// number, nor is the cardinal without the run ("seven times").
func TestRunOfOrdinal(t *testing.T) {
	const st = " date 2023-11-22 STORY: Jones.\n\n" +
		"In 2017, he and teammate LeBron James reached the NBA Finals for the seventh consecutive year. " +
		"He finished ninth in the scoring table and won the 5th straight title for his club.\n"
	for _, tt := range []struct{ claim, want string }{
		{`He reached seven consecutive NBA Finals with LeBron James [1].`, ""},
		{`He reached the NBA Finals seven straight years with LeBron James [1].`, ""},
		{`His club won 5 straight titles [1].`, ""},
		{`He reached eight consecutive NBA Finals with LeBron James [1].`, `number "8"`},
		{`He reached the NBA Finals seven times with LeBron James [1].`, `number "7"`},
		{`He finished nine consecutive seasons in the scoring table [1].`, `number "9"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
