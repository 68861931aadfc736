// Package storytest makes synthetic corpora for tests and benchmarks:
// newswire-like stories of made-up words whose frequencies follow a Zipf
// law, as news text's do, the same for the same n on every machine.
package storytest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The synthetic corpus: stories of Sentences sentences of 12–24 words
// drawn from a Zipf-distributed vocabulary of Vocab made-up words. With
// the default chunking (3 sentences, overlap 1) a story makes
// ChunksPerStory chunks.
const (
	Sentences      = 21
	ChunksPerStory = 10
	Vocab          = 20000
)

// Word is the i-th word of the made-up vocabulary: syllables spelling i.
func Word(i uint64) string {
	const syl = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu"
	parts := strings.Fields(syl)
	var b strings.Builder
	for n := i + 1; n > 0; n /= uint64(len(parts)) {
		b.WriteString(parts[n%uint64(len(parts))])
	}
	return b.String()
}

// Source is the name of the i-th story: a folder per thousand, as a large
// corpus is kept ("000/story_00042.txt").
func Source(i int) string { return fmt.Sprintf("%03d/story_%05d.txt", i/1000, i) }

// Stories makes n stories, each with a dateline header.
func Stories(n int) []story.Story {
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 2, Vocab-1)
	vocab := make([]string, Vocab)
	for i := range vocab {
		vocab[i] = Word(uint64(i))
	}
	out := make([]story.Story, n)
	var b strings.Builder
	for i := range out {
		b.Reset()
		fmt.Fprintf(&b, " date 2024-01-%02d STORY: ", i%28+1)
		for range Sentences {
			words := 12 + r.IntN(13)
			for w := range words {
				word := vocab[z.Uint64()]
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				}
				b.WriteString(word)
				if w < words-1 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(".\n\n")
		}
		out[i] = story.Parse(Source(i), b.String())
	}
	return out
}

// Write writes stories into dir, each at its Source.
func Write(tb testing.TB, dir string, stories []story.Story) {
	tb.Helper()
	for _, s := range stories {
		p := filepath.Join(dir, filepath.FromSlash(s.Source))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s.Text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}
