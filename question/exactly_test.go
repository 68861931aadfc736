package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "exactly" right after a question word that asks no amount only presses
// ("where exactly is the prison"); after "how many" or a noun it asks for
// precision the story may not give, and stays.
func TestReadExactlyAfterQuestionWord(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for in, want := range map[string]string{
		"where exactly is the prison, which city?": "where is the prison, which city?",
		"who exactly runs the prisons":             "who runs the prisons",
		"how exactly did they get in":              "how exactly did they get in",
		"how many exactly died":                    "how many exactly died",
		"which prison exactly":                     "which prison exactly",
	} {
		if got := rd.Read(ix, in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
}
