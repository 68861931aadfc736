package ground

import "testing"

// A lone "t" is a negation only as the end of "n't": "cellblock T" is a
// name, not a denial.
func TestLetterTIsNoNegation(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Prison.\n\nOn Monday, after the riot, guards locked cellblock T.\n",
		"Guards locked cellblock T on Monday after the riot [1].")
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
	v = verdictOn(t, " date 2023-07-26 STORY: Prison.\n\nGuards locked cellblock T on Monday after the riot.\n",
		"Guards didn't lock cellblock T on Monday [1].")
	if r := droppedFor(v); r == "" {
		t.Error("a claim denying what the passage states was kept")
	}
}
