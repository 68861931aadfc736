package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A short answer opening its paragraph without a marker ("Sixty days.") is
// checked against every passage the paragraph's later sentences cite, not
// only the last marker: the 60 days are in one passage though the
// paragraph ends citing another. A short answer none of them holds is still
// dropped, and one before a paragraph break keeps its own paragraph's
// markers (TestLeadAnswerKeepsItsParagraphsMarkersReview8).
func TestLeadAnswerTakesItsParagraphsMarkers(t *testing.T) {
	st := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nThe operation came after the government announced a 60-day state of emergency for the country's prisons.\n\nLasso has regularly declared states of emergency in the country's prisons.\n")
	ps := passagesWith(&st, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	at := func(words string) string {
		for i, p := range ps {
			if strings.Contains(p.Text, words) && !strings.Contains(p.Text, "STORY") {
				return string(rune('1' + i))
			}
		}
		t.Fatalf("no passage holds %q", words)
		return ""
	}
	sixty, lasso := at("60-day"), at("regularly")
	for _, tt := range []struct{ reply, want string }{
		{"Sixty days. The government announced a 60-day state of emergency for the prisons [" + sixty + "]. Lasso has regularly declared such emergencies [" + lasso + "].", ""},
		{"Ninety days. The government announced a 60-day state of emergency for the prisons [" + sixty + "]. Lasso has regularly declared such emergencies [" + lasso + "].", "number"},
	} {
		got := droppedFor(checkClaims(splitClaims(tt.reply, len(ps)), "how long is the state of emergency", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.reply, got, tt.want)
		}
	}
}
