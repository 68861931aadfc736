package retrieval_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// The synthetic corpus: stories of 21 sentences of 12–24 words drawn from
// a Zipf-distributed vocabulary of 20,000 made-up words, so term
// frequencies look like news text. With the default chunking (3 sentences,
// overlap 1) a story makes 10 chunks.
const (
	synthSentences = 21
	synthChunks    = 10
	synthVocab     = 20000
)

func synthWord(i uint64) string {
	const syl = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu"
	parts := strings.Fields(syl)
	var b strings.Builder
	for n := i + 1; n > 0; n /= uint64(len(parts)) {
		b.WriteString(parts[n%uint64(len(parts))])
	}
	return b.String()
}

// synthStories makes n stories, deterministically.
func synthStories(n int) []story.Story {
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 2, synthVocab-1)
	vocab := make([]string, synthVocab)
	for i := range vocab {
		vocab[i] = synthWord(uint64(i))
	}
	out := make([]story.Story, n)
	var b strings.Builder
	for i := range out {
		b.Reset()
		fmt.Fprintf(&b, " date 2024-01-%02d STORY: ", i%28+1)
		for s := 0; s < synthSentences; s++ {
			words := 12 + r.IntN(13)
			for w := 0; w < words; w++ {
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
		out[i] = story.Parse(fmt.Sprintf("synth/%05d.txt", i), b.String())
	}
	return out
}

var (
	benchMu      sync.Mutex
	benchIndexes = map[int]*retrieval.Index{}
)

// benchIndex builds (once per size) an index of about chunks chunks.
func benchIndex(b *testing.B, chunks int) *retrieval.Index {
	benchMu.Lock()
	defer benchMu.Unlock()
	if ix, ok := benchIndexes[chunks]; ok {
		return ix
	}
	stories := synthStories(chunks / synthChunks)
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	if got := ix.Stats().Chunks; got != chunks {
		b.Fatalf("synthetic corpus has %d chunks, want %d", got, chunks)
	}
	benchIndexes[chunks] = ix
	return ix
}

// benchQueries are questions built from the corpus's own words, some
// common and some rare, as a reader's would be.
func benchQueries(ix *retrieval.Index) []string {
	r := rand.New(rand.NewPCG(3, 4))
	chunks := ix.Chunks()
	stories := ix.Stories()
	out := make([]string, 64)
	for i := range out {
		c := chunks[r.IntN(len(chunks))]
		words := strings.Fields(stories[c.Story].Text[c.Start:c.End])
		j := r.IntN(len(words) - 6)
		out[i] = "What about " + strings.Join(words[j:j+6], " ") + "?"
	}
	return out
}

var benchSizes = []int{1000, 10000, 100000}

// reportP50 adds the median latency, which a mean over few slow
// iterations would hide.
func reportP50(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkRetrieve is the whole hybrid search: embed the query, chromem's
// vector query, BM25, fusion.
func BenchmarkRetrieve(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			qs := benchQueries(ix)
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := ix.Search(ctx, qs[i%len(qs)], 5); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			reportP50(b, lat)
		})
	}
}

// BenchmarkBM25 is the keyword side alone.
func BenchmarkBM25(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			qs := benchQueries(ix)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ix.SearchKeywords(qs[i%len(qs)], 20)
			}
		})
	}
}

// BenchmarkChromemQuery is chromem-go's own query over the same vectors,
// the yardstick for BenchmarkRetrieve.
func BenchmarkChromemQuery(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			qs := benchQueries(ix)
			emb := retrieval.NewHashEmbedder(0)
			vecs := make([][]float32, len(qs))
			for i, q := range qs {
				vecs[i] = emb.Vector(q)
			}
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := ix.QueryVector(ctx, vecs[i%len(vecs)], 20); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			reportP50(b, lat)
		})
	}
}

// BenchmarkOpen is a cold start: read the corpus from disk, check it
// against the saved snapshot, load the snapshot, and build the searchable
// index. It also reports the index's memory per chunk beyond the stories'
// text.
func BenchmarkOpen(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			dir := b.TempDir()
			corpus := filepath.Join(dir, "corpus")
			for _, s := range ix.Stories() {
				p := filepath.Join(corpus, filepath.FromSlash(s.Source))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					b.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(s.Text), 0o644); err != nil {
					b.Fatal(err)
				}
			}
			data := filepath.Join(dir, "data")
			if err := ix.Save(filepath.Join(data, retrieval.SnapshotFile)); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			var perChunk float64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				stories, err := story.Load(os.DirFS(corpus), nil)
				if err != nil {
					b.Fatal(err)
				}
				var before runtime.MemStats
				if i == 0 {
					b.StopTimer()
					runtime.GC()
					runtime.ReadMemStats(&before)
					b.StartTimer()
				}
				got, err := retrieval.Open(ctx, data, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
				if err != nil {
					b.Fatal(err)
				}
				if !got.Stats().Loaded {
					b.Fatal("snapshot was not reused")
				}
				if i == 0 {
					b.StopTimer()
					runtime.GC()
					var after runtime.MemStats
					runtime.ReadMemStats(&after)
					perChunk = float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
					runtime.KeepAlive(got)
					b.StartTimer()
				}
			}
			b.ReportMetric(perChunk, "B/chunk")
		})
	}
}
