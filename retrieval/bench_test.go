package retrieval_test

import (
	"context"
	"fmt"
	"math"
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
	"github.com/storybot-dev/storybot/story/storytest"
)

var (
	benchMu      sync.Mutex
	benchIndexes = map[[2]int]*retrieval.Index{}
)

// benchIndex builds (once per size) an index of about chunks chunks.
func benchIndex(b *testing.B, chunks int) *retrieval.Index {
	return benchIndexDim(b, chunks, retrieval.DefaultHashDim)
}

// benchIndexDim builds (once per size and width) an index of chunks
// chunks with dim-dimension vectors; only the newest one is kept.
func benchIndexDim(b *testing.B, chunks, dim int) *retrieval.Index {
	benchMu.Lock()
	defer benchMu.Unlock()
	if ix, ok := benchIndexes[[2]int{chunks, dim}]; ok {
		return ix
	}
	clear(benchIndexes)
	runtime.GC()
	stories := storytest.Stories(chunks / storytest.ChunksPerStory)
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(dim), retrieval.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	if got := ix.Stats().Chunks; got != chunks {
		b.Fatalf("synthetic corpus has %d chunks, want %d", got, chunks)
	}
	benchIndexes[[2]int{chunks, dim}] = ix
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
// vector query, BM25, fusion. The dims= runs (100,000 chunks at each
// embedding width) report beside it, measured in the same run: chromem's
// raw query, a plain scan of the same vectors, int8 vectors with a float
// re-rank of the top 4n and its recall@5 against exact search, the floor
// (the vector bytes over the memory read bandwidth measured here), the
// heap per chunk and the snapshot's size.
func BenchmarkRetrieve(b *testing.B) {
	for _, dim := range []int{384, 768, 1536} {
		b.Run(fmt.Sprintf("dims=%d", dim), func(b *testing.B) { benchDims(b, 100000, dim) })
	}
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

// BenchmarkOpen is a cold start as a user waits for it: read the corpus
// from disk while the saved snapshot is read (retrieval.OpenLoading, as
// the storybot commands open), check one against the other, and build the
// searchable index. It reports the median start, the median of the
// corpus read alone (story.LoadAll, timed apart after the loop), and the
// index's memory per chunk beyond the stories' text.
func BenchmarkOpen(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			dir := b.TempDir()
			corpus := filepath.Join(dir, "corpus")
			storytest.Write(b, corpus, ix.Stories())
			data := filepath.Join(dir, "data")
			if err := ix.Save(filepath.Join(data, retrieval.SnapshotFile)); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			load := func() ([]story.Story, error) {
				stories, _, err := story.LoadAll(os.DirFS(corpus))
				return stories, err
			}
			var perChunk float64
			var startLat []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var before runtime.MemStats
				if i == 0 {
					b.StopTimer()
					runtime.GC()
					runtime.ReadMemStats(&before)
					b.StartTimer()
				}
				t0 := time.Now()
				got, err := retrieval.OpenLoading(ctx, data, load, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
				if err != nil {
					b.Fatal(err)
				}
				startLat = append(startLat, time.Since(t0))
				if !got.Stats().Loaded {
					b.Fatal("snapshot was not reused")
				}
				if i == 0 {
					b.StopTimer()
					runtime.GC()
					var after runtime.MemStats
					runtime.ReadMemStats(&after)
					// The stories' text is the corpus, not the index.
					var text int
					for _, s := range got.Stories() {
						text += len(s.Text)
					}
					perChunk = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)-int64(text)) / float64(n)
					runtime.KeepAlive(got)
					b.StartTimer()
				}
			}
			b.StopTimer()
			var loadLat []time.Duration
			for range 3 {
				t0 := time.Now()
				if _, err := load(); err != nil {
					b.Fatal(err)
				}
				loadLat = append(loadLat, time.Since(t0))
			}
			b.ReportMetric(perChunk, "B/chunk")
			reportP50(b, startLat)
			slices.Sort(loadLat)
			b.ReportMetric(float64(loadLat[len(loadLat)/2].Microseconds())/1000, "load-p50-ms")
		})
	}
}

func benchDims(b *testing.B, chunks, dim int) {
	benchMu.Lock()
	_, built := benchIndexes[[2]int{chunks, dim}]
	if !built {
		clear(benchIndexes) // so that the heap before holds no index
	}
	benchMu.Unlock()
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	ix := benchIndexDim(b, chunks, dim)
	if !built {
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		benchHeap[dim] = float64(after.HeapAlloc) - float64(before.HeapAlloc)
	}
	heap := benchHeap[dim]
	var text int
	for _, s := range ix.Stories() {
		text += len(s.Text)
	}
	snap := filepath.Join(b.TempDir(), retrieval.SnapshotFile)
	if err := ix.Save(snap); err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(snap)
	if err != nil {
		b.Fatal(err)
	}
	os.Remove(snap)
	qs := benchQueries(ix)
	emb := retrieval.NewHashEmbedder(dim)
	vecs := make([][]float32, len(qs))
	for i, q := range qs {
		vecs[i] = emb.Vector(q)
	}
	ctx := context.Background()
	const n = 20
	timeIt := func(f func(i int)) float64 {
		lat := make([]time.Duration, 0, b.N)
		for i := 0; i < max(b.N, 9); i++ {
			t0 := time.Now()
			f(i)
			lat = append(lat, time.Since(t0))
		}
		slices.Sort(lat)
		return float64(lat[len(lat)/2].Microseconds()) / 1000
	}
	b.ResetTimer()
	hybrid := timeIt(func(i int) {
		if _, err := ix.Search(ctx, qs[i%len(qs)], 5); err != nil {
			b.Fatal(err)
		}
	})
	b.StopTimer()
	chromem := timeIt(func(i int) {
		if _, err := ix.QueryVector(ctx, vecs[i%len(vecs)], n); err != nil {
			b.Fatal(err)
		}
	})
	scan := timeIt(func(i int) {
		if _, err := ix.ScanVector(ctx, vecs[i%len(vecs)], n); err != nil {
			b.Fatal(err)
		}
	})
	q8 := quantize(ix.Vectors(), dim)
	int8ms := timeIt(func(i int) { q8.search(ix.Vectors(), vecs[i%len(vecs)], n) })
	// recall@5 of int8 + re-rank against the exact scan, over all queries.
	hit, total := 0, 0
	for _, v := range vecs {
		exact, _ := ix.ScanVector(ctx, v, 5)
		got := q8.search(ix.Vectors(), v, 5)
		for _, e := range exact {
			total++
			if slices.ContainsFunc(got, func(s retrieval.Scored) bool { return s.Doc == e.Doc }) {
				hit++
			}
		}
	}
	// The floor: reading every vector once, at the bandwidth of a plain
	// sequential read of the same block measured now.
	block := make([]uint64, chunks*dim/2)
	for i := range block {
		block[i] = uint64(i)
	}
	read := timeIt(func(int) {
		var s uint64
		for _, x := range block {
			s += x
		}
		sink = s
	})
	b.ReportMetric(hybrid, "p50-ms")
	b.ReportMetric(chromem, "chromem-p50-ms")
	b.ReportMetric(scan, "scan-p50-ms")
	b.ReportMetric(int8ms, "int8-p50-ms")
	b.ReportMetric(float64(hit)/float64(total), "int8-recall@5")
	b.ReportMetric(read, "floor-ms")
	b.ReportMetric((heap-float64(text))/float64(chunks), "heap-B/chunk")
	b.ReportMetric(float64(st.Size())/(1<<20), "snapshot-MB")
}

var sink uint64

// benchHeap is the heap an index of each width took when it was built.
var benchHeap = map[int]float64{}

// int8Index is the reduced-precision candidate: every vector scaled to
// int8 by its largest component, scored with integer dot products; the
// top 4n are re-ranked with the float vectors.
type int8Index struct {
	dim   int
	codes []int8
	scale []float32
}

func quantize(vecs [][]float32, dim int) *int8Index {
	q := &int8Index{dim: dim, codes: make([]int8, len(vecs)*dim), scale: make([]float32, len(vecs))}
	for i, v := range vecs {
		var m float32
		for _, x := range v {
			m = max(m, x, -x)
		}
		if m == 0 {
			m = 1
		}
		q.scale[i] = m / 127
		for j, x := range v {
			q.codes[i*dim+j] = int8(math.Round(float64(x / m * 127)))
		}
	}
	return q
}

func (q *int8Index) search(vecs [][]float32, v []float32, n int) []retrieval.Scored {
	var m float32
	for _, x := range v {
		m = max(m, x, -x)
	}
	qc := make([]int32, q.dim)
	for j, x := range v {
		qc[j] = int32(math.Round(float64(x / m * 127)))
	}
	k := 4 * n
	cand := make([]retrieval.Scored, 0, k+1)
	for i := range q.scale {
		c := q.codes[i*q.dim : (i+1)*q.dim]
		var s int32
		for j, x := range c {
			s += int32(x) * qc[j]
		}
		sc := float64(s) * float64(q.scale[i])
		if len(cand) == k && sc <= cand[len(cand)-1].Score {
			continue
		}
		p, _ := slices.BinarySearchFunc(cand, sc, func(a retrieval.Scored, t float64) int {
			if a.Score > t {
				return -1
			}
			return 1
		})
		cand = slices.Insert(cand, p, retrieval.Scored{Doc: i, Score: sc})
		if len(cand) > k {
			cand = cand[:k]
		}
	}
	for i := range cand {
		var s float32
		for j, x := range vecs[cand[i].Doc] {
			s += x * v[j]
		}
		cand[i].Score = float64(s)
	}
	slices.SortFunc(cand, func(a, b retrieval.Scored) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return a.Doc - b.Doc
	})
	return cand[:min(n, len(cand))]
}
