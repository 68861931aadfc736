package ground

import (
	"strings"
	"testing"
)

// The label a list item opens with ("Role: ...") is the reply's heading
// for the fact after it, counted like a word of the question: up to
// three words before a colon; a longer lead, or the same words without
// the colon, are the claim's own words.
func TestListLabelWords(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Union president Marta Vergara told reporters that members had voted 1,214 to 96 in favour of the stoppage.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Her job role: union president [1].`, ""},
		{`**Her job role:** union president [1].`, ""},
		{`Her job role is union president [1].`, "words"},
		{`Her main job role: union president [1].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
