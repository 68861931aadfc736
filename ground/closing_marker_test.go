package ground

import (
	"strings"
	"testing"
)

// A marker on a line of its own at the end of a reply ("[1]", "Source:
// [1]", "Fuente: [1]") cites the list or lines it closes, back to the
// last claim with a marker of its own; a sources entry with a title is
// no such line.
func TestClosingMarkerLine(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"The attorney general raised the death toll from 18 to 31. Fifteen prison guards were held hostage in Esmeraldas.\n"
	for _, tt := range []struct{ reply, want, reason string }{
		{"- Death toll: 31\n- Guards held hostage: 15\n\n[1]", "- Death toll: 31 [1]\n- Guards held hostage: 15 [2]", ""},
		{"- Death toll: 31\n- Guards held hostage: 15\n\nSource: [1]", "- Death toll: 31 [1]\n- Guards held hostage: 15 [2]", ""},
		{"- Death toll: 31\n- Guards held hostage: 15\n\n**Fuente:** [1]", "- Death toll: 31 [1]\n- Guards held hostage: 15 [2]", ""},
		{"The toll was raised to 31.\n\nFifteen guards were held hostage [1].\n\n- Hostages held in: Esmeraldas\n\n[1]", "Fifteen guards were held hostage [1].\n\n- Hostages held in: Esmeraldas [1]", "cites no passage"},
		{"- Death toll: 31\n- Guards held hostage: 15\n\n[1] Reuters, 26 July 2023", "", "cites no passage"},
	} {
		checkShown(t, st, tt.reply, tt.want, tt.reason)
	}
}

// checkShown checks what the checker shows of reply against story st,
// and the reason it drops a claim for ("" when none).
func checkShown(t *testing.T, st, reply, want, reason string) {
	t.Helper()
	v := verdictOn(t, st, reply)
	if got := strings.TrimSpace(v.Text); got != want {
		t.Errorf("%q: shown %q, want %q", reply, got, want)
	}
	if got := droppedFor(v); (reason == "") != (got == "") || !strings.Contains(got, reason) {
		t.Errorf("%q: reason %q, want %q", reply, got, reason)
	}
}
