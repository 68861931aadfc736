package story

import (
	"errors"
	"fmt"
)

// Chunk is a run of consecutive sentences of one story: the unit that is
// indexed and retrieved.
type Chunk struct {
	// ID is stable while the story's bytes do not change: source#start-end.
	ID string
	// Story indexes the story in the slice the chunk was cut from.
	Story int
	// Span covers the chunk in the story's Text, first sentence to last.
	Span
	// Sentences are the chunk's sentences, in order, as spans of the Text.
	Sentences []Span
}

// ChunkOptions says how stories are cut into chunks.
type ChunkOptions struct {
	// MaxSentences per chunk.
	MaxSentences int
	// MaxBytes per chunk; a single sentence longer than this is still one
	// chunk (sentences are already capped at MaxSentenceBytes).
	MaxBytes int
	// Overlap is how many sentences a chunk shares with the one before.
	Overlap int
}

// DefaultChunkOptions: newswire paragraphs are one or two sentences, and an
// extractive answer quotes a sentence, so chunks stay small. Three sentences
// (about 400–600 bytes of news text) keep a fact together with the sentence
// that names who or where; 800 bytes stops a run of long sentences from
// becoming a chunk too broad to rank well. One sentence of overlap means a
// fact split across a chunk boundary is still seen whole in one chunk.
var DefaultChunkOptions = ChunkOptions{MaxSentences: 3, MaxBytes: 800, Overlap: 1}

// Validate reports options that cannot chunk anything.
func (o ChunkOptions) Validate() error {
	switch {
	case o.MaxSentences < 1:
		return errors.New("chunk max sentences must be at least 1")
	case o.MaxBytes < 1:
		return errors.New("chunk max bytes must be at least 1")
	case o.Overlap < 0 || o.Overlap >= o.MaxSentences:
		return fmt.Errorf("chunk overlap must be between 0 and %d", o.MaxSentences-1)
	}
	return nil
}

// Chunks cuts a story's body into chunks; idx is the story's index, stored
// in each chunk.
func Chunks(s *Story, idx int, o ChunkOptions) []Chunk {
	sents := Sentences(s.Text, s.Body, len(s.Text))
	var out []Chunk
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && j-i < o.MaxSentences && sents[j].End-sents[i].Start <= o.MaxBytes {
			j++
		}
		c := Chunk{
			Story:     idx,
			Span:      Span{sents[i].Start, sents[j-1].End},
			Sentences: sents[i:j:j],
		}
		c.ID = fmt.Sprintf("%s#%d-%d", s.Source, c.Start, c.End)
		out = append(out, c)
		if j == len(sents) {
			break
		}
		next := j - o.Overlap
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}
