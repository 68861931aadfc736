package live

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/story/storytest"
)

// writeSynthetic writes n synthetic stories (storytest.Stories) into dir.
func writeSynthetic(tb testing.TB, dir string, n int) {
	tb.Helper()
	storytest.Write(tb, dir, storytest.Stories(n))
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkStartup measures what serve does at start: load the corpus
// and open the index, cold (no snapshot: chunk, embed with the offline
// hash embedder, save) and warm (from the snapshot). heap-MB is the live
// heap the stories and index hold. Run:
//
//	go test -run XXX -bench Startup -benchtime 1x ./live
func BenchmarkStartup(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		corpus := b.TempDir()
		writeSynthetic(b, corpus, n)
		data := b.TempDir()
		emb := retrieval.NewHashEmbedder(0)
		open := func(b *testing.B) *retrieval.Index {
			stories, err := story.Load(os.DirFS(corpus), nil)
			if err != nil {
				b.Fatal(err)
			}
			ix, err := retrieval.Open(context.Background(), data, stories, emb, retrieval.DefaultOptions(), nil)
			if err != nil {
				b.Fatal(err)
			}
			return ix
		}
		b.Run(fmt.Sprintf("stories=%d/cold", n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				os.Remove(filepath.Join(data, retrieval.SnapshotFile))
				before := heapInUse()
				b.StartTimer()
				ix := open(b)
				b.StopTimer()
				b.ReportMetric(float64(heapInUse()-before)/(1<<20), "heap-MB")
				b.ReportMetric(float64(ix.Stats().Chunks), "chunks")
				runtime.KeepAlive(ix)
				b.StartTimer()
			}
		})
		b.Run(fmt.Sprintf("stories=%d/warm", n), func(b *testing.B) {
			open(b) // make sure the snapshot exists
			for b.Loop() {
				b.StopTimer()
				before := heapInUse()
				b.StartTimer()
				ix := open(b)
				b.StopTimer()
				if !ix.Stats().Loaded {
					b.Fatal("warm start did not use the snapshot")
				}
				b.ReportMetric(float64(heapInUse()-before)/(1<<20), "heap-MB")
				runtime.KeepAlive(ix)
				b.StartTimer()
			}
		})
		// One story edited: a reload re-reads the corpus, re-embeds the
		// changed chunks only, saves, swaps.
		b.Run(fmt.Sprintf("stories=%d/reload-one-edit", n), func(b *testing.B) {
			ix := open(b)
			r := New(Options{Dir: corpus, DataDir: data, Embedder: emb, Index: retrieval.DefaultOptions()}, ix)
			edit := editor(b, corpus)
			for b.Loop() {
				edit()
				if err := r.Reload(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// liveCorpus writes n synthetic stories and opens their index (saving
// the snapshot), as serve does at start.
func liveCorpus(b *testing.B, n int) (corpus, data string, ix *retrieval.Index) {
	corpus, data = b.TempDir(), b.TempDir()
	writeSynthetic(b, corpus, n)
	stories, err := story.Load(os.DirFS(corpus), nil)
	if err != nil {
		b.Fatal(err)
	}
	ix, err = retrieval.Open(context.Background(), data, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	return corpus, data, ix
}

// firstStory is the synthetic corpus's story the benchmarks edit.
var firstStory = storytest.Source(0)

// editor rewrites the first story of the synthetic corpus, differently
// each time (a sentence added at its end), with b's timer stopped.
func editor(b *testing.B, corpus string) (edit func()) {
	b.Helper()
	p := filepath.Join(corpus, filepath.FromSlash(firstStory))
	orig, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	return func() {
		b.StopTimer()
		defer b.StartTimer()
		i++
		if err := os.WriteFile(p, append(orig, fmt.Sprintf(" Edit number %d.", i)...), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLiveUpdate is what a running server does after the watcher
// sees one story edited: read that file again, update the index story by
// story (embed the edited story's new chunks, patch the vector collection
// and BM25) and swap it in. The snapshot is written in the background
// afterwards (not timed; waited for between iterations). Run:
//
//	go test -run '^$' -bench 'Live' -benchtime 10x ./live
func BenchmarkLiveUpdate(b *testing.B) { benchLiveUpdate(b, false) }

// BenchmarkLiveRescan is BenchmarkLiveUpdate after SIGHUP: the whole
// corpus is read again (every file) before the same per-story update.
func BenchmarkLiveRescan(b *testing.B) { benchLiveUpdate(b, true) }

// largeBench adds stories=100000 to BenchmarkLiveUpdate and
// BenchmarkLiveRescan. It is a flag, not a size always listed, because
// -bench 'stories=10000' would match stories=100000 too, and setting up
// 100,000 stories (writing the files, building and saving an index of
// about 730,000 chunks, over 1 GB of vectors) takes over a minute. Run:
//
//	go test -run '^$' -bench 'LiveUpdate/stories=100000' -benchtime 5x ./live -args -live.large
var largeBench = flag.Bool("live.large", false, "also run the live-update benchmarks at 100,000 stories")

func benchLiveUpdate(b *testing.B, rescan bool) {
	sizes := []int{1000, 10000}
	if *largeBench {
		sizes = append(sizes, 100000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("stories=%d", n), func(b *testing.B) {
			corpus, data, ix := liveCorpus(b, n)
			var swapped *retrieval.Index
			r := New(Options{Dir: corpus, DataDir: data, Embedder: ix.Embedder(), Index: retrieval.DefaultOptions(),
				Swap: func(ix *retrieval.Index) { swapped = ix }}, ix)
			edit := editor(b, corpus)
			for b.Loop() {
				edit()
				reload := func() error { return r.ReloadFiles(context.Background(), []string{firstStory}) }
				if rescan {
					reload = func() error { return r.Reload(context.Background()) }
				}
				if err := reload(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if swapped == nil || swapped.Stats().Embedded == 0 || swapped.Stats().Embedded > 20 {
					b.Fatalf("not a one-story update: %+v", swapped.Stats())
				}
				r.WaitSaved()
				b.StartTimer()
			}
			b.ReportMetric(float64(swapped.Stats().Chunks), "chunks")
		})
	}
}

// BenchmarkLiveRebuild is the reload before per-story updates, for
// comparison: after one edited story, re-read the corpus and build the
// whole index aside (chunk every story, reuse the unchanged chunks'
// vectors from the snapshot, rebuild the vector collection and BM25,
// save), then swap.
func BenchmarkLiveRebuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("stories=%d", n), func(b *testing.B) {
			corpus, data, _ := liveCorpus(b, n)
			edit := editor(b, corpus)
			for b.Loop() {
				edit()
				stories, err := story.Load(os.DirFS(corpus), nil)
				if err != nil {
					b.Fatal(err)
				}
				ix, err := retrieval.Open(context.Background(), data, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
				if err != nil {
					b.Fatal(err)
				}
				if ix.Stats().Loaded || ix.Stats().Embedded > 20 {
					b.Fatalf("not a rebuild reusing vectors: %+v", ix.Stats())
				}
			}
		})
	}
}
