package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// sentenceCandidate is a candidate of the one sentence txt.
func sentenceCandidate(txt string) *candidate {
	p := &cite.Passage{N: 1, Source: "s.txt", Text: txt}
	return &candidate{p: p, sp: text.Span{Start: 0, End: len(txt)}}
}

// A third story's sentence must say, in its own words, what best's does:
// every key term best's sentence holds, at most one of them by a kin word
// ("taken hostage" for held); a key it lacks, or two held only by kin
// words ("taken" for held, "inmates" for hostages), and it is no answer
// beside best's. What its story's title or passage holds does not count.
func TestSaysAsBest(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Guards were held hostage in the prison."})
	var rd question.Reader
	keys := readQuestion(ix, rd.Vocabulary(ix), "how many guards were held hostage", "").keys
	best := sentenceCandidate("Inmates freed 22 guards they had held hostage for 30 hours.")
	for _, tc := range []struct {
		txt  string
		want bool
	}{
		{"Fifteen guards were held hostage at a local jail.", true},
		{"Fifteen guards were taken hostage.", true},                                                       // one kin word
		{"Three guards were treated for smoke inhalation, and 25 inmates were taken to hospitals.", false}, // two
		{"Fifteen officers were seized as hostages.", false},                                               // no guards
	} {
		c := sentenceCandidate(tc.txt)
		c.covered = map[string]float64{"guard": 1, "held": 1, "hostag": 1} // a title's words: not the sentence's own
		if got := saysAsBest(keys, best, c); got != tc.want {
			t.Errorf("saysAsBest(%q) = %v, want %v", tc.txt, got, tc.want)
		}
	}
	// a key best's sentence lacks asks nothing of the other's
	if !saysAsBest(keys, sentenceCandidate("Fifteen guards were held."), sentenceCandidate("Ten guards were held in a cell.")) {
		t.Error("a key best lacks counted against the other sentence")
	}
}
