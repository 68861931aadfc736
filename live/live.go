// Package live keeps a running bot's index in step with its corpus
// directory: it watches the directory tree, rebuilds the index aside when
// stories are added, changed or removed (or when asked, on SIGHUP), and
// swaps the new index in atomically. A reload that cannot produce a good
// index leaves the last good one serving.
//
// What counts as broken, and what happens:
//   - A file that cannot be loaded (empty, not UTF-8, too large,
//     unreadable; story.Load skips it) keeps its last good version when it
//     had one: a story half-written by an editor, or damaged, goes on
//     answering as it was. A new file that is broken is left out. Either
//     way the reload goes ahead with every other change, and a warning
//     names the file.
//   - A corpus that is missing, unreadable, or holds no story files at all
//     (an unmounted volume, a deleted directory) is not taken as "delete
//     every story": the last good index keeps serving, with a warning.
//   - A build that fails (the embedder is down, nothing to index) keeps
//     the last good index serving, with a warning; the next change or
//     SIGHUP tries again.
package live

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// DefaultDebounce is how long the corpus must be quiet before a reload: a
// `git pull`, an rsync or an editor's save-by-rename is a burst of events
// within a few hundred milliseconds, and one rebuild per burst is enough.
const DefaultDebounce = time.Second

// Options configure a Reloader.
type Options struct {
	// Dir is the corpus directory on disk.
	Dir string
	// DataDir is where the index snapshot lives (as for retrieval.Open); a
	// reload reuses the vectors of unchanged chunks from it. It may be
	// read-only: the new index is then kept in memory only.
	DataDir string
	// Embedder and Index must be those the serving index was built with.
	Embedder retrieval.Embedder
	Index    retrieval.Options
	// Swap installs a new index, atomically (bot.(*Bot).SetIndex).
	Swap func(*retrieval.Index)
	// Debounce is the quiet time before a reload; 0 means DefaultDebounce.
	Debounce time.Duration
	// OnReload, if set, is told the result of every reload.
	OnReload func(Result)
	Log      *slog.Logger
}

// Result describes one reload.
type Result struct {
	// Swapped is true when a new index went in.
	Swapped bool
	// Unchanged is true when the corpus was as already indexed.
	Unchanged bool
	// Stories is how many stories the serving index holds afterwards.
	Stories int
	// Kept lists files that could not be loaded and kept their last good
	// version; Skipped lists new broken files that were left out.
	Kept, Skipped []string
	// Err says why the last good index was kept, when it was.
	Err  error
	Took time.Duration
}

// Reloader rebuilds and swaps the index. Reloads never overlap.
type Reloader struct {
	opts    Options
	log     *slog.Logger
	trigger chan struct{}

	mu      sync.Mutex // serializes reloads and guards what follows
	stories []story.Story
	fp      [32]byte
}

// New returns a Reloader whose last good index is current (the index the
// bot is serving now).
func New(opts Options, current *retrieval.Index) *Reloader {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Swap == nil {
		opts.Swap = func(*retrieval.Index) {}
	}
	r := &Reloader{opts: opts, log: opts.Log, trigger: make(chan struct{}, 1)}
	r.stories = current.Stories()
	r.fp = retrieval.Fingerprint(r.stories, opts.Embedder.ID(), opts.Index.Chunk)
	return r
}

// Trigger asks Run for a reload without waiting for it: what a SIGHUP
// handler calls. Triggers during a reload coalesce into one more.
func (r *Reloader) Trigger() {
	select {
	case r.trigger <- struct{}{}:
	default:
	}
}

// Reload rebuilds the index from the corpus now and swaps it in when it
// is good, waiting for any reload in progress first. The error is the
// reason the last good index was kept; it is logged as a warning too.
func (r *Reloader) Reload(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	res := r.reload(ctx)
	res.Took = time.Since(start)
	switch {
	case res.Err != nil:
		r.log.Warn("corpus reload failed; the last good index keeps serving", "dir", r.opts.Dir, "err", res.Err)
	case res.Swapped:
		r.log.Info("corpus reloaded", "dir", r.opts.Dir, "stories", res.Stories, "took", res.Took)
	default:
		r.log.Info("corpus unchanged", "dir", r.opts.Dir)
	}
	if r.opts.OnReload != nil {
		r.opts.OnReload(res)
	}
	return res.Err
}

func (r *Reloader) reload(ctx context.Context) Result {
	res := Result{Stories: len(r.stories)}
	fsys := os.DirFS(r.opts.Dir)
	files, err := storyFiles(fsys)
	if err != nil {
		res.Err = fmt.Errorf("couldn't read corpus %s: %w", r.opts.Dir, err)
		return res
	}
	if len(files) == 0 {
		res.Err = fmt.Errorf("corpus %s holds no story files; not emptying the index", r.opts.Dir)
		return res
	}
	loaded, err := story.Load(fsys, r.log)
	if err != nil && !errors.Is(err, story.ErrEmptyCorpus) {
		res.Err = fmt.Errorf("couldn't load corpus %s: %w", r.opts.Dir, err)
		return res
	}
	stories, kept, skipped := carryOver(loaded, files, r.stories)
	res.Kept, res.Skipped = kept, skipped
	for _, f := range kept {
		r.log.Warn("story could not be loaded; its last good version keeps serving", "source", f)
	}
	for _, f := range skipped {
		r.log.Warn("new story could not be loaded; left out", "source", f)
	}
	if len(stories) == 0 {
		res.Err = fmt.Errorf("corpus %s: %w", r.opts.Dir, story.ErrEmptyCorpus)
		return res
	}
	fp := retrieval.Fingerprint(stories, r.opts.Embedder.ID(), r.opts.Index.Chunk)
	if fp == r.fp {
		res.Unchanged = true
		return res
	}
	opts := r.opts.Index
	opts.Progress = nil
	ix, err := retrieval.Open(ctx, r.opts.DataDir, stories, r.opts.Embedder, opts, r.log)
	if err != nil {
		res.Err = fmt.Errorf("couldn't build the new index: %w", err)
		return res
	}
	r.opts.Swap(ix)
	r.stories, r.fp = stories, fp
	res.Swapped, res.Stories = true, len(stories)
	return res
}

// storyFiles lists the files story.Load considers (.txt and .md, outside
// hidden directories), whether or not they load.
func storyFiles(fsys fs.FS) (map[string]bool, error) {
	files := map[string]bool{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			files[p] = true // unreadable: counts as present, and broken
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if isStoryName(p) {
			files[p] = true
		}
		return nil
	})
	return files, err
}

func isStoryName(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".txt" || ext == ".md"
}

// carryOver adds to loaded the last good version of every file that is
// present but did not load. It returns the stories sorted by source, the
// files kept from before and the broken new files left out.
func carryOver(loaded []story.Story, files map[string]bool, prev []story.Story) (stories []story.Story, kept, skipped []string) {
	have := make(map[string]bool, len(loaded))
	for _, s := range loaded {
		have[s.Source] = true
	}
	old := make(map[string]story.Story, len(prev))
	for _, s := range prev {
		old[s.Source] = s
	}
	stories = loaded
	for f := range files {
		if have[f] {
			continue
		}
		if s, ok := old[f]; ok {
			stories = append(stories, s)
			kept = append(kept, f)
		} else {
			skipped = append(skipped, f)
		}
	}
	sort.Slice(stories, func(i, j int) bool { return stories[i].Source < stories[j].Source })
	sort.Strings(kept)
	sort.Strings(skipped)
	return stories, kept, skipped
}

// Run watches the corpus directory tree and reloads after each burst of
// changes (debounced), and on Trigger, until ctx is done. It returns an
// error only when the directory cannot be watched at all.
func (r *Reloader) Run(ctx context.Context) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("couldn't watch corpus: %w", err)
	}
	defer w.Close()
	if err := r.watchTree(w, r.opts.Dir); err != nil {
		return err
	}
	r.log.Info("watching corpus for changes", "dir", r.opts.Dir, "debounce", r.opts.Debounce)
	// Catch up with changes made between the first index build and the
	// watch: they sent no event we could see. Unchanged is cheap.
	_ = r.Reload(ctx)

	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if r.relevant(w, ev) {
				timer.Reset(r.opts.Debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			// An overflowed event queue loses changes: reload to catch up.
			r.log.Warn("corpus watcher error; reloading to catch up", "err", err)
			timer.Reset(r.opts.Debounce)
		case <-timer.C:
			_ = r.Reload(ctx) // logged and reported; the old index keeps serving
		case <-r.trigger:
			timer.Stop()
			_ = r.Reload(ctx)
		}
	}
}

// relevant reports whether ev can change the corpus, and starts watching
// directories that appear.
func (r *Reloader) relevant(w *fsnotify.Watcher, ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	if strings.HasPrefix(filepath.Base(ev.Name), ".") {
		return false // editor swap files, .git
	}
	if ev.Has(fsnotify.Create) {
		if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
			if err := r.watchTree(w, ev.Name); err != nil {
				r.log.Warn("couldn't watch new corpus directory", "dir", ev.Name, "err", err)
			}
			return true // it may have arrived with stories in it
		}
	}
	if isStoryName(ev.Name) {
		return true
	}
	// A removed or renamed directory: it was watched.
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		for _, d := range w.WatchList() {
			if d == ev.Name {
				return true
			}
		}
		return filepath.Ext(ev.Name) == "" // a directory whose watch is already gone
	}
	return false
}

// watchTree adds a watch on dir and every directory under it, skipping
// hidden ones, as story.Load does.
func (r *Reloader) watchTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return fmt.Errorf("couldn't watch corpus %s: %w", dir, err)
			}
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if err := w.Add(p); err != nil {
			return fmt.Errorf("couldn't watch corpus directory %s: %w", p, err)
		}
		return nil
	})
}
