package weaviate

import (
	"context"
	"log/slog"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/retrieval/retrievaltest"
	"github.com/storybot-dev/storybot/story"
)

// The Weaviate collection, as the searcher the bot is given
// (retrieval.NewRemoteSearcher over Remote), passes the searchers'
// conformance suite against a real Weaviate. No fallback: every answer
// comes from the collection.
func TestSearcherConformance(t *testing.T) {
	srv := server(t)
	retrievaltest.Run(t, func(t *testing.T, stories []story.Story) retrievaltest.Searcher {
		ctx := context.Background()
		c, _ := newClient(t, srv, Config{})
		ix, err := retrieval.Build(ctx, stories, emb, retrieval.DefaultOptions(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.SyncIndex(ctx, ix); err != nil {
			t.Fatal(err)
		}
		rem := &Remote{Client: c, Salt: Salt(emb.ID(), ix.Options().Chunk)}
		log := slog.New(slog.NewTextHandler(t.Output(), nil))
		return retrieval.NewRemoteSearcher(ix, rem, retrieval.RemoteOptions{}, log)
	})
}
