package extract

import (
	"strings"
	"testing"
)

// A summary request's format and purpose are no topic: "2 sentences max
// for the pinned post", "in 50 words", "for my class" ask for the summary
// (read off modthread-n19); a purpose clause naming a story ("for the
// banana story") and a topic no story uses still say no story matches.
func TestSummaryFormatAndPurpose(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Soldiers retook a rioting prison in Guayaquil.\n\nThe death toll rose to 31.\n\nMore."})
	for q, want := range map[string]string{
		"tl;dr? like 2 sentences max for the pinned post": "Soldiers retook a rioting prison",
		"give me a summary in 50 words max":               "Soldiers retook a rioting prison",
		"tldr for my class":                               "Soldiers retook a rioting prison",
		"summary for the banana story":                    `No story matches "banana". The stories are:`,
		"summary banana for my class":                     `No story matches "banana". The stories are:`,
	} {
		if got := askText(t, ix, q); !strings.HasPrefix(got, want) {
			t.Errorf("%q: %q, want it to open with %q", q, got, want)
		}
	}
}
