package story

import (
	"errors"
	"fmt"

	"github.com/storybot-dev/storybot/text"
)

// Version changes whenever Load, Parse or Chunks would cut the same files
// differently, so that an index built by an older version is rebuilt (its
// vectors are reused where a chunk's text is unchanged). 2: byte-order
// marks, Markdown headings, sentences cut to MaxBytes. 3: planted passage
// blocks cut out.
const Version = 3

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
	// MaxBytes per chunk. A sentence longer than this is cut at word
	// boundaries into pieces that fit.
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
	sents := ChunkSentences(s, o.MaxBytes)
	planted := Planted(s.Text)
	var out []Chunk
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && j-i < o.MaxSentences && sents[j].End-sents[i].Start <= o.MaxBytes &&
			!crossesPlanted(sents[j-1].End, sents[j].Start, planted) {
			j++
		}
		c := Chunk{
			Story:     idx,
			Span:      Span{Start: sents[i].Start, End: sents[j-1].End},
			Sentences: sents[i:j:j],
		}
		c.ID = fmt.Sprintf("%s#%d-%d", s.Source, c.Start, c.End)
		out = append(out, c)
		if j == len(sents) {
			break
		}
		next := j - o.Overlap
		if crossesPlanted(sents[j-1].End, sents[j].Start, planted) {
			next = j // no overlap across a planted block: it ends the run
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// ChunkSentences are the sentences Chunks groups: the body's sentences
// (BodySentences), each longer than maxBytes cut at word boundaries into
// pieces that fit (maxBytes <= 0: none is cut).
func ChunkSentences(s *Story, maxBytes int) []Span {
	return fit(s.Text, BodySentences(s), maxBytes)
}

// BodySentences splits a story's body into sentences. In a Markdown story,
// heading lines ("## Rescue") are left out: they are labels, not claims,
// and must not be quoted as answers. Planted blocks (Planted) are left out
// whole: no sentence holds a byte of one.
func BodySentences(s *Story) []Span {
	planted := Planted(s.Text)
	sentences := func(from, to int) []Span {
		if planted == nil {
			return text.Sentences(s.Text, from, to)
		}
		var out []Span
		for _, part := range outside(from, to, planted) {
			out = append(out, text.Sentences(s.Text, part.Start, part.End)...)
		}
		return out
	}
	if !IsMarkdown(s.Source) {
		return sentences(s.Body, len(s.Text))
	}
	var out []Span
	from := s.Body
	for i := s.Body; i < len(s.Text); {
		line, next := lineAt(s.Text, i)
		if isHeading(line) {
			out = append(out, sentences(from, i)...)
			from = next
		}
		if next <= i {
			break
		}
		i = next
	}
	return append(out, sentences(from, len(s.Text))...)
}

// fit cuts every sentence longer than max bytes at word boundaries (the
// last space after its first half, else a rune boundary), so that no chunk
// is ever longer than max.
func fit(txt string, sents []Span, max int) []Span {
	if max <= 0 {
		return sents
	}
	long := false
	for _, sp := range sents {
		if sp.End-sp.Start > max {
			long = true
			break
		}
	}
	if !long {
		return sents
	}
	out := make([]Span, 0, len(sents)+1)
	for _, sp := range sents {
		out = text.AppendCut(out, txt, sp.Start, sp.End, max)
	}
	return out
}
