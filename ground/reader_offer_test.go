package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A quoting marker whose quote ends with a full stop ([1: "… on
// Saturday."]) ends its sentence at the full stop after it: the next
// sentence is a claim of its own, not words the first adds after its
// marker.
func TestSentenceEndsAfterAQuotingMarker(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday. The army took the yard.\n"
	for _, tt := range []struct {
		name, reply, shown, dropped string
	}{
		{"full stop after the marker", `The clashes began on Saturday [1: "Clashes between gangs here began on Saturday."]. Officials in Quito blamed Lasso.`,
			"The clashes began on Saturday", "Officials in Quito blamed Lasso."},
		{"no full stop after the marker: one sentence", `The clashes began on Saturday [1: "Clashes between gangs here began on Saturday."], and officials in Quito blamed Lasso.`,
			"", "officials in Quito blamed Lasso"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := edgeVerdict(t, p, "When did the clashes begin?", tt.reply)
			if tt.shown != "" && !strings.Contains(v.Text, tt.shown) {
				t.Errorf("shown %q, want it to hold %q", v.Text, tt.shown)
			}
			if len(v.Dropped) != 1 || !strings.Contains(v.Dropped[0].Claim, tt.dropped) {
				t.Errorf("dropped %+v, want one claim holding %q", v.Dropped, tt.dropped)
			}
		})
	}
}

// A sentence offering the reader more on a topic named by a bare noun
// phrase says nothing of the passages: it needs no marker. An offer whose
// topic is a clause, a name or a number presupposes a fact, and one that
// goes on to state something is no offer: both are checked.
func TestReaderOfferStatesNothing(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday.\n"
	for _, tt := range []struct {
		reply string
		offer bool
	}{
		{"Let me know if you'd like more on the timeline!", true},
		{"If you'd like more on the clashes, just ask.", true},
		{"Let me know if you'd like more on why the warden resigned.", false},
		{"Let me know if you'd like more on Lasso's decree.", false},
		{"Feel free to ask about the 12 inmates who escaped.", false},
		{"If you'd like more detail, the army retook the prison on Monday.", false},
	} {
		if got := isOffer(tt.reply); got != tt.offer {
			t.Errorf("isOffer(%q) = %v, want %v", tt.reply, got, tt.offer)
		}
	}
	v := edgeVerdict(t, p, "When did the clashes begin?", `The clashes began on Saturday [1]. Let me know if you'd like more on the timeline!`)
	if len(v.Dropped) != 0 || !strings.Contains(v.Text, "timeline") {
		t.Errorf("offer: shown %q, dropped %+v; want it shown", v.Text, v.Dropped)
	}
}

// edgeVerdict checks reply against a story whose text is passage (one
// passage, cited as [1]) for the question asked.
func edgeVerdict(t *testing.T, passage, asked, reply string) Verdict {
	t.Helper()
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+passage)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	return checkClaims(splitClaims(reply, len(ps)), asked, ps, evidenceOf(ps))
}
