package bot

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
)

func TestZZReply(t *testing.T) {
	ix, byID := replyCorpus(t)
	ids := strings.Split(os.Getenv("IDS"), ",")
	for _, r := range loadReplies(t, filepath.Join("..", "testdata", "replies", os.Getenv("F"))) {
		if !slices.Contains(ids, r.ID) {
			continue
		}
		var hits []retrieval.Hit
		for _, id := range r.Passages {
			hits = append(hits, byID[id])
		}
		ps := passages(hits)
		if rp := os.Getenv("REPLY"); rp != "" {
			r.Reply = rp
		}
		if q := os.Getenv("QUESTION"); q != "" {
			r.Question = q
		}
		b := New(ix, &scripted{text: r.Reply}, Options{}, nil)
		ans := &Answer{Question: r.Question, Passages: ps, Citations: []Citation{}}
		reason := b.answerWithModel(context.Background(), Question{Text: r.Question}, ans)
		fmt.Printf("%s reason=%q\nshown: %s\ndropped: %+v\n", r.ID, reason, ans.Text, ans.DroppedClaims)
	}
}
