package live

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Stories with words found nowhere else, so each question has one answer.
const (
	festival   = "The Zorblax festival in Quentaro drew 4,200 visitors this spring.\n\nOrganisers said the parade lasted three hours.\n"
	festival2  = "The Zorblax festival in Quentaro drew 9,900 visitors this spring.\n\nOrganisers said the parade lasted three hours.\n"
	bridge     = "The Vellmora bridge opened in 2019 after nine years of work.\n\nIt spans the Ostrig river.\n"
	lighthouse = "The Karnwick lighthouse was painted red by volunteers in August.\n"

	qFestival   = "How many visitors did the Zorblax festival in Quentaro draw?"
	qBridge     = "When did the Vellmora bridge open?"
	qLighthouse = "Who painted the Karnwick lighthouse?"
)

type testLogHandler struct {
	t     *testing.T
	mu    sync.Mutex
	warns []string
}

func (h *testLogHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *testLogHandler) Handle(_ context.Context, r slog.Record) error {
	msg := r.Message
	r.Attrs(func(a slog.Attr) bool { msg += " " + a.String(); return true })
	if r.Level >= slog.LevelWarn {
		h.mu.Lock()
		h.warns = append(h.warns, msg)
		h.mu.Unlock()
	}
	h.t.Log(r.Level, msg)
	return nil
}
func (h *testLogHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *testLogHandler) WithGroup(string) slog.Handler      { return h }

func (h *testLogHandler) warned(substr string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, w := range h.warns {
		if strings.Contains(w, substr) {
			return true
		}
	}
	return false
}

type fixture struct {
	t       *testing.T
	dir     string
	bot     *bot.Bot
	r       *Reloader
	results chan Result
	logs    *testLogHandler
}

// newFixture writes files into a fresh corpus directory (with the seed
// story too), builds the index as serve does and a Reloader over it.
func newFixture(t *testing.T, files map[string]string, emb retrieval.Embedder) *fixture {
	t.Helper()
	dir := t.TempDir()
	seed, err := fs.ReadFile(storybot.DefaultCorpus(), "000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	files["seed.txt"] = string(seed)
	for name, body := range files {
		write(t, filepath.Join(dir, name), body)
	}
	logs := &testLogHandler{t: t}
	log := slog.New(logs)
	stories, err := story.Load(os.DirFS(dir), log)
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	hash := retrieval.NewHashEmbedder(0)
	ix, err := retrieval.Open(context.Background(), data, stories, hash, retrieval.DefaultOptions(), log)
	if err != nil {
		t.Fatal(err)
	}
	if emb == nil {
		emb = hash
	}
	f := &fixture{t: t, dir: dir, results: make(chan Result, 100), logs: logs}
	f.bot = bot.New(ix, nil, bot.DefaultOptions(), log)
	f.r = New(Options{
		Dir: dir, DataDir: data, Embedder: emb, Index: retrieval.DefaultOptions(),
		Swap: func(ix *retrieval.Index) { f.bot.SetIndex(ix) }, Debounce: 30 * time.Millisecond, Log: log,
		OnReload: func(r Result) { f.results <- r },
	}, ix)
	t.Cleanup(f.r.WaitSaved) // before the data directory is removed
	return f
}

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// run runs the Reloader's watcher until the test ends.
func (f *fixture) run() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.r.Run(ctx) }()
	f.t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			f.t.Errorf("Run: %v", err)
		}
	})
}

// waitSwap waits for the next reload that swapped an index in. Reloads
// that found nothing new (an event burst split across two debounce
// windows) are passed over.
func (f *fixture) waitSwap() Result {
	f.t.Helper()
	return f.waitFor(func(r Result) bool { return r.Swapped || r.Err != nil })
}

// waitFor waits for the next reload whose result satisfies ok.
func (f *fixture) waitFor(ok func(Result) bool) Result {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case r := <-f.results:
			if ok(r) {
				return r
			}
		case <-deadline:
			f.t.Fatal("no reload within 10s of the change")
		}
	}
}

// ask returns the answer text and the sources it cites.
func (f *fixture) ask(q string) (string, []string) {
	f.t.Helper()
	a, err := f.bot.Ask(context.Background(), bot.Question{Text: q})
	if err != nil {
		f.t.Fatalf("Ask(%q): %v", q, err)
	}
	var srcs []string
	for _, c := range a.Citations {
		srcs = append(srcs, c.Source)
	}
	return a.Text, srcs
}

func (f *fixture) wantAnswer(q, source, contains string) {
	f.t.Helper()
	text, srcs := f.ask(q)
	if !strings.Contains(text, contains) || len(srcs) == 0 || srcs[0] != source {
		f.t.Errorf("Ask(%q) = %q citing %v; want it to say %q citing %s", q, text, srcs, contains, source)
	}
}

func (f *fixture) wantNotFound(q string) {
	f.t.Helper()
	if text, srcs := f.ask(q); text != bot.NotFound {
		f.t.Errorf("Ask(%q) = %q citing %v; want %q", q, text, srcs, bot.NotFound)
	}
}

func TestWatcherFollowsAddEditDelete(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival}, nil)
	f.run()

	f.wantAnswer(qFestival, "festival.txt", "4,200")
	f.wantNotFound(qBridge)

	// Add.
	write(t, filepath.Join(f.dir, "bridge.txt"), bridge)
	if r := f.waitSwap(); r.Err != nil || r.Stories != 3 {
		t.Fatalf("after add: %+v, want 3 stories", r)
	}
	f.wantAnswer(qBridge, "bridge.txt", "2019")

	// Edit.
	write(t, filepath.Join(f.dir, "festival.txt"), festival2)
	f.waitSwap()
	f.wantAnswer(qFestival, "festival.txt", "9,900")
	if text, _ := f.ask(qFestival); strings.Contains(text, "4,200") {
		t.Errorf("edited story still answers with the old number: %q", text)
	}

	// Delete.
	if err := os.Remove(filepath.Join(f.dir, "bridge.txt")); err != nil {
		t.Fatal(err)
	}
	if r := f.waitSwap(); r.Stories != 2 {
		t.Errorf("after delete: %+v, want 2 stories", r)
	}
	f.wantNotFound(qBridge)

	// A new subdirectory with a story in it is watched too.
	write(t, filepath.Join(f.dir, "2024", "august", "lighthouse.txt"), lighthouse)
	f.waitSwap()
	f.wantAnswer(qLighthouse, "2024/august/lighthouse.txt", "volunteers")
	write(t, filepath.Join(f.dir, "2024", "august", "bridge.md"), bridge)
	f.waitSwap()
	f.wantAnswer(qBridge, "2024/august/bridge.md", "2019")

	// A broken edit (not UTF-8) keeps the story's last good version, so
	// the index does not change; a broken new file is left out.
	write(t, filepath.Join(f.dir, "festival.txt"), "The Zorblax festival \xff\xfe drew nobody.")
	write(t, filepath.Join(f.dir, "broken-new.txt"), "\xff\xfe")
	r := f.waitFor(func(r Result) bool { return len(r.Kept) > 0 && len(r.Skipped) > 0 })
	if r.Swapped || r.Err != nil {
		t.Errorf("broken files: %+v, want the index unchanged", r)
	}
	if strings.Join(r.Kept, ",") != "festival.txt" || strings.Join(r.Skipped, ",") != "broken-new.txt" {
		t.Errorf("kept %v, skipped %v; want festival.txt kept and broken-new.txt skipped", r.Kept, r.Skipped)
	}
	f.wantAnswer(qFestival, "festival.txt", "9,900")
	if !f.logs.warned("last good version keeps serving source=festival.txt") {
		t.Error("no warning naming the broken file")
	}

	// SIGHUP: Trigger reloads without a file event (here: nothing changed).
	f.r.Trigger()
	select {
	case r := <-f.results:
		if r.Err != nil || r.Swapped {
			t.Errorf("triggered reload of an unchanged corpus: %+v, want unchanged", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Trigger did not reload")
	}
}

func TestBrokenCorpusKeepsLastGoodIndex(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(t *testing.T, dir string)
		want   string
	}{
		{"every file deleted", func(t *testing.T, dir string) {
			for _, n := range []string{"festival.txt", "seed.txt"} {
				if err := os.Remove(filepath.Join(dir, n)); err != nil {
					t.Fatal(err)
				}
			}
		}, "holds no story files"},
		{"directory gone", func(t *testing.T, dir string) {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}, "couldn't read corpus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, map[string]string{"festival.txt": festival}, nil)
			before := f.bot.Index()
			tt.break_(t, f.dir)
			err := f.r.Reload(context.Background())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Reload = %v, want an error containing %q", err, tt.want)
			}
			if f.bot.Index() != before {
				t.Error("the index was swapped for a broken corpus")
			}
			f.wantAnswer(qFestival, "festival.txt", "4,200")
			if !f.logs.warned("last good index keeps serving") {
				t.Error("no warning")
			}
		})
	}
}

// failingEmbedder is an embedder that is down.
type failingEmbedder struct{}

func (failingEmbedder) ID() string { return "down-v1" }
func (failingEmbedder) Embed(context.Context, []string) ([][]float32, error) {
	return nil, errors.New("connection refused")
}

func TestFailedBuildKeepsLastGoodIndex(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival}, failingEmbedder{})
	write(t, filepath.Join(f.dir, "bridge.txt"), bridge)
	err := f.r.Reload(context.Background())
	if err == nil || !strings.Contains(err.Error(), "couldn't build the new index") {
		t.Fatalf("Reload = %v, want the build failure", err)
	}
	f.wantAnswer(qFestival, "festival.txt", "4,200")
	f.wantNotFound(qBridge)
}

// Questions asked while indexes are swapped all succeed, each on a whole
// index, old or new. Run with -race.
func TestQuestionsDuringSwapsAllSucceed(t *testing.T) {
	f := newFixture(t, map[string]string{"festival.txt": festival, "bridge.txt": bridge}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	var asked, failed, wrong atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				a, err := f.bot.Ask(context.Background(), bot.Question{Text: qFestival})
				asked.Add(1)
				switch {
				case err != nil:
					failed.Add(1)
					t.Errorf("Ask during swap: %v", err)
				case !strings.Contains(a.Text, "4,200") && !strings.Contains(a.Text, "9,900"):
					wrong.Add(1)
					t.Errorf("Ask during swap = %q, want the old or the new number", a.Text)
				}
				// Bridge answers must always be there: it never changes.
				if a, err := f.bot.Ask(context.Background(), bot.Question{Text: qBridge}); err != nil || !strings.Contains(a.Text, "2019") {
					failed.Add(1)
					t.Errorf("unchanged story during swap: %v %v", a, err)
				}
			}
		}()
	}
	var once sync.Once
	stop := func() { once.Do(func() { cancel(); wg.Wait() }) }
	defer stop() // a failed swap below must not leave askers running past the test
	const swaps = 6
	for i := range swaps {
		body := festival
		if i%2 == 0 {
			body = festival2
		}
		write(t, filepath.Join(f.dir, "festival.txt"), body)
		if err := f.r.Reload(context.Background()); err != nil {
			t.Fatalf("swap %d: %v", i, err)
		}
		if r := <-f.results; !r.Swapped {
			t.Fatalf("swap %d did not swap: %+v", i, r)
		}
	}
	stop()
	t.Logf("%d questions during %d swaps: %d failed, %d wrong", asked.Load(), swaps, failed.Load(), wrong.Load())
	if asked.Load() == 0 {
		t.Error("no question was asked during the swaps")
	}
}
