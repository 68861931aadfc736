// Package live keeps a running bot's index in step with its corpus
// directory: it watches the directory tree and, when stories are added,
// changed or removed (or when asked, on SIGHUP), updates the index story
// by story (retrieval.Index.Update: only the changed stories' chunks are
// embedded, added to or deleted from the vector collection and the BM25
// postings) and swaps the new version in atomically. The snapshot on disk
// follows in the background, replaced whole by rename, so there is always
// a valid one. A reload that cannot produce a good index leaves the last
// good one serving.
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
	"slices"
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
	cur     *retrieval.Index // the serving index, which the next update starts from

	saveMu  sync.Mutex
	saving  bool             // a background save is running
	toSave  *retrieval.Index // the newest index not yet saved, if any
	saveErr error            // the last save's error, logged once per run of failures
	saved   sync.WaitGroup

	dirsMu sync.Mutex
	dirs   map[string]bool // directories watched, by path
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
	r.cur = current
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

// Reload re-reads the whole corpus now, updates the index from it and
// swaps it in when it is good, waiting for any reload in progress first.
// The error is the reason the last good index was kept; it is logged as a
// warning too.
func (r *Reloader) Reload(ctx context.Context) error {
	return r.do(ctx, r.reload)
}

// ReloadFiles is Reload for a few named story files (paths relative to
// the corpus directory, with forward slashes): only they are read again,
// as added, changed or (when gone) deleted; the other stories stay as
// they are. It is what a watched change to story files does. A name that
// is a link (which may duplicate another story) makes it a full Reload.
func (r *Reloader) ReloadFiles(ctx context.Context, paths []string) error {
	return r.do(ctx, func(ctx context.Context) Result { return r.reloadFiles(ctx, paths) })
}

func (r *Reloader) do(ctx context.Context, reload func(context.Context) Result) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	res := reload(ctx)
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
	loaded, skippedNow, err := story.LoadAll(fsys)
	if err != nil && !errors.Is(err, story.ErrEmptyCorpus) {
		res.Err = fmt.Errorf("couldn't load corpus %s: %w", r.opts.Dir, err)
		return res
	}
	for _, s := range skippedNow {
		r.log.Warn("skipping story", "source", s.Source, "err", s.Reason)
		if s.Of != "" {
			// Another name of a story loaded under its first name: no
			// failure to cover with a last good version, or the story
			// would be served twice.
			delete(files, s.Source)
		}
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
	return r.apply(ctx, stories, fp, res)
}

// apply makes and swaps in the index for stories, whose fingerprint is fp.
func (r *Reloader) apply(ctx context.Context, stories []story.Story, fp [32]byte, res Result) Result {
	ix, err := r.update(ctx, stories)
	if err != nil {
		res.Err = fmt.Errorf("couldn't build the new index: %w", err)
		return res
	}
	r.opts.Swap(ix)
	r.stories, r.fp, r.cur = stories, fp, ix
	res.Swapped, res.Stories = true, len(stories)
	r.saveLater(ix)
	return res
}

// reloadFiles re-reads the named story files only. The rules are those of
// a full reload: a file that stops loading keeps its last good version, a
// broken new file is left out, and the last story is never deleted.
func (r *Reloader) reloadFiles(ctx context.Context, paths []string) Result {
	res := Result{Stories: len(r.stories)}
	if st, err := os.Stat(r.opts.Dir); err != nil || !st.IsDir() {
		return r.reload(ctx) // says what is wrong with the directory
	}
	keep := map[string]bool{}
	var present []string
	gone := map[string]bool{}
	for _, p := range paths {
		if !fs.ValidPath(p) || !story.IsStoryName(p) {
			continue
		}
		fi, err := os.Lstat(filepath.Join(r.opts.Dir, filepath.FromSlash(p)))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			gone[p] = true
			continue
		case err == nil && (fi.Mode()&fs.ModeSymlink != 0 || hardLinked(fi)):
			// It may name a story already loaded: only a full reload
			// can tell (story.LoadAll's duplicate check).
			return r.reload(ctx)
		}
		present = append(present, p)
		for d := p; d != "."; d = path.Dir(d) {
			keep[d] = true
		}
	}
	loaded := map[string]story.Story{}
	if len(present) > 0 {
		got, _, err := story.LoadAll(onlyFS{os.DirFS(r.opts.Dir), keep})
		if err != nil && !errors.Is(err, story.ErrEmptyCorpus) {
			res.Err = fmt.Errorf("couldn't load corpus %s: %w", r.opts.Dir, err)
			return res
		}
		for _, s := range got {
			loaded[s.Source] = s
		}
	}
	old := make(map[string]int, len(paths))
	for _, p := range append(present, keysOf(gone)...) {
		if i, ok := slices.BinarySearchFunc(r.stories, p, func(s story.Story, p string) int { return strings.Compare(s.Source, p) }); ok {
			old[p] = i
		}
	}
	changed := false
	stories := make([]story.Story, 0, len(r.stories)+len(loaded))
	for _, s := range r.stories {
		if gone[s.Source] {
			changed = true
			continue
		}
		if n, ok := loaded[s.Source]; ok {
			changed = changed || n.Text != s.Text
			s = n
		}
		stories = append(stories, s)
	}
	for _, p := range present {
		_, had := old[p]
		n, ok := loaded[p]
		switch {
		case ok && !had:
			stories = append(stories, n)
			changed = true
		case !ok && had:
			res.Kept = append(res.Kept, p)
			r.log.Warn("story could not be loaded; its last good version keeps serving", "source", p)
		case !ok:
			res.Skipped = append(res.Skipped, p)
			r.log.Warn("new story could not be loaded; left out", "source", p)
		}
	}
	if len(stories) == 0 {
		res.Err = fmt.Errorf("corpus %s holds no story files; not emptying the index", r.opts.Dir)
		return res
	}
	if !changed {
		res.Unchanged = true
		return res
	}
	slices.SortFunc(stories, func(a, b story.Story) int { return strings.Compare(a.Source, b.Source) })
	res = r.apply(ctx, stories, r.fp, res)
	if res.Swapped {
		r.fp = r.cur.Fingerprint()
	}
	return res
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// onlyFS shows only the named files of a directory tree (keep holds them
// and the directories on their way), so story.LoadAll reads those alone.
type onlyFS struct {
	fs.FS
	keep map[string]bool
}

func (o onlyFS) ReadDir(name string) ([]fs.DirEntry, error) {
	es, err := fs.ReadDir(o.FS, name)
	out := es[:0]
	for _, e := range es {
		if o.keep[path.Join(name, e.Name())] {
			out = append(out, e)
		}
	}
	return out, err
}

// update makes the index for stories from the serving one, story by
// story. When the serving index was made with another embedder or other
// chunking than the options say, it is built anew instead (reusing the
// snapshot's vectors where they fit), as before live updates.
func (r *Reloader) update(ctx context.Context, stories []story.Story) (*retrieval.Index, error) {
	cur := r.cur
	if cur != nil && cur.Embedder().ID() == r.opts.Embedder.ID() && cur.Options().Chunk == r.opts.Index.Chunk {
		ix, us, err := cur.Update(ctx, stories)
		if !errors.Is(err, retrieval.ErrStaleIndex) {
			if err == nil {
				r.log.Debug("index updated", "added", us.Added, "changed", us.Changed, "removed", us.Removed,
					"chunks_added", us.ChunksAdded, "chunks_removed", us.ChunksRemoved, "embedded", us.Embedded, "took", us.Took)
			}
			return ix, err
		}
	}
	opts := r.opts.Index
	opts.Progress = nil
	return retrieval.Open(ctx, r.opts.DataDir, stories, r.opts.Embedder, opts, r.log)
}

// saveLater writes ix's snapshot in the background. Saves never overlap:
// one that starts while another runs waits for it, and only the newest
// index waiting is written. Each save replaces the file whole (temp file,
// rename), so the data directory always holds a valid snapshot, of this
// index or an earlier one; an earlier one is found stale at the next start
// and updated from, its vectors reused.
func (r *Reloader) saveLater(ix *retrieval.Index) {
	if r.opts.DataDir == "" {
		return
	}
	r.saveMu.Lock()
	defer r.saveMu.Unlock()
	r.toSave = ix
	if r.saving {
		return
	}
	r.saving = true
	r.saved.Add(1)
	go func() {
		defer r.saved.Done()
		path := filepath.Join(r.opts.DataDir, retrieval.SnapshotFile)
		for {
			r.saveMu.Lock()
			ix := r.toSave
			r.toSave = nil
			if ix == nil {
				r.saving = false
				r.saveMu.Unlock()
				return
			}
			r.saveMu.Unlock()
			err := ix.Save(path)
			r.saveMu.Lock()
			switch {
			case err != nil && r.saveErr == nil:
				r.log.Warn("couldn't save the index snapshot; the index is kept in memory", "path", path, "err", err)
			case err == nil && r.saveErr != nil:
				r.log.Info("index snapshot saved again", "path", path)
			}
			r.saveErr = err
			r.saveMu.Unlock()
		}
	}()
}

// WaitSaved waits until the snapshot of the newest index is written (or
// its save has failed).
func (r *Reloader) WaitSaved() { r.saved.Wait() }

// storyFiles lists the files story.LoadAll considers, whether or not they
// load: the one corpus walk, story.StoryFiles.
func storyFiles(fsys fs.FS) (map[string]bool, error) {
	paths, err := story.StoryFiles(fsys)
	files := make(map[string]bool, len(paths))
	for _, p := range paths {
		files[p] = true
	}
	return files, err
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
	defer r.WaitSaved() // a snapshot being written is finished, not left half-way
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
	// What changed since the last reload: story files to read again, or
	// the whole corpus.
	pending := map[string]bool{}
	full := false
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if r.relevant(w, ev) {
				// A story file's change re-reads that file; anything
				// else (a directory come or gone) the whole corpus.
				if rel, ok := r.storyPath(ev.Name); ok && !full && len(pending) < maxPending {
					pending[rel] = true
				} else {
					full = true
				}
				timer.Reset(r.opts.Debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			// An overflowed event queue loses changes: reload to catch up.
			r.log.Warn("corpus watcher error; reloading to catch up", "err", err)
			full = true
			timer.Reset(r.opts.Debounce)
		case <-timer.C:
			// Logged and reported; the old index keeps serving.
			if full {
				_ = r.Reload(ctx)
			} else {
				_ = r.ReloadFiles(ctx, keysOf(pending))
			}
			full, pending = false, map[string]bool{}
		case <-r.trigger:
			timer.Stop()
			_ = r.Reload(ctx)
			full, pending = false, map[string]bool{}
		}
	}
}

// relevant reports whether ev can change the corpus, and starts watching
// directories that appear.
func (r *Reloader) relevant(w *fsnotify.Watcher, ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	if ignoredName(filepath.Base(ev.Name)) {
		return false // editor swap and backup files, .git
	}
	if ev.Has(fsnotify.Create) {
		if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
			if err := r.watchTree(w, ev.Name); err != nil {
				r.log.Warn("couldn't watch new corpus directory", "dir", ev.Name, "err", err)
			}
			return true // it may have arrived with stories in it
		}
	}
	if story.IsStoryName(ev.Name) {
		return true
	}
	// A removed or renamed directory: one that was watched. (Not any name
	// without an extension: vim checks it can write a directory by
	// creating and removing a file named "4913".)
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		r.dirsMu.Lock()
		defer r.dirsMu.Unlock()
		if r.dirs[ev.Name] {
			for d := range r.dirs {
				if d == ev.Name || strings.HasPrefix(d, ev.Name+string(filepath.Separator)) {
					delete(r.dirs, d)
				}
			}
			return true
		}
	}
	return false
}

// maxPending: past this many changed files in one burst (a git pull, an
// rsync), re-reading the whole corpus is as quick.
const maxPending = 1000

// storyPath returns a story file's path relative to the corpus directory,
// with forward slashes; ok is false for anything that is not a story file
// (a directory).
func (r *Reloader) storyPath(name string) (string, bool) {
	if !story.IsStoryName(name) {
		return "", false
	}
	if st, err := os.Lstat(name); err == nil && st.IsDir() {
		return "", false
	}
	rel, err := filepath.Rel(r.opts.Dir, name)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// ignoredName: files editors and tools write beside a story, which are
// never stories: dot files (vim's .story.txt.swp, emacs' .#story.txt
// lock, .git), backups (story.txt~), emacs autosaves (#story.txt#).
func ignoredName(base string) bool {
	return strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") ||
		strings.HasPrefix(base, "#") && strings.HasSuffix(base, "#")
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
		r.dirsMu.Lock()
		if r.dirs == nil {
			r.dirs = map[string]bool{}
		}
		r.dirs[p] = true
		r.dirsMu.Unlock()
		return nil
	})
}
