package story_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// FuzzChunks checks the splitter's and chunker's invariants on arbitrary
// text and options: no panic, spans in bounds, ordered and not
// overlapping, on rune boundaries, no text lost between sentences, and
// every chunk covering exactly its sentences.
func FuzzChunks(f *testing.F) {
	for _, s := range []string{
		"",
		" date 2023-07-26 STORY: Police retook the prison. The death toll rose to 31.",
		"The U.S. Treasury said on Feb 26 it would act. Acme Corp. rose 1.50 dlrs.",
		"  WASHINGTON, Feb 26 - The U.S. Agriculture\n  Department said it would buy\n\n  grain.",
		"Rodríguez dijo “basta.” Él salió. 東京 is big. 北京。上海。",
		`"Really?" he asked... (Yes.) Mr. J. Smith, Inc. No. 5.`,
		strings.Repeat("é", 1200),
		strings.Repeat("word ", 300) + strings.Repeat("x", 1200),
		"a.\u00a0B. c.\u2028D.\u3000E.",
		"\xff\xfe invalid. Bytes.",
	} {
		f.Add(s, uint8(3), uint16(800), uint8(1))
	}
	f.Fuzz(func(t *testing.T, txt string, maxSent uint8, maxBytes uint16, overlap uint8) {
		o := story.ChunkOptions{
			MaxSentences: int(maxSent%8) + 1,
			MaxBytes:     int(maxBytes%2000) + 1,
		}
		o.Overlap = int(overlap) % o.MaxSentences
		if err := o.Validate(); err != nil {
			t.Fatalf("derived options invalid: %v", err)
		}
		s := story.Parse("f/uzz.txt", txt)
		if s.Body < 0 || s.Body > len(txt) || s.Text != txt {
			t.Fatalf("Parse: Body %d out of range or Text changed", s.Body)
		}
		valid := utf8.ValidString(txt)
		if valid && !utf8.ValidString(s.Title) {
			t.Fatalf("Title %q is not valid UTF-8", s.Title)
		}
		if n := utf8.RuneCountInString(s.Title); n > 200 {
			t.Fatalf("Title has %d runes, over 200", n)
		}

		sents := text.Sentences(txt, s.Body, len(txt))
		prev := s.Body
		for i, sp := range sents {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(txt) {
				t.Fatalf("sentence %d %v out of order or bounds (prev end %d, len %d)", i, sp, prev, len(txt))
			}
			if sp.End-sp.Start > text.MaxSentenceBytes {
				t.Fatalf("sentence %d is %d bytes", i, sp.End-sp.Start)
			}
			if valid {
				if !utf8.RuneStart(txt[sp.Start]) || (sp.End < len(txt) && !utf8.RuneStart(txt[sp.End])) {
					t.Fatalf("sentence %d %v cuts a rune", i, sp)
				}
				r, _ := utf8.DecodeRuneInString(txt[sp.Start:sp.End])
				l, _ := utf8.DecodeLastRuneInString(txt[sp.Start:sp.End])
				if unicode.IsSpace(r) || unicode.IsSpace(l) {
					t.Fatalf("sentence %d %q is not trimmed", i, txt[sp.Start:sp.End])
				}
				// Nothing but white space is dropped between sentences.
				if gap := txt[prev:sp.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
					t.Fatalf("text %q between sentences is in no sentence", gap)
				}
			}
			prev = sp.End
		}
		if valid {
			if gap := txt[prev:]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Fatalf("text %q after the last sentence is in no sentence", gap)
			}
		}

		// The chunker's sentences are these, each cut to fit MaxBytes.
		sents = story.ChunkSentences(&s, o.MaxBytes)
		chunks := story.Chunks(&s, 3, o)
		if len(sents) > 0 && len(chunks) == 0 {
			t.Fatalf("no chunks from %d sentences", len(sents))
		}
		next := 0 // index in sents of the first sentence not yet covered
		lastFirst := -1
		for ci, c := range chunks {
			if len(c.Sentences) == 0 || len(c.Sentences) > o.MaxSentences {
				t.Fatalf("chunk %d has %d sentences (max %d)", ci, len(c.Sentences), o.MaxSentences)
			}
			if c.Story != 3 {
				t.Fatalf("chunk %d Story = %d", ci, c.Story)
			}
			if c.Start < 0 || c.End > len(txt) || c.Start != c.Sentences[0].Start || c.End != c.Sentences[len(c.Sentences)-1].End {
				t.Fatalf("chunk %d span %v does not cover exactly its sentences", ci, c.Span)
			}
			if c.End-c.Start > o.MaxBytes {
				t.Fatalf("chunk %d is %d bytes, over %d", ci, c.End-c.Start, o.MaxBytes)
			}
			// Find the chunk's first sentence among the story's.
			first := -1
			for j := max(lastFirst+1, 0); j < len(sents); j++ {
				if sents[j] == c.Sentences[0] {
					first = j
					break
				}
			}
			if first < 0 {
				t.Fatalf("chunk %d's first sentence %v is not a later sentence of the story", ci, c.Sentences[0])
			}
			for k, sp := range c.Sentences {
				if first+k >= len(sents) || sents[first+k] != sp {
					t.Fatalf("chunk %d's sentences are not consecutive story sentences", ci)
				}
			}
			if first > next {
				t.Fatalf("sentences %d..%d are in no chunk", next, first-1)
			}
			if ci > 0 && next-first > o.Overlap {
				t.Fatalf("chunk %d overlaps by %d sentences, over %d", ci, next-first, o.Overlap)
			}
			next = first + len(c.Sentences)
			lastFirst = first
		}
		if next != len(sents) {
			t.Fatalf("only %d of %d sentences are chunked", next, len(sents))
		}
	})
}
