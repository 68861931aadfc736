package retrieval_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/retrieval/retrievaltest"
	"github.com/storybot-dev/storybot/story"
)

// The in-process index passes the searchers' conformance suite.
func TestIndexConformance(t *testing.T) {
	retrievaltest.Run(t, func(t *testing.T, stories []story.Story) retrievaltest.Searcher {
		ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return ix
	})
}

// A RemoteSearcher passes it too, its remote replaying another in-process
// index of the same stories (the weaviate package runs the suite against
// a real Weaviate). No fallback: every answer comes through the remote.
func TestRemoteSearcherConformance(t *testing.T) {
	retrievaltest.Run(t, func(t *testing.T, stories []story.Story) retrievaltest.Searcher {
		ctx := context.Background()
		other, err := retrieval.Build(ctx, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
		if err != nil {
			t.Fatal(err)
		}
		local, err := retrieval.Build(ctx, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
		if err != nil {
			t.Fatal(err)
		}
		log := slog.New(slog.NewTextHandler(t.Output(), nil))
		return retrieval.NewRemoteSearcher(local, replay{other}, retrieval.RemoteOptions{}, log)
	})
}

// replay is a Remote that answers as another in-process index does.
type replay struct{ ix *retrieval.Index }

func (r replay) Search(ctx context.Context, query string, _ []float32, n int) ([]retrieval.RemoteHit, error) {
	res, err := r.ix.Search(ctx, query, n)
	if err != nil {
		return nil, err
	}
	out := make([]retrieval.RemoteHit, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = retrieval.RemoteHit{Source: h.Story.Source, ChunkID: h.Chunk.ID, Text: h.Story.Text[h.Chunk.Start:h.Chunk.End],
			VectorRank: h.VectorRank, VectorScore: h.VectorScore, KeywordRank: h.KeywordRank, KeywordScore: h.KeywordScore}
	}
	return out, nil
}
