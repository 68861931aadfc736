package retrieval

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/storybot-dev/storybot/story"
)

// The snapshot file: one file holds a whole index, so a reload can never
// mix documents of two builds (chromem's NewPersistentDB writes a file per
// document, named by 32 bits of a hash, and loses documents to collisions
// at 100,000 chunks).
//
//	magic "STBYSNAP" | version u32 | fingerprint [32] | embedder id (uvarint len, bytes)
//	| dim uvarint | chunks uvarint
//	| per chunk: story, start, end, sentence count, sentences (uvarints, deltas) | key [16]
//	| vectors: chunks*dim float32, little endian
//	| crc32c of everything before, u32
const (
	snapshotMagic   = "STBYSNAP"
	snapshotVersion = 1
	// SnapshotFile is the index file's name in the data directory.
	SnapshotFile = "index.snap"
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Snapshot is an index as read from disk, before it is matched to a corpus.
type Snapshot struct {
	Fingerprint [32]byte
	EmbedderID  string
	Dim         int
	chunks      []story.Chunk // Story and spans only; IDs are set on load
	keys        [][16]byte
	vectors     []float32
}

// Save writes the index's snapshot to path atomically: a temp file in the
// same directory, synced, then renamed over the old one. It streams: the
// vectors are not copied in memory first.
func (ix *Index) Save(path string) error {
	return writeAtomic(path, func(out io.Writer) error {
		crc := crc32.New(crcTable)
		w := io.MultiWriter(out, crc)
		var buf []byte
		uv := func(x int) { buf = binary.AppendUvarint(buf, uint64(x)) }
		buf = append(buf, snapshotMagic...)
		buf = binary.LittleEndian.AppendUint32(buf, snapshotVersion)
		buf = append(buf, ix.fp[:]...)
		uv(len(ix.emb.ID()))
		buf = append(buf, ix.emb.ID()...)
		uv(ix.dim)
		uv(len(ix.chunks))
		for i, c := range ix.chunks {
			uv(c.Story)
			uv(c.Start)
			uv(c.End - c.Start)
			uv(len(c.Sentences))
			prev := c.Start
			for _, s := range c.Sentences {
				uv(s.Start - prev)
				uv(s.End - s.Start)
				prev = s.End
			}
			buf = append(buf, ix.keys[i][:]...)
			if len(buf) > 32<<10 {
				if _, err := w.Write(buf); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
		for _, x := range ix.vectors {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(x))
			if len(buf) > 32<<10 {
				if _, err := w.Write(buf); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
		if _, err := w.Write(buf); err != nil {
			return err
		}
		_, err := out.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
		return err
	})
}

func writeAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("couldn't create data directory: %w", err)
	}
	f, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("couldn't create temp file for %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing to remove
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := write(bw); err != nil {
		f.Close()
		return fmt.Errorf("couldn't write %s: %w", f.Name(), err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("couldn't write %s: %w", f.Name(), err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("couldn't sync %s: %w", f.Name(), err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("couldn't close %s: %w", f.Name(), err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("couldn't move snapshot into place: %w", err)
	}
	return nil
}

// ErrCorruptSnapshot is returned for a snapshot file that fails its checks.
var ErrCorruptSnapshot = errors.New("index snapshot is corrupt")

// ReadSnapshot reads and checks a snapshot file. A missing file returns an
// error matching fs.ErrNotExist; a damaged one, ErrCorruptSnapshot.
func ReadSnapshot(path string) (*Snapshot, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeSnapshot(data)
}

func decodeSnapshot(data []byte) (*Snapshot, error) {
	bad := func(what string) error { return fmt.Errorf("%w: %s", ErrCorruptSnapshot, what) }
	if len(data) < len(snapshotMagic)+4+32+4 || string(data[:len(snapshotMagic)]) != snapshotMagic {
		return nil, bad("not a storybot index")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.Checksum(body, crcTable) != sum {
		return nil, bad("checksum mismatch (truncated or damaged)")
	}
	p := body[len(snapshotMagic):]
	if v := binary.LittleEndian.Uint32(p); v != snapshotVersion {
		return nil, bad(fmt.Sprintf("format version %d, want %d", v, snapshotVersion))
	}
	p = p[4:]
	s := &Snapshot{}
	copy(s.Fingerprint[:], p)
	p = p[32:]
	var failed bool
	uv := func() int {
		x, n := binary.Uvarint(p)
		if n <= 0 || x > math.MaxInt32 {
			failed = true
			return 0
		}
		p = p[n:]
		return int(x)
	}
	idLen := uv()
	if failed || idLen > len(p) {
		return nil, bad("embedder name")
	}
	s.EmbedderID = string(p[:idLen])
	p = p[idLen:]
	s.Dim = uv()
	n := uv()
	if failed || s.Dim == 0 || n > len(p) {
		return nil, bad("header")
	}
	s.chunks = make([]story.Chunk, n)
	s.keys = make([][16]byte, n)
	for i := range s.chunks {
		c := &s.chunks[i]
		c.Story = uv()
		c.Start = uv()
		c.End = c.Start + uv()
		ns := uv()
		if failed || ns > len(p) {
			return nil, bad("chunk table")
		}
		c.Sentences = make([]story.Span, ns)
		prev := c.Start
		for j := range c.Sentences {
			st := prev + uv()
			c.Sentences[j] = story.Span{Start: st, End: st + uv()}
			prev = c.Sentences[j].End
		}
		if failed || len(p) < 16 {
			return nil, bad("chunk table")
		}
		copy(s.keys[i][:], p)
		p = p[16:]
	}
	if len(p) != 4*n*s.Dim {
		return nil, bad("vector table size")
	}
	s.vectors = make([]float32, n*s.Dim)
	for i := range s.vectors {
		s.vectors[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
	}
	return s, nil
}

// vectorsByKey maps chunk-text keys to vectors made by the embedder id.
func (s *Snapshot) vectorsByKey(id string) map[[16]byte][]float32 {
	if s == nil || s.EmbedderID != id {
		return nil
	}
	m := make(map[[16]byte][]float32, len(s.keys))
	for i, k := range s.keys {
		m[k] = s.vectors[i*s.Dim : (i+1)*s.Dim]
	}
	return m
}

// fromSnapshot rebuilds an index from a snapshot whose fingerprint matches
// stories, checking every span against the stories it points into.
func fromSnapshot(ctx context.Context, s *Snapshot, stories []story.Story, emb Embedder, opts Options) (*Index, error) {
	ix := &Index{stories: stories, emb: emb, opts: opts, chunks: s.chunks, keys: s.keys, vectors: s.vectors, dim: s.Dim, fp: s.Fingerprint}
	for i := range ix.chunks {
		c := &ix.chunks[i]
		if c.Story >= len(stories) || c.End > len(stories[c.Story].Text) || c.Start > c.End || len(c.Sentences) == 0 {
			return nil, fmt.Errorf("%w: chunk %d points outside its story", ErrCorruptSnapshot, i)
		}
		for _, sp := range c.Sentences {
			if sp.Start < c.Start || sp.End > c.End || sp.Start > sp.End {
				return nil, fmt.Errorf("%w: chunk %d has a sentence outside it", ErrCorruptSnapshot, i)
			}
		}
		c.ID = fmt.Sprintf("%s#%d-%d", stories[c.Story].Source, c.Start, c.End)
	}
	if err := ix.finish(ctx); err != nil {
		return nil, err
	}
	ix.stats.Loaded = true
	return ix, nil
}

// Open returns the index for stories: the snapshot in dataDir when it was
// built from the same stories, embedder and chunking, and a new build
// otherwise, which is saved for next time. An empty dataDir builds in
// memory only. A missing, stale or corrupt
// snapshot is rebuilt, never trusted; failing to save is logged, not fatal.
func Open(ctx context.Context, dataDir string, stories []story.Story, emb Embedder, opts Options, log *slog.Logger) (*Index, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	if dataDir == "" {
		// No data directory: build in memory, read and write nothing.
		ix, err := Build(ctx, stories, emb, opts, nil)
		if err != nil {
			return nil, err
		}
		ix.stats.Took = time.Since(start)
		return ix, nil
	}
	path := filepath.Join(dataDir, SnapshotFile)
	snap, err := ReadSnapshot(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		log.Warn("rebuilding index: snapshot unusable", "path", path, "err", err)
		snap = nil
	case snap.Fingerprint == Fingerprint(stories, emb.ID(), opts.Chunk):
		ix, err := fromSnapshot(ctx, snap, stories, emb, opts)
		if err == nil {
			ix.stats.Took = time.Since(start)
			return ix, nil
		}
		log.Warn("rebuilding index: snapshot unusable", "path", path, "err", err)
		snap = nil
	}
	ix, err := Build(ctx, stories, emb, opts, snap)
	if err != nil {
		return nil, err
	}
	if err := ix.Save(path); err != nil {
		log.Warn("couldn't save index snapshot; it will be rebuilt next start", "path", path, "err", err)
	}
	ix.stats.Took = time.Since(start)
	return ix, nil
}
