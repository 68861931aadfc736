package retrieval

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/storybot-dev/storybot/story"
)

// The snapshot file: one file holds a whole index, so a reload can never
// mix documents of two builds (chromem's NewPersistentDB writes a file per
// document, named by 32 bits of a hash, and loses documents to collisions
// at 100,000 chunks). It holds what opening needs, ready to use: the chunk
// table, the BM25 postings (not rebuilt from the text on open) and the
// vectors; the postings and the vectors are blocks read straight into
// memory.
//
//	magic "STBYSNAP" | version u32 | meta length u64 | postings bytes u64 | vector bytes u64
//	| meta: fingerprint [32] | embedder id (uvarint len, bytes) | dim uvarint | chunks uvarint
//	|   per chunk: story, start, end, sentence count, sentences (uvarints, deltas) | key [16]
//	|   BM25: per chunk its length (uvarint) | terms uvarint
//	|     per term: length, bytes, postings count (uvarints)
//	| postings: per term in meta order, its postings in chunk order, 8 bytes each:
//	|   chunk u32, tf u16, zero u16, little endian (a posting's layout in memory)
//	| vectors: chunks*dim float32, little endian
//	| crc32c of everything before, u32
//
// Format 3 stores the postings at a fixed width instead of format 2's
// uvarints: decoding those was a third of opening. Older formats fail the
// version check and are rebuilt.
//
// Chunks are numbered by position; an updated index is written in its
// position order, as a fresh build of the same stories would be.
const (
	snapshotMagic   = "STBYSNAP"
	snapshotVersion = 3
	// SnapshotFile is the index file's name in the data directory.
	SnapshotFile = "index.snap"
	preambleLen  = len(snapshotMagic) + 4 + 8 + 8 + 8
	postingLen   = 8 // bytes per posting in the file
)

// The postings block is read straight into a []posting.
var _ [postingLen - unsafe.Sizeof(posting{})]struct{}
var _ [unsafe.Sizeof(posting{}) - postingLen]struct{}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Snapshot is an index as read from disk, before it is matched to a corpus.
type Snapshot struct {
	Fingerprint [32]byte
	EmbedderID  string
	Dim         int
	chunks      []story.Chunk // Story and spans only; IDs are set on load
	keys        [][16]byte
	vectors     []float32
	docLen      []uint16
	terms       []string
	postings    [][]posting
}

// Save writes the index's snapshot to path atomically: a temp file in the
// same directory, synced, then renamed over the old one. It streams: the
// vectors are not copied in memory first. The index is not changed by
// updates, so Save may run while newer versions serve.
func (ix *Index) Save(path string) error { return ix.save(context.Background(), path) }

// save is Save, given up (the old file left in place) once ctx is done.
func (ix *Index) save(ctx context.Context, path string) error {
	meta, rows, npost := ix.encodeMeta()
	return writeAtomic(path, func(out io.Writer) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		crc := crc32.New(crcTable)
		w := io.MultiWriter(out, crc)
		var buf []byte
		buf = append(buf, snapshotMagic...)
		buf = binary.LittleEndian.AppendUint32(buf, snapshotVersion)
		buf = binary.LittleEndian.AppendUint64(buf, uint64(len(meta)))
		buf = binary.LittleEndian.AppendUint64(buf, uint64(postingLen*npost))
		buf = binary.LittleEndian.AppendUint64(buf, uint64(4*len(ix.chunks)*ix.dim))
		if _, err := w.Write(buf); err != nil {
			return err
		}
		if _, err := w.Write(meta); err != nil {
			return err
		}
		buf = buf[:0]
		var tmp []posting
		for _, r := range rows {
			tmp = ix.rowInPositions(tmp[:0], r)
			for _, p := range tmp {
				buf = binary.LittleEndian.AppendUint32(buf, p.doc)
				buf = binary.LittleEndian.AppendUint32(buf, uint32(p.tf))
			}
			if len(buf) > 32<<10 {
				if _, err := w.Write(buf); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
		for _, v := range ix.vecs {
			for _, x := range v {
				buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(x))
			}
			if len(buf) > 32<<10 {
				if err := ctx.Err(); err != nil {
					return err
				}
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

// rowInPositions appends BM25 row r's postings to tmp, numbered by
// position and in position order.
func (ix *Index) rowInPositions(tmp []posting, r int) []posting {
	sorted := true
	for _, p := range ix.bm25.postings[r] {
		q := posting{doc: uint32(ix.pos[p.doc]), tf: p.tf}
		if len(tmp) > 0 && q.doc < tmp[len(tmp)-1].doc {
			sorted = false
		}
		tmp = append(tmp, q)
	}
	if !sorted {
		slices.SortFunc(tmp, func(a, b posting) int { return cmp.Compare(a.doc, b.doc) })
	}
	return tmp
}

// encodeMeta encodes everything but the postings and the vectors, in
// position order. It returns the BM25 rows written, in order, and their
// postings' count.
func (ix *Index) encodeMeta() (meta []byte, rows []int, npost int) {
	var buf []byte
	uv := func(x int) { buf = binary.AppendUvarint(buf, uint64(x)) }
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
	}
	bm := ix.bm25
	for _, slot := range ix.slots {
		uv(int(bm.docLen[slot]))
	}
	// Terms in row order; a row no chunk holds any more is left out.
	rowTerm := make([]string, len(bm.postings))
	for t, r := range bm.base {
		rowTerm[r] = t
	}
	for t, r := range bm.extra {
		rowTerm[r] = t
	}
	for r, ps := range bm.postings {
		if len(ps) > 0 {
			rows = append(rows, r)
		}
	}
	uv(len(rows))
	for _, r := range rows {
		uv(len(rowTerm[r]))
		buf = append(buf, rowTerm[r]...)
		uv(len(bm.postings[r]))
		npost += len(bm.postings[r])
	}
	return buf, rows, npost
}

// tempPrefix starts the name of every temp file written in a data
// directory: ".tmp-index.snap-123456".
const tempPrefix = ".tmp-"

// WriteFileAtomic writes data to path as Save writes a snapshot: a temp
// file beside it, synced, then renamed over it.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

func writeAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("couldn't create data directory: %w", err)
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	// The file's lock tells RemoveStaleTemp, in this process or another
	// sharing the directory, that the file is being written; it goes with
	// the process, so a killed writer's file is stale at once. The
	// directory's lock covers the instant between creating and locking.
	unlock := lockDir(dir)
	f, err := os.CreateTemp(dir, tempPrefix+filepath.Base(path)+"-*")
	if err != nil {
		unlock()
		return fmt.Errorf("couldn't create temp file for %s: %w", path, err)
	}
	lockFile(f)
	unlock()
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

// RemoveStaleTemp removes the temp files a killed writer left in dir (a
// kill -9 during a save): those nobody holds locked, however new (a
// rebuild run straight after the kill must not leave them). It returns how
// many it removed; errors are ignored (a file it can't remove is someone
// else's).
func RemoveStaleTemp(dir string) int {
	unlock := lockDir(dir)
	defer unlock()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, d := range entries {
		if !d.Type().IsRegular() || !strings.HasPrefix(d.Name(), tempPrefix) {
			continue
		}
		p := filepath.Join(dir, d.Name())
		if inUse(p) {
			continue
		}
		if os.Remove(p) == nil {
			n++
		}
	}
	return n
}

// ErrCorruptSnapshot is returned for a snapshot file that fails its checks.
var ErrCorruptSnapshot = errors.New("index snapshot is corrupt")

// ReadSnapshot reads and checks a snapshot file. A missing file returns an
// error matching fs.ErrNotExist; a damaged one, ErrCorruptSnapshot.
func ReadSnapshot(path string) (*Snapshot, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return readSnapshot(f, st.Size())
}

// crc32Combine returns the CRC-32C of a+b from crc1 of a, crc2 of b and
// b's length (zlib's crc32_combine).
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1
	}
	times := func(mat *[32]uint32, vec uint32) uint32 {
		var sum uint32
		for i := 0; vec != 0; i, vec = i+1, vec>>1 {
			if vec&1 != 0 {
				sum ^= mat[i]
			}
		}
		return sum
	}
	square := func(sq, mat *[32]uint32) {
		for n := range sq {
			sq[n] = times(mat, mat[n])
		}
	}
	var even, odd [32]uint32
	odd[0] = crc32.Castagnoli // the operator for one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	square(&even, &odd) // two zero bits
	square(&odd, &even) // four
	// Each turn squares the other matrix into this one (one more doubling
	// of the zero bits) and applies it where len2 has a bit.
	this, other := &even, &odd
	for {
		square(this, other)
		if len2&1 != 0 {
			crc1 = times(this, crc1)
		}
		len2 >>= 1
		if len2 == 0 {
			break
		}
		this, other = other, this
	}
	return crc1 ^ crc2
}

func decodeSnapshot(data []byte) (*Snapshot, error) {
	return readSnapshot(bytes.NewReader(data), int64(len(data)))
}

func bad(what string) error { return fmt.Errorf("%w: %s", ErrCorruptSnapshot, what) }

// littleEndian: the vectors are read straight into memory as they are
// stored, and swapped after on a big-endian machine.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// readSnapshot reads a snapshot of size bytes: the preamble, the meta
// section, then the postings and the vectors into their blocks, one read
// each, while the meta section is decoded on another goroutine (its
// result is used only once the checksum is right).
func readSnapshot(r io.ReaderAt, size int64) (*Snapshot, error) {
	if size < int64(preambleLen)+4 {
		return nil, bad("not a storybot index")
	}
	var off int64
	read := func(b []byte) error {
		if len(b) == 0 {
			return nil
		}
		_, err := r.ReadAt(b, off)
		off += int64(len(b))
		if err != nil {
			return fmt.Errorf("couldn't read index snapshot: %w", err)
		}
		return nil
	}
	pre := make([]byte, preambleLen)
	if err := read(pre); err != nil {
		return nil, err
	}
	if string(pre[:len(snapshotMagic)]) != snapshotMagic {
		return nil, bad("not a storybot index")
	}
	if v := binary.LittleEndian.Uint32(pre[len(snapshotMagic):]); v != snapshotVersion {
		return nil, bad(fmt.Sprintf("format version %d, want %d", v, snapshotVersion))
	}
	metaLen := binary.LittleEndian.Uint64(pre[len(snapshotMagic)+4:])
	postLen := binary.LittleEndian.Uint64(pre[len(snapshotMagic)+12:])
	vecLen := binary.LittleEndian.Uint64(pre[len(snapshotMagic)+20:])
	rest := uint64(size) - uint64(preambleLen) - 4
	if metaLen > rest || postLen > rest-metaLen || vecLen > rest-metaLen-postLen || metaLen+postLen+vecLen != rest ||
		vecLen%4 != 0 || postLen%postingLen != 0 {
		return nil, bad("section sizes (truncated or damaged)")
	}
	meta := make([]byte, metaLen)
	if err := read(meta); err != nil {
		return nil, err
	}
	// decodeMeta only slices the postings block, it does not read it.
	postings := make([]posting, postLen/postingLen)
	type decoded struct {
		s   *Snapshot
		err error
	}
	dec := make(chan decoded, 1)
	go func() {
		s, err := decodeMeta(meta, postings)
		dec <- decoded{s, err}
	}()
	var pb []byte
	if len(postings) > 0 {
		pb = unsafe.Slice((*byte)(unsafe.Pointer(&postings[0])), postLen)
	}
	if err := read(pb); err != nil {
		<-dec
		return nil, err
	}
	vectors := make([]float32, vecLen/4)
	var vb []byte
	if len(vectors) > 0 {
		vb = unsafe.Slice((*byte)(unsafe.Pointer(&vectors[0])), vecLen)
	}
	// The vectors' second half is read and checksummed on another
	// goroutine, and its CRC combined with the first's.
	half := vb[len(vb)/2:]
	var halfSum uint32
	var halfErr error
	halfDone := make(chan struct{})
	halfOff := off + int64(len(vb)-len(half))
	go func() {
		defer close(halfDone)
		if len(half) == 0 {
			return
		}
		if _, err := r.ReadAt(half, halfOff); err != nil {
			halfErr = fmt.Errorf("couldn't read index snapshot: %w", err)
			return
		}
		halfSum = crc32.Checksum(half, crcTable)
	}()
	var want uint32
	err := read(vb[:len(vb)-len(half)])
	if err == nil {
		off += int64(len(half))
		var tail [4]byte
		err = read(tail[:])
		want = binary.LittleEndian.Uint32(tail[:])
	}
	sum := crc32.Checksum(pre, crcTable)
	for _, b := range [][]byte{meta, pb, vb[:len(vb)-len(half)]} {
		sum = crc32.Update(sum, crcTable, b)
	}
	<-halfDone
	if err == nil {
		err = halfErr
	}
	if err != nil {
		<-dec
		return nil, err
	}
	sum = crc32Combine(sum, halfSum, int64(len(half)))
	d := <-dec
	if sum != want {
		return nil, bad("checksum mismatch (truncated or damaged)")
	}
	if d.err != nil {
		return nil, d.err
	}
	s := d.s
	if !littleEndian {
		for i, x := range vectors {
			vectors[i] = math.Float32frombits(bits.ReverseBytes32(math.Float32bits(x)))
		}
		for i, p := range postings {
			postings[i] = posting{doc: bits.ReverseBytes32(p.doc), tf: bits.ReverseBytes16(p.tf)}
		}
	}
	// Each term's postings: in ascending chunk order, each chunk once, with
	// a term frequency.
	n := uint32(len(s.chunks))
	for _, ps := range s.postings {
		prev := uint32(0)
		for k, p := range ps {
			if p.doc >= n || p.tf == 0 || k > 0 && p.doc <= prev {
				return nil, bad("keyword index")
			}
			prev = p.doc
		}
	}
	if len(vectors) != len(s.chunks)*s.Dim {
		return nil, bad("vector table size")
	}
	s.vectors = vectors
	return s, nil
}

// decodeMeta decodes the meta section; the terms' postings are sliced
// from block, in order, without reading it (it may be still being read).
func decodeMeta(p []byte, block []posting) (*Snapshot, error) {
	if len(p) < 32 {
		return nil, bad("header")
	}
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
	offs := make([]int, n+1)
	spans := make([]story.Span, 0, 3*n)
	for i := range s.chunks {
		c := &s.chunks[i]
		c.Story = uv()
		c.Start = uv()
		c.End = c.Start + uv()
		ns := uv()
		if failed || ns > len(p) {
			return nil, bad("chunk table")
		}
		prev := c.Start
		for range ns {
			st := prev + uv()
			sp := story.Span{Start: st, End: st + uv()}
			spans = append(spans, sp)
			prev = sp.End
		}
		offs[i+1] = len(spans)
		if failed || len(p) < 16 {
			return nil, bad("chunk table")
		}
		copy(s.keys[i][:], p)
		p = p[16:]
	}
	for i := range s.chunks {
		s.chunks[i].Sentences = spans[offs[i]:offs[i+1]:offs[i+1]]
	}
	s.docLen = make([]uint16, n)
	for i := range s.docLen {
		l := uv()
		if l > math.MaxUint16 {
			failed = true
		}
		s.docLen[i] = uint16(l)
	}
	nt := uv()
	if failed || nt > len(p) {
		return nil, bad("keyword index")
	}
	s.terms = make([]string, nt)
	s.postings = make([][]posting, nt)
	for t := range s.terms {
		l := uv()
		if failed || l > len(p) {
			return nil, bad("keyword index")
		}
		s.terms[t] = string(p[:l])
		p = p[l:]
		np := uv()
		if failed || np == 0 || np > n || np > len(block) {
			return nil, bad("keyword index")
		}
		s.postings[t] = block[:np:np]
		block = block[np:]
	}
	if failed || len(p) != 0 {
		return nil, bad("meta section size")
	}
	if len(block) != 0 {
		return nil, bad("postings section size")
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

// fromSnapshot makes an index from a snapshot whose fingerprint matches
// stories, checking every span against the stories it points into. The
// vectors and postings are used as read.
func fromSnapshot(ctx context.Context, s *Snapshot, stories []story.Story, sums [][32]byte, emb Embedder, opts Options) (*Index, error) {
	ix := &Index{stories: stories, emb: emb, opts: opts, chunks: s.chunks, keys: s.keys, dim: s.Dim, fp: s.Fingerprint, sums: sums}
	ix.vecs = make([][]float32, len(ix.chunks))
	for i := range ix.vecs {
		ix.vecs[i] = s.vectors[i*s.Dim : (i+1)*s.Dim : (i+1)*s.Dim]
	}
	// The vector collection fills (chromem checks every vector's norm)
	// while the chunks are checked and the keyword index's term table is
	// made; on an error here it is waited for and dropped.
	done := make(chan error, 1)
	go func() { done <- ix.finish(ctx) }()
	for i := range ix.chunks {
		c := &ix.chunks[i]
		if c.Story >= len(stories) || c.End > len(stories[c.Story].Text) || c.Start > c.End || len(c.Sentences) == 0 ||
			i > 0 && c.Story < ix.chunks[i-1].Story {
			<-done
			return nil, fmt.Errorf("%w: chunk %d points outside its story", ErrCorruptSnapshot, i)
		}
		for _, sp := range c.Sentences {
			if sp.Start < c.Start || sp.End > c.End || sp.Start > sp.End {
				<-done
				return nil, fmt.Errorf("%w: chunk %d has a sentence outside it", ErrCorruptSnapshot, i)
			}
		}
		c.ID = stories[c.Story].Source + "#" + strconv.Itoa(c.Start) + "-" + strconv.Itoa(c.End)
	}
	bm := &BM25{base: make(map[string]int32, len(s.terms)), postings: s.postings, docLen: s.docLen, docs: len(s.chunks), pool: new(sync.Pool)}
	for t, term := range s.terms {
		if _, dup := bm.base[term]; dup {
			<-done
			return nil, fmt.Errorf("%w: term %q twice", ErrCorruptSnapshot, term)
		}
		bm.base[term] = int32(t)
	}
	for _, l := range s.docLen {
		bm.total += int64(l)
	}
	bm.setAvg()
	if err := <-done; err != nil {
		return nil, err
	}
	ix.bm25 = bm
	ix.stats.Loaded = true
	return ix, nil
}

// Open returns the index for stories: the snapshot in dataDir when it was
// built from the same stories, embedder and chunking (and opts.Rebuild is
// off), and a new build otherwise, which is saved for next time. An empty
// dataDir builds in memory only. A missing, stale or corrupt snapshot is
// rebuilt, never trusted; failing to save is logged and kept in SaveErr,
// not fatal. Temp files left in dataDir by a killed save are removed.
func Open(ctx context.Context, dataDir string, stories []story.Story, emb Embedder, opts Options, log *slog.Logger) (*Index, error) {
	return OpenLoading(ctx, dataDir, func() ([]story.Story, error) { return stories, nil }, emb, opts, log)
}

// OpenLoading is Open with the stories read by load while the snapshot is
// read: a cold start waits for the longer of the two, not for both. An
// error from load is returned as it is.
func OpenLoading(ctx context.Context, dataDir string, load func() ([]story.Story, error), emb Embedder, opts Options, log *slog.Logger) (*Index, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	if dataDir == "" {
		// No data directory: build in memory, read and write nothing.
		stories, err := load()
		if err != nil {
			return nil, err
		}
		ix, err := Build(ctx, stories, emb, opts, nil)
		if err != nil {
			return nil, err
		}
		ix.stats.Took = time.Since(start)
		return ix, nil
	}
	if n := RemoveStaleTemp(dataDir); n > 0 {
		log.Info("removed temp files left by an interrupted save", "dir", dataDir, "files", n)
	}
	path := filepath.Join(dataDir, SnapshotFile)
	// The stories are read and hashed while the snapshot is read.
	var (
		stories []story.Story
		sums    [][32]byte
		loadErr error
	)
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		if stories, loadErr = load(); loadErr == nil {
			sums = storySums(stories)
		}
	}()
	var snap *Snapshot
	err := fs.ErrNotExist
	if !opts.Rebuild {
		snap, err = ReadSnapshot(path)
	}
	<-loaded
	if loadErr != nil {
		return nil, loadErr
	}
	switch {
	case opts.Rebuild:
		// Build anew; the old snapshot stays in place until the new one
		// is written whole.
		snap = nil
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		log.Warn("rebuilding index: snapshot unusable", "path", path, "err", err)
		snap = nil
	case snap.Fingerprint == fingerprint(sums, emb.ID(), opts.Chunk):
		ix, err := fromSnapshot(ctx, snap, stories, sums, emb, opts)
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
	if err := ctx.Err(); err != nil {
		// Cancelled once built: the old snapshot stays as it was.
		return nil, err
	}
	if err := ix.save(ctx, path); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		ix.saveErr = err
		log.Warn("couldn't save index snapshot; it will be rebuilt next start", "path", path, "err", err)
	}
	ix.stats.Took = time.Since(start)
	return ix, nil
}
