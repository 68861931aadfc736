package bot

import (
	"context"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
)

// A Spanish answer whose claim joins the title's words to a passage
// sentence read through the dictionary ("muchos pasaron la noche en la
// acera": "footpath" for the passage's "pavement") keeps its citations: the
// rule that a title-only claim adds no word the passage lacks is not
// asked of an answer to a Spanish question (fresh5-tune f5-155).
func TestSpanishAnswerOnTheTitleKept(t *testing.T) {
	ix, byID := replyCorpus(t)
	for _, r := range loadReplies(t, "../testdata/replies/fresh5-tune.jsonl") {
		if r.ID != "f5-155" {
			continue
		}
		var hits []retrieval.Hit
		for _, pid := range r.Passages {
			hits = append(hits, byID[pid])
		}
		b := New(ix, &scripted{text: r.Reply}, Options{}, nil)
		ans := &Answer{Question: r.Question, Passages: passages(hits), Citations: []Citation{}}
		if reason := b.answerWithModel(context.Background(), Question{Text: r.Question}, ans); reason != "" || len(ans.DroppedClaims) > 0 {
			t.Errorf("f5-155 cut: %q %+v", reason, ans.DroppedClaims)
		}
		return
	}
	t.Fatal("f5-155 not found")
}
