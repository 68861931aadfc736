package retrieval

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/story/storytest"
)

// testCorpus is the seed story and two small ones.
func testCorpus(t *testing.T) []story.Story {
	t.Helper()
	stories := seedStories(t)
	stories = append(stories,
		story.Parse("a.txt", "Police in Quito arrested a gang leader. He was taken to a jail. The mayor praised the officers. Prices rose."),
		story.Parse("b.txt", "Guards in Lima found weapons in a cell. The prison was closed. Inmates were moved. The minister resigned."),
	)
	slices.SortFunc(stories, func(a, b story.Story) int { return strings.Compare(a.Source, b.Source) })
	return stories
}

func logBuffer() (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	return slog.New(slog.NewTextHandler(&buf, nil)), &buf
}

func searchIDs(t *testing.T, ix *Index, q string) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 5)
	if err != nil || res.VectorErr != nil {
		t.Fatalf("Search: %v %v", err, res.VectorErr)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.Chunk.ID)
	}
	return ids
}

func TestOpenReusesSnapshot(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	stories := testCorpus(t)
	emb := newCounting()
	ix1, err := Open(ctx, dir, stories, emb, DefaultOptions(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	st := ix1.Stats()
	calls, texts := emb.reset()
	if st.Loaded || calls == 0 || st.Embedded != st.Chunks || len(texts) != st.Chunks || st.Reused != 0 {
		t.Fatalf("first open: stats %+v, %d embed calls for %d texts; want a fresh build embedding every chunk", st, calls, len(texts))
	}

	ix2, err := Open(ctx, dir, testCorpus(t), emb, DefaultOptions(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	st2 := ix2.Stats()
	if calls, _ := emb.reset(); calls != 0 {
		t.Errorf("second open called the embedder %d times, want 0", calls)
	}
	if !st2.Loaded || st2.Embedded != 0 || st2.Chunks != st.Chunks || st2.Stories != st.Stories {
		t.Errorf("second open stats %+v, want loaded from snapshot with %d chunks", st2, st.Chunks)
	}
	if diff := cmp.Diff(ix1.Chunks(), ix2.Chunks()); diff != "" {
		t.Errorf("reloaded chunks differ (-built +loaded):\n%s", diff)
	}
	if !slices.EqualFunc(ix1.vecs, ix2.vecs, slices.Equal) {
		t.Error("reloaded vectors differ")
	}
	if diff := cmp.Diff(ix1.bm25, ix2.bm25, cmp.AllowUnexported(BM25{}, posting{}), cmpopts.IgnoreFields(BM25{}, "pool")); diff != "" {
		t.Errorf("reloaded keyword index differs (-built +loaded):\n%s", diff)
	}
	for _, q := range []string{"How many people died?", "weapons in Lima", "gang leader Quito"} {
		if a, b := searchIDs(t, ix1, q), searchIDs(t, ix2, q); !slices.Equal(a, b) {
			t.Errorf("Search(%q): built %v, loaded %v", q, a, b)
		}
	}
}

func TestOpenChangedStoryReembedsOnlyItsChunks(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := newCounting()
	old := testCorpus(t)
	if _, err := Open(ctx, dir, old, emb, DefaultOptions(), testLogger(t)); err != nil {
		t.Fatal(err)
	}
	emb.reset()

	changed := testCorpus(t)
	var bi int
	for i := range changed {
		if changed[i].Source == "b.txt" {
			bi = i
			changed[i] = story.Parse("b.txt", changed[i].Text+" A new sentence was added. And another one.")
		}
	}
	// Which chunk texts are new, worked out from the chunker alone.
	oldTexts := map[string]bool{}
	for i := range old {
		for _, c := range story.Chunks(&old[i], i, DefaultOptions().Chunk) {
			oldTexts[old[i].Text[c.Start:c.End]] = true
		}
	}
	want := map[string]bool{}
	for _, c := range story.Chunks(&changed[bi], bi, DefaultOptions().Chunk) {
		if txt := changed[bi].Text[c.Start:c.End]; !oldTexts[txt] {
			want[txt] = true
		}
	}
	if len(want) == 0 {
		t.Fatal("test setup: the change made no new chunk")
	}

	ix, err := Open(ctx, dir, changed, emb, DefaultOptions(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	st := ix.Stats()
	_, texts := emb.reset()
	got := map[string]bool{}
	for _, txt := range texts {
		got[txt] = true
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded texts (-want +got):\n%s", diff)
	}
	if st.Loaded || st.Embedded != len(want) || st.Reused != st.Chunks-len(want) {
		t.Errorf("stats %+v, want a rebuild embedding %d and reusing %d", st, len(want), st.Chunks-len(want))
	}
	// The rebuilt index was saved: the next open reuses it whole.
	ix2, err := Open(ctx, dir, changed, emb, DefaultOptions(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if calls, _ := emb.reset(); calls != 0 || !ix2.Stats().Loaded {
		t.Errorf("open after the rebuild: %d embed calls, loaded=%v; want 0 and true", calls, ix2.Stats().Loaded)
	}
}

func TestOpenRebuildsOnOtherSettings(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	stories := testCorpus(t)
	if _, err := Open(ctx, dir, stories, NewHashEmbedder(0), DefaultOptions(), nil); err != nil {
		t.Fatal(err)
	}
	// Another embedder: nothing can be reused.
	emb := &countingEmbedder{HashEmbedder: NewHashEmbedder(128)}
	ix, err := Open(ctx, dir, stories, emb, DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if st := ix.Stats(); st.Loaded || st.Reused != 0 || st.Embedded != st.Chunks || st.Dim != 128 {
		t.Errorf("other embedder: stats %+v, want a full rebuild at 128 dimensions", st)
	}
	// Other chunking: rebuilt, not loaded.
	opts := DefaultOptions()
	opts.Chunk.MaxSentences, opts.Chunk.Overlap = 2, 0
	ix, err = Open(ctx, dir, stories, emb, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ix.Stats().Loaded {
		t.Error("other chunk options: index loaded from a snapshot built with different chunking")
	}
	// Another corpus in the same directory: its own chunks, not the old ones.
	other := []story.Story{story.Parse("z.txt", "Only this story. Nothing else.")}
	ix, err = Open(ctx, dir, other, emb, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ix.Stats().Loaded || ix.Stats().Stories != 1 {
		t.Errorf("other corpus: stats %+v", ix.Stats())
	}
	for _, c := range ix.Chunks() {
		if !strings.HasPrefix(c.ID, "z.txt#") {
			t.Errorf("chunk %s of another corpus", c.ID)
		}
	}
}

// Every kind of damage is detected, the index is rebuilt (never a crash,
// never trusted), and the file written in its place is valid.
func TestOpenRecoversFromCorruptSnapshot(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	tests := map[string]func([]byte) []byte{
		"truncated to half": func(b []byte) []byte { return b[:len(b)/2] },
		"last byte cut":     func(b []byte) []byte { return b[:len(b)-1] },
		"byte flipped in the vectors": func(b []byte) []byte {
			b = slices.Clone(b)
			b[len(b)*3/4] ^= 0x10
			return b
		},
		"byte flipped in the header": func(b []byte) []byte {
			b = slices.Clone(b)
			b[len(snapshotMagic)+4+5] ^= 0xff
			return b
		},
		"checksum flipped": func(b []byte) []byte {
			b = slices.Clone(b)
			b[len(b)-1] ^= 0x01
			return b
		},
		"garbage": func(b []byte) []byte {
			g := make([]byte, 4096)
			for i := range g {
				g[i] = byte(rng.UintN(256))
			}
			return g
		},
		"garbage after the magic": func(b []byte) []byte {
			return append([]byte(snapshotMagic), bytes.Repeat([]byte{0xff}, 200)...)
		},
		"an older format": func(b []byte) []byte {
			b = slices.Clone(b)
			binary.LittleEndian.PutUint32(b[len(snapshotMagic):], snapshotVersion-1)
			return b
		},
		// The damages below keep the checksum right: only the check
		// they are named for can catch them.
		"an older format, checksum fixed": func(b []byte) []byte {
			b = slices.Clone(b)
			binary.LittleEndian.PutUint32(b[len(snapshotMagic):], snapshotVersion-1)
			return resum(b)
		},
		"a newer format, checksum fixed": func(b []byte) []byte {
			b = slices.Clone(b)
			binary.LittleEndian.PutUint32(b[len(snapshotMagic):], snapshotVersion+1)
			return resum(b)
		},
		"a chunk twice in a term's postings, checksum fixed": func(b []byte) []byte {
			first, second := twoPostings(t, b)
			b = slices.Clone(b)
			copy(b[second:second+4], b[first:first+4])
			return resum(b)
		},
		"a term's postings out of order, checksum fixed": func(b []byte) []byte {
			first, second := twoPostings(t, b)
			b = slices.Clone(b)
			var tmp [postingLen]byte
			copy(tmp[:], b[first:first+postingLen])
			copy(b[first:first+postingLen], b[second:second+postingLen])
			copy(b[second:second+postingLen], tmp[:])
			return resum(b)
		},
		"empty file":     func([]byte) []byte { return nil },
		"extra appended": func(b []byte) []byte { return append(slices.Clone(b), 0, 0, 0, 0) },
	}
	for name, damage := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, SnapshotFile)
			stories := testCorpus(t)
			if _, err := Open(ctx, dir, stories, NewHashEmbedder(0), DefaultOptions(), nil); err != nil {
				t.Fatal(err)
			}
			good, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, damage(good), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := ReadSnapshot(path); !errors.Is(err, ErrCorruptSnapshot) {
				t.Errorf("ReadSnapshot of a damaged file = %v, want ErrCorruptSnapshot", err)
			}
			emb := newCounting()
			log, buf := logBuffer()
			ix, err := Open(ctx, dir, stories, emb, DefaultOptions(), log)
			if err != nil {
				t.Fatalf("Open over a damaged snapshot: %v", err)
			}
			if ix.Stats().Loaded {
				t.Error("a damaged snapshot was trusted")
			}
			if calls, _ := emb.reset(); calls == 0 {
				t.Error("nothing was embedded: the index was not rebuilt")
			}
			if !strings.Contains(buf.String(), "level=WARN") || !strings.Contains(buf.String(), path) {
				t.Errorf("no warning naming the snapshot; log:\n%s", buf.String())
			}
			if _, err := ReadSnapshot(path); err != nil {
				t.Errorf("the rewritten snapshot is not valid: %v", err)
			}
			ix, err = Open(ctx, dir, stories, emb, DefaultOptions(), nil)
			if err != nil || !ix.Stats().Loaded {
				t.Errorf("open after recovery: err %v, loaded %v; want the new snapshot reused", err, ix.Stats().Loaded)
			}
		})
	}
}

// resum writes a snapshot's checksum anew over its damaged bytes.
func resum(b []byte) []byte {
	binary.LittleEndian.PutUint32(b[len(b)-4:], crc32.Checksum(b[:len(b)-4], crcTable))
	return b
}

// twoPostings returns the file offsets of the first two postings of the
// first term that has two or more.
func twoPostings(t *testing.T, b []byte) (first, second int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), SnapshotFile)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := ReadSnapshot(path)
	if err != nil {
		t.Fatal(err)
	}
	metaLen := int(binary.LittleEndian.Uint64(b[len(snapshotMagic)+4:]))
	at := 0
	for _, ps := range s.postings {
		if len(ps) >= 2 {
			first = preambleLen + metaLen + at*postingLen
			return first, first + postingLen
		}
		at += len(ps)
	}
	t.Fatal("no term has two postings")
	return 0, 0
}

// Every single-byte change and every truncation of a snapshot is caught
// by decodeSnapshot, without a panic.
func TestDecodeSnapshotEveryByte(t *testing.T) {
	dir := t.TempDir()
	stories := []story.Story{story.Parse("s.txt", "One sentence here. Another one there. A third.")}
	ix, err := Build(context.Background(), stories, &HashEmbedder{Dim: 8}, DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, SnapshotFile)
	if err := ix.Save(path); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodeSnapshot(good); err != nil {
		t.Fatalf("decoding the saved snapshot: %v", err)
	}
	for i := range good {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			b := slices.Clone(good)
			b[i] ^= x
			if _, err := decodeSnapshot(b); !errors.Is(err, ErrCorruptSnapshot) {
				t.Fatalf("byte %d ^ %#x: decodeSnapshot = %v, want ErrCorruptSnapshot", i, x, err)
			}
		}
	}
	for n := range len(good) {
		if _, err := decodeSnapshot(good[:n]); !errors.Is(err, ErrCorruptSnapshot) {
			t.Fatalf("truncated to %d bytes: decodeSnapshot = %v, want ErrCorruptSnapshot", n, err)
		}
	}
}

// A snapshot whose checksum is right but whose chunks point outside the
// stories (written by a buggy build, say) is rebuilt, not trusted.
func TestOpenRejectsSpansOutsideStories(t *testing.T) {
	ctx := context.Background()
	for name, breakIt := range map[string]func(c *story.Chunk, textLen int){
		"end past the story": func(c *story.Chunk, n int) { c.End = n + 100; c.Sentences[len(c.Sentences)-1].End = n + 100 },
		"story out of range": func(c *story.Chunk, _ int) { c.Story = 99 },
		"sentence outside":   func(c *story.Chunk, _ int) { c.Sentences[0].Start = c.End + 1; c.Sentences[0].End = c.End + 2 },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			stories := testCorpus(t)
			ix, err := Build(ctx, stories, NewHashEmbedder(0), DefaultOptions(), nil)
			if err != nil {
				t.Fatal(err)
			}
			c := &ix.chunks[0]
			c.Sentences = slices.Clone(c.Sentences)
			breakIt(c, len(stories[c.Story].Text))
			if err := ix.Save(filepath.Join(dir, SnapshotFile)); err != nil {
				t.Fatal(err)
			}
			log, buf := logBuffer()
			got, err := Open(ctx, dir, testCorpus(t), NewHashEmbedder(0), DefaultOptions(), log)
			if err != nil {
				t.Fatal(err)
			}
			if got.Stats().Loaded {
				t.Error("a snapshot with chunks outside the stories was trusted")
			}
			if !strings.Contains(buf.String(), "level=WARN") {
				t.Errorf("no warning; log:\n%s", buf.String())
			}
			for _, ch := range got.Chunks() {
				if ch.End > len(got.Stories()[ch.Story].Text) {
					t.Errorf("rebuilt chunk %s points outside its story", ch.ID)
				}
			}
		})
	}
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != SnapshotFile {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestSaveIsAtomic(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	stories := testCorpus(t)
	ix, err := Open(ctx, dir, stories, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if left := tempFiles(t, dir); len(left) != 0 {
		t.Errorf("files left beside the snapshot after Open: %v", left)
	}
	// Saving again replaces the file in place.
	path := filepath.Join(dir, SnapshotFile)
	for range 3 {
		if err := ix.Save(path); err != nil {
			t.Fatal(err)
		}
	}
	if left := tempFiles(t, dir); len(left) != 0 {
		t.Errorf("files left after repeated saves: %v", left)
	}
	if _, err := ReadSnapshot(path); err != nil {
		t.Errorf("snapshot after repeated saves: %v", err)
	}

	// The rename fails (a directory holds the name): an error, and no temp file left.
	blocked := t.TempDir()
	if err := os.MkdirAll(filepath.Join(blocked, SnapshotFile, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := ix.Save(filepath.Join(blocked, SnapshotFile)); err == nil {
		t.Error("Save over a directory succeeded")
	}
	if left := tempFiles(t, blocked); len(left) != 0 {
		t.Errorf("temp files left after a failed save: %v", left)
	}
}

// A data directory that cannot be written is a warning: the index is
// built and usable, only not saved.
func TestOpenUnwritableDataDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	log, buf := logBuffer()
	ix, err := Open(context.Background(), file, testCorpus(t), NewHashEmbedder(0), DefaultOptions(), log)
	if err != nil {
		t.Fatalf("Open with an unwritable data dir: %v", err)
	}
	if len(searchIDs(t, ix, "death toll")) == 0 {
		t.Error("the index finds nothing")
	}
	if !strings.Contains(buf.String(), "couldn't save") {
		t.Errorf("no warning about the failed save; log:\n%s", buf.String())
	}
}

func TestReadSnapshotMissing(t *testing.T) {
	_, err := ReadSnapshot(filepath.Join(t.TempDir(), SnapshotFile))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadSnapshot of a missing file = %v, want fs.ErrNotExist", err)
	}
}

// With no data directory, Open keeps nothing on disk; it should not read
// a snapshot from the working directory either.
func TestOpenNoDataDirIgnoresWorkingDir(t *testing.T) {
	ctx := context.Background()
	stories := testCorpus(t)
	cwd := t.TempDir()
	t.Chdir(cwd)
	ix, err := Build(ctx, stories, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Save(filepath.Join(cwd, SnapshotFile)); err != nil {
		t.Fatal(err)
	}
	got, err := Open(ctx, "", stories, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stats().Loaded {
		t.Error(`Open with dataDir "" loaded ./index.snap from the working directory`)
	}
}

// A save killed mid-write leaves a temp file. Every Open that uses the
// data directory removes it, a rebuild too, even when it starts the
// moment after the kill; a temp file another writer holds is kept.
func TestOpenRemovesTempFilesOfKilledSaves(t *testing.T) {
	for _, rebuild := range []bool{false, true} {
		t.Run(fmt.Sprintf("rebuild=%v", rebuild), func(t *testing.T) {
			dir := t.TempDir()
			stale := filepath.Join(dir, ".tmp-index.snap-111")
			if err := os.WriteFile(stale, make([]byte, 4096), 0o644); err != nil {
				t.Fatal(err)
			}
			// A writer still at work: its file is locked.
			live, err := os.CreateTemp(dir, ".tmp-index.snap-*")
			if err != nil {
				t.Fatal(err)
			}
			lockFile(live)
			defer live.Close()
			opts := DefaultOptions()
			opts.Rebuild = rebuild
			if _, err := Open(context.Background(), dir, testCorpus(t), NewHashEmbedder(0), opts, nil); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(stale); err == nil {
				t.Error("the killed save's temp file is still there")
			}
			if _, err := os.Stat(live.Name()); err != nil {
				t.Errorf("the temp file a writer holds was removed: %v", err)
			}
		})
	}
}

// Ctrl-C while the index is rebuilt: Open stops, between batches or once
// built, and the snapshot on disk stays the one it was.
func TestOpenCancelledKeepsTheSnapshot(t *testing.T) {
	dir := t.TempDir()
	stories := testCorpus(t)
	if _, err := Open(context.Background(), dir, stories, NewHashEmbedder(0), DefaultOptions(), nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, SnapshotFile)
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, when := range []string{"first batch", "last batch"} {
		t.Run(when, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			opts := DefaultOptions()
			opts.Rebuild, opts.EmbedBatch = true, 2
			batches, total := 0, 0
			opts.Progress = func(done, n int) {
				batches, total = batches+1, n
				if when == "first batch" || done == n {
					cancel()
				}
			}
			ix, err := Open(ctx, dir, stories, NewHashEmbedder(0), opts, nil)
			if !errors.Is(err, context.Canceled) || ix != nil {
				t.Fatalf("Open cancelled at the %s: %v, want context.Canceled and no index", when, err)
			}
			if when == "first batch" && batches != 1 {
				t.Errorf("%d more batches of %d chunks embedded after the cancel, want none", batches-1, total)
			}
			if after, err := os.Stat(path); err != nil || !os.SameFile(before, after) {
				t.Errorf("the snapshot was replaced or removed: %v", err)
			}
			if left := tempFiles(t, dir); len(left) != 0 {
				t.Errorf("files left beside the snapshot: %v", left)
			}
		})
	}
}

// doneAfter is a context that ends after n calls of Err: a cancel that
// comes in the middle of a save.
type doneAfter struct {
	context.Context
	n int
}

func (d *doneAfter) Err() error {
	if d.n--; d.n < 0 {
		return context.Canceled
	}
	return nil
}

// A save whose context ends, before it starts or halfway, stops writing:
// the old snapshot stays and no temp file is left.
func TestSaveCancelledKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	// Enough chunks that the save writes in several steps.
	ix, err := Open(context.Background(), dir, storytest.Stories(40), NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, SnapshotFile)
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, after := range []int{0, 3} {
		ctx := &doneAfter{Context: context.Background(), n: after}
		if err := ix.save(ctx, path); !errors.Is(err, context.Canceled) {
			t.Errorf("save cancelled after %d checks: %v, want context.Canceled", after, err)
		}
		if got, err := os.Stat(path); err != nil || !os.SameFile(before, got) {
			t.Errorf("save cancelled after %d checks: the snapshot was replaced or removed: %v", after, err)
		}
		if left := tempFiles(t, dir); len(left) != 0 {
			t.Errorf("save cancelled after %d checks: files left beside the snapshot: %v", after, left)
		}
	}
}
