package live

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Questions asked during a stream of per-story updates (one story edited
// back and forth, others added and deleted) all succeed on a whole index;
// the snapshot on disk is readable at every moment of it; and once the
// stream ends the snapshot is that of the corpus as it is. Run with -race.
func TestQuestionsDuringUpdateStream(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival, "bridge.txt": bridge}, nil)
	snap := filepath.Join(f.r.opts.DataDir, retrieval.SnapshotFile)
	ctx, cancel := context.WithCancel(context.Background())
	var asked, reads atomic.Int64
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				a, err := f.bot.Ask(context.Background(), bot.Question{Text: qFestival})
				asked.Add(1)
				if err != nil || !strings.Contains(a.Text, "4,200") && !strings.Contains(a.Text, "9,900") {
					t.Errorf("Ask during updates = %+v, %v; want the old or the new number", a, err)
					return
				}
				if a, err := f.bot.Ask(context.Background(), bot.Question{Text: qBridge}); err != nil || !strings.Contains(a.Text, "2019") {
					t.Errorf("unchanged story during updates: %+v %v", a, err)
					return
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			if _, err := retrieval.ReadSnapshot(snap); err != nil {
				t.Errorf("snapshot on disk during updates: %v", err)
				return
			}
			reads.Add(1)
		}
	}()
	var once sync.Once
	stop := func() { once.Do(func() { cancel(); wg.Wait() }) }
	defer stop()
	// Each update waits until the askers and the reader have made progress
	// since the one before, so they overlap the stream on any machine.
	progressed := func(a, r int64) {
		t.Helper()
		guard, cancelGuard := context.WithTimeout(context.Background(), 30*time.Second) // a guard, not a measurement
		defer cancelGuard()
		for asked.Load() <= a || reads.Load() <= r {
			select {
			case <-guard.Done():
				t.Fatal("the askers and the reader made no progress")
			case <-time.After(time.Millisecond):
			}
		}
	}
	for i := range 24 {
		progressed(asked.Load(), reads.Load())
		var name string
		switch i % 4 {
		case 0, 2:
			name = "festival.txt"
			body := festival
			if i/2%2 == 0 {
				body = festival2
			}
			write(t, filepath.Join(f.dir, name), body)
		case 1:
			name = fmt.Sprintf("extra/%02d.txt", i)
			write(t, filepath.Join(f.dir, filepath.FromSlash(name)), fmt.Sprintf("The Narvel mill number %d reopened on Monday.\n\nIt employs %d people.\n", i, 10+i))
		case 3:
			name = fmt.Sprintf("extra/%02d.txt", i-2)
			if err := os.Remove(filepath.Join(f.dir, filepath.FromSlash(name))); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.r.ReloadFiles(context.Background(), []string{name}); err != nil {
			t.Fatalf("update %d (%s): %v", i, name, err)
		}
		if r := <-f.results; !r.Swapped {
			t.Fatalf("update %d (%s) did not swap: %+v", i, name, r)
		}
	}
	// End on a corpus unlike the first, so the snapshot must have followed.
	write(t, filepath.Join(f.dir, "extra", "last.txt"), "The Narvel mill closed for good on Friday.\n")
	if err := f.r.ReloadFiles(context.Background(), []string{"extra/last.txt"}); err != nil {
		t.Fatal(err)
	}
	<-f.results
	stop()
	f.r.WaitSaved()
	t.Logf("%d questions and %d snapshot reads during 24 updates", asked.Load(), reads.Load())
	if asked.Load() == 0 || reads.Load() == 0 {
		t.Error("nothing was asked or read during the updates")
	}
	stories, err := story.Load(os.DirFS(f.dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Open(context.Background(), f.r.opts.DataDir, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil || !ix.Stats().Loaded {
		t.Fatalf("the snapshot after the updates is not the corpus's: %v, loaded %v", err, err == nil && ix.Stats().Loaded)
	}
	if got := f.bot.Index().(*retrieval.Index).Fingerprint(); got != ix.Fingerprint() {
		t.Error("the serving index's fingerprint is not the corpus's")
	}
}

// A watched edit re-reads only the edited file: ReloadFiles with a name
// that is not there deletes that story, with one that does not load keeps
// its last good version, and never empties the index.
func TestReloadFilesRules(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival, "bridge.txt": bridge}, nil)
	ctx := context.Background()
	write(t, filepath.Join(f.dir, "festival.txt"), "")
	if err := f.r.ReloadFiles(ctx, []string{"festival.txt"}); err != nil {
		t.Fatal(err)
	}
	if r := <-f.results; len(r.Kept) != 1 || r.Swapped {
		t.Fatalf("a story emptied: %+v, want it kept and no swap", r)
	}
	f.wantAnswer(qFestival, "festival.txt", "4,200")
	if err := os.Remove(filepath.Join(f.dir, "bridge.txt")); err != nil {
		t.Fatal(err)
	}
	if err := f.r.ReloadFiles(ctx, []string{"bridge.txt"}); err != nil {
		t.Fatal(err)
	}
	<-f.results
	f.wantNotFound(qBridge)
	for _, name := range []string{"festival.txt", "seed.txt"} {
		if err := os.Remove(filepath.Join(f.dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.r.ReloadFiles(ctx, []string{"festival.txt", "seed.txt"}); err == nil {
		t.Fatal("deleting the last stories emptied the index")
	}
	<-f.results
	f.wantAnswer(qFestival, "festival.txt", "4,200")
}

// Of several files reloaded together, an earlier one that changed is
// applied though a later one did not change.
func TestReloadFilesKeepsAnEarlierChange(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival, "bridge.txt": bridge}, nil)
	write(t, filepath.Join(f.dir, "bridge.txt"), strings.Replace(bridge, "2019", "2021", 1))
	// bridge.txt comes before festival.txt, which is as it was.
	if err := f.r.ReloadFiles(context.Background(), []string{"bridge.txt", "festival.txt"}); err != nil {
		t.Fatal(err)
	}
	if r := <-f.results; !r.Swapped {
		t.Fatalf("reload %+v: the edit of bridge.txt was not applied", r)
	}
	f.wantAnswer(qBridge, "bridge.txt", "2021")
}

// A reload under other chunking options than the serving index was made
// with builds the index anew with the new chunking: an update story by
// story would mix chunks of both.
func TestReloadAcrossAChunkingChange(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival, "bridge.txt": bridge}, nil)
	ix := f.bot.Index().(*retrieval.Index)
	opts := retrieval.DefaultOptions()
	opts.Chunk.MaxSentences, opts.Chunk.Overlap = 1, 0
	if opts.Chunk == ix.Options().Chunk {
		t.Fatal("test setup: the chunking did not change")
	}
	r := New(Options{Dir: f.dir, DataDir: t.TempDir(), Embedder: ix.Embedder(), Index: opts,
		Swap: func(ix *retrieval.Index) { f.bot.SetIndex(ix) }, Log: slog.New(f.logs)}, ix)
	t.Cleanup(r.WaitSaved)
	write(t, filepath.Join(f.dir, "bridge.txt"), strings.Replace(bridge, "2019", "2021", 1))
	if err := r.ReloadFiles(context.Background(), []string{"bridge.txt"}); err != nil {
		t.Fatal(err)
	}
	got := f.bot.Index().(*retrieval.Index)
	fresh, err := retrieval.Build(context.Background(), got.Stories(), ix.Embedder(), opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Options().Chunk != opts.Chunk || len(got.Chunks()) != len(fresh.Chunks()) {
		t.Errorf("after the reload: chunking %+v with %d chunks; a fresh build with %+v has %d",
			got.Options().Chunk, len(got.Chunks()), opts.Chunk, len(fresh.Chunks()))
	}
}
