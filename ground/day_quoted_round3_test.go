package ground

import (
	"strings"
	"testing"
)

// The day rule reads the whole cited passage even when the claim quotes
// one sentence of it: quoting the walkout "on Thursday" does not let the
// claim move the talks' breakdown there from Tuesday.
func TestDayMovedNextToAQuote(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Dockworkers walked off the job at the port on Thursday, leaving forty ships at anchor. " +
		"The strike was called after talks over pay broke down on Tuesday evening.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The talks broke down on Thursday, when dockworkers walked off the job [1: "walked off the job at the port on Thursday"].`, "day:"},
		{`The talks broke down on Thursday [1].`, "day:"},
		{`Dockworkers walked off the job on Thursday, leaving ships at anchor [1: "walked off the job at the port on Thursday"].`, ""},
		{`The talks broke down on Tuesday evening [1: "talks over pay broke down on Tuesday evening"].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
