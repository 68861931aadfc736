package story_test

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// Sentences that fill a chunk to exactly MaxBytes share one chunk.
func TestChunkFillsExactlyMaxBytes(t *testing.T) {
	txt := "Aaaa bbbb cccc. Dddd eeee ffff."
	s := story.Parse("s.txt", txt)
	chunks := story.Chunks(&s, 0, story.ChunkOptions{MaxSentences: 5, MaxBytes: len(txt)})
	if len(chunks) != 1 {
		t.Errorf("%d chunks for %d bytes with MaxBytes %d, want 1", len(chunks), len(txt), len(txt))
	}
}
