package weaviate

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Hit.Verify passes a hit only when the local story is the indexed
// version and the hit's span of it holds the hit's text. (No Weaviate.)
func TestHitVerify(t *testing.T) {
	s := story.Parse("a.txt", prisonStory)
	const salt = "embedder x"
	chs := story.Chunks(&s, 0, story.DefaultChunkOptions)
	if len(chs) < 2 {
		t.Fatalf("%d chunks, want 2 or more", len(chs))
	}
	good := Hit{Chunk: Chunk{Source: "a.txt", StoryHash: StoryHash(s.Text, salt), ID: chs[1].ID,
		Start: chs[1].Start, End: chs[1].End, Text: s.Text[chs[1].Start:chs[1].End]}}
	if err := good.Verify(&s, salt); err != nil {
		t.Fatalf("the indexed chunk of the indexed version: %v", err)
	}
	other := story.Parse("b.txt", s.Text)
	edited := s
	edited.Text = strings.Replace(s.Text, "31", "32", 1)
	for _, tc := range []struct {
		name    string
		edit    func(h *Hit)
		s       *story.Story // the local story, if not s
		missing bool         // no local story
		salt    string
		want    string
	}{
		{name: "story missing here", missing: true, want: "not in this corpus"},
		{name: "another story", s: &other, want: "not b.txt"},
		{name: "story edited", s: &edited, want: "differs from the indexed version"},
		{name: "another embedder or chunking", salt: "embedder y", want: "differs from the indexed version"},
		// The story is the indexed version, but the collection holds other
		// text for the chunk (written by something else, or damaged):
		// what would be cited is not what was found.
		{name: "other text at the span", edit: func(h *Hit) { h.Text = strings.Replace(h.Text, "t", "T", 1) }, want: "not the indexed text"},
		{name: "text of another span", edit: func(h *Hit) { h.Text = s.Text[chs[0].Start:chs[0].End] }, want: "not the indexed text"},
		{name: "span past the end", edit: func(h *Hit) { h.End = len(s.Text) + 1 }, want: "not the indexed text"},
		{name: "span backwards", edit: func(h *Hit) { h.Start, h.End = h.End, h.Start }, want: "not the indexed text"},
		{name: "negative start", edit: func(h *Hit) { h.Start = -1 }, want: "not the indexed text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := good
			if tc.edit != nil {
				tc.edit(&h)
			}
			st := &s
			if tc.s != nil {
				st = tc.s
			}
			if tc.missing {
				st = nil
			}
			sl := salt
			if tc.salt != "" {
				sl = tc.salt
			}
			err := h.Verify(st, sl)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Verify = %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

// A chunk object whose text is not the story's bytes at its span, though
// its story hash is right, is never cited from Weaviate: the searcher
// drops it and says so.
func TestRemoteOtherTextDropped(t *testing.T) {
	srv := server(t)
	ctx := context.Background()
	c, _ := newClient(t, srv, Config{})
	stories := []story.Story{story.Parse("a.txt", prisonStory), story.Parse("b.txt", floodStory)}
	ix, err := retrieval.Build(ctx, stories, emb, retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := IndexChunks(ix)
	if err != nil {
		t.Fatal(err)
	}
	const fact = "The attorney general raised the death toll from 18 to 31."
	damaged := ""
	for i := range chunks {
		if strings.Contains(chunks[i].Text, fact) {
			chunks[i].Text = strings.Replace(chunks[i].Text, "31", "13", 1)
			damaged = chunks[i].ID
		}
	}
	if damaged == "" {
		t.Fatal("no chunk holds the fact")
	}
	if _, err := c.Sync(ctx, chunks); err != nil {
		t.Fatal(err)
	}
	log := &syncLog{}
	rs := retrieval.NewRemoteSearcher(ix, &Remote{Client: c, Salt: Salt(emb.ID(), ix.Options().Chunk)},
		retrieval.RemoteOptions{}, slog.New(slog.NewTextHandler(log, nil)))
	res, err := rs.Search(ctx, "death toll raised attorney general", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range res.Hits {
		if strings.HasPrefix(h.Chunk.ID, "a.txt#") && strings.Contains(h.Story.Text[h.Chunk.Start:h.Chunk.End], fact) {
			t.Errorf("hit %s cited though Weaviate holds other text for it", h.Chunk.ID)
		}
	}
	if !strings.Contains(log.String(), "dropping a hit") || !strings.Contains(log.String(), damaged) {
		t.Errorf("the dropped hit %s is not logged:\n%s", damaged, log)
	}
}
