package ground

import "testing"

// A sources list cites the text above it only when that text has no
// marker at all: an unmarked sentence beside a marked one is dropped,
// though a listed passage holds it. Entries written as list items ("-
// [1] ...", "* [1] ...") are entries too.
func TestSourcesListEdgesReview8(t *testing.T) {
	ps, _ := testPassages(t)
	for _, tt := range []struct{ name, reply, want string }{
		{"an unmarked sentence beside a marked one", "The toll was raised to 31 [1]. 15 guards were held hostage.\n\nSources:\n[1] Soldiers retake a rioting prison\n[3] Esmeraldas", "The toll was raised to 31 [1]."},
		{"dashed entries", "The toll was raised to 31.\n\nSources:\n- [1] Soldiers retake a rioting prison", "The toll was raised to 31. [1]"},
		{"starred entries", "The toll was raised to 31.\n\nSources:\n* [1] Soldiers retake a rioting prison", "The toll was raised to 31. [1]"},
	} {
		v, reason := Check(tt.reply, "What happened?", ps)
		if reason != "" || v.Text != tt.want {
			t.Errorf("%s: shown %q (rejected %q), want %q", tt.name, v.Text, reason, tt.want)
		}
	}
}
