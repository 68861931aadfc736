package ground

import (
	"strings"
	"testing"
)

// "Confirmed that" raises what the passage has only said to a certainty;
// the verb with no clause to report ("confirm the reset", "will be
// confirmed on Friday") reports nothing.
func TestConfirmedIsNotSaid(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"The attorney general's office said one civilian was hurt. Officials confirmed that 14 inmates were in hospital. " +
		"The list of transfers will be confirmed on Friday.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The attorney general's office confirmed that one civilian was hurt [1].`, "does not say it was confirmed"},
		{`The attorney general's office said that one civilian was hurt [1].`, ""},
		{`Officials confirmed that 14 inmates were in hospital [1].`, ""},
		{`The list of transfers will be confirmed on Friday [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// with no "confirmed" in the passage, still no clause reported
	const plain = " date 2023-07-26 STORY: Phones.\n\nTap Erase Everything to reset the phone.\n"
	if got := droppedFor(verdictOn(t, plain, `Tap Erase Everything to reset the phone and confirm it [1].`)); strings.Contains(got, "modality") {
		t.Errorf("confirm with no clause: dropped: %s", got)
	}
}
