package config

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The defaults config shares are the ones Default gives: a change to one
// changes both.
func TestDefaultIsBuiltFromTheSharedDefaults(t *testing.T) {
	d := Default()
	c := story.DefaultChunkOptions
	got := []any{d.Retrieval.HashDim, d.Retrieval.ChunkSentences, d.Retrieval.ChunkBytes, d.Retrieval.ChunkOverlap,
		d.LLM.Timeout.Duration, d.LLM.EmbedTimeout.Duration, d.LLM.EmbedBatch,
		d.Weaviate.Collection, d.Weaviate.Timeout.Duration,
		d.Discord.QueueSize, d.Discord.MaxQueueWait.Duration, d.Discord.ShutdownTimeout.Duration}
	want := []any{DefaultHashDim, c.MaxSentences, c.MaxBytes, c.Overlap,
		DefaultLLMTimeout, DefaultEmbedTimeout, DefaultEmbedBatch,
		DefaultCollection, DefaultWeaviateTimeout,
		DefaultQueueSize, DefaultMaxQueueWait, DefaultShutdownTimeout}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("default %d is %v, want %v", i, got[i], want[i])
		}
	}
}
