package ground

import (
	"strings"
	"testing"
)

// A number the passage gives only to another noun, which the claim names
// elsewhere uncounted, has been moved onto the claim's noun; a number the
// claim gives to that noun too, or a noun the claim doesn't name, is left
// to the other rules. "Twelve thousand containers" is a number of two
// words, its noun "containers".
func TestNumberMovedToAnotherNoun(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Dockworkers walked off the job at the port. " +
		"The port operator said the walkout had halted the loading of about 12,000 containers a day.\n"
	for _, tt := range []struct{ claim, want string }{
		{`About 12,000 dockworkers walked out, halting container loading [1].`, `number "12000" is said of "container"`},
		{`About 12,000 containers a day went unloaded as dockworkers walked out [1].`, ""},
		// the passage's noun not named: nothing shows the number moved
		{`About 12,000 dockworkers walked off the job [1].`, ""},
		// the claim counts the passage's noun with the number too
		{`The walkout halted about 12,000 containers a day, as 12,000 dockworkers walked off the job [1].`, ""},
		{`Roughly twelve thousand containers daily [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
