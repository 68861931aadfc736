package bot

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
)

func TestZZReply(t *testing.T) {
	ids := strings.Split(os.Getenv("ZZ"), ",")
	ix, byID := replyCorpus(t)
	for _, f := range []string{"fresh78-tune.jsonl", "fresh80-tune.jsonl", "fresh76-tune.jsonl", "tune.jsonl", "fresh82-tune.jsonl"} {
		p := filepath.Join("..", "testdata", "replies", f)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		for _, r := range loadReplies(t, p) {
			want := false
			for _, id := range ids {
				if id == r.ID {
					want = true
				}
			}
			if !want {
				continue
			}
			var hits []retrieval.Hit
			for _, id := range r.Passages {
				hits = append(hits, byID[id])
			}
			ps := passages(hits)
			b := New(ix, &scripted{text: r.Reply}, Options{}, nil)
			ans := &Answer{Question: r.Question, Passages: ps, Citations: []Citation{}}
			reason := b.answerWithModel(context.Background(), Question{Text: r.Question}, ans)
			t.Logf("%s reason=%q\nTEXT: %s\nDROPPED: %+v\nCITES: %+v", r.ID, reason, ans.Text, ans.DroppedClaims, ans.Citations)
		}
	}
}
