package ground

import (
	"strings"
	"testing"
)

// A story dated the 3rd holds the number 3 only as a day: a claim counting
// three of something ("tres inspectores", "3 inspectors") finds no support
// there. The date itself, a year, and a count the text gives pass.
func TestDateDayCountsNothing(t *testing.T) {
	const st = " date 2023-08-03 STORY: Dockworkers strike at Valparaiso.\n\n" +
		"The union said the strike would continue until the operator agreed to a 9 percent pay rise and two extra safety inspectors on every night shift.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Piden un aumento del 9 por ciento y tres inspectores de seguridad más por turno nocturno [1].`, `number "3" is not in passage 1 (only its date has it)`},
		{`The union wants a 9 percent raise and 3 more inspectors on every night shift [1].`, `number "3"`},
		{`The union wants a 9 percent raise and two more inspectors on every night shift [1].`, ""},
		{`On August 3, the union said it wants a 9 percent pay rise [1].`, ""},
		{`The story dated 3 August 2023 says the union wants a 9 percent pay rise [1].`, ""},
		{`The story dated August 3 says the union wants a 9 percent pay rise [1].`, ""},
		{`In the 2023 walkouts, the union said the strike would continue until a 9 percent pay rise [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A number the title gives is the title's, not only the date's.
func TestDateDayTitleNumber(t *testing.T) {
	const st = " date 2023-08-03 STORY: 3 dockworkers hurt at Valparaiso.\n\n" +
		"The union said the strike would continue until the operator agreed to a 9 percent pay rise.\n"
	if got := droppedFor(verdictOn(t, st, `3 dockworkers were hurt at Valparaiso [1].`)); got != "" {
		t.Errorf("reason %q, want none", got)
	}
}
