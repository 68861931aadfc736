package retrieval

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/philippgille/chromem-go"
	"github.com/storybot-dev/storybot/story"
)

// ErrStaleIndex is returned by Update called on an index that has been
// updated already: only the newest version of an index can be updated.
var ErrStaleIndex = errors.New("retrieval: only the newest version of an index can be updated")

// UpdateStats says what an Update changed.
type UpdateStats struct {
	Added, Changed, Removed int // stories
	// ChunksAdded and ChunksRemoved count the documents added to and
	// deleted from the vector collection and BM25; a chunk whose text an
	// edit left as it was keeps its document.
	ChunksAdded, ChunksRemoved int
	Embedded                   int // chunks sent to the embedder
	Took                       time.Duration
}

// Update returns a new version of the index holding stories (sorted by
// source, as story.Load returns them), and leaves ix as it was for the
// searches that hold it. Only the stories that were added, changed or
// removed are touched: their chunks are cut and embedded (a chunk whose
// text is unchanged keeps its vector and its documents), deleted from and
// added to the vector collection, and their BM25 postings patched, with
// document frequencies and the average length kept exact, so the new
// version searches as an index built from scratch on stories would. When
// nothing changed it returns ix itself.
//
// Only the newest version can be updated (ErrStaleIndex otherwise), and
// updates of one lineage run one at a time. On error nothing changes.
func (ix *Index) Update(ctx context.Context, stories []story.Story) (*Index, UpdateStats, error) {
	start := time.Now()
	var us UpdateStats
	if len(stories) == 0 {
		return nil, us, story.ErrEmptyCorpus
	}
	for i := 1; i < len(stories); i++ {
		if stories[i-1].Source >= stories[i].Source {
			return nil, us, fmt.Errorf("retrieval: Update wants stories sorted by source, each once (%q before %q)", stories[i-1].Source, stories[i].Source)
		}
	}
	sh := ix.sh
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.latest != ix.gen {
		return nil, us, ErrStaleIndex
	}

	nx, todo, removed := ix.next(stories, &us)
	if us.Added+us.Changed+us.Removed == 0 {
		return ix, us, nil
	}
	if len(nx.chunks) == 0 {
		return nil, us, errors.New("the corpus has no text to index")
	}

	// Embed the new chunks. Nothing shared has changed yet, so a failure
	// leaves ix as it was.
	err := embedAll(ctx, ix.emb, ix.opts.EmbedBatch, todo, nx.text, func(p int, v []float32) error {
		if len(v) != ix.dim {
			return fmt.Errorf("embedder %s returned a %d-dimension vector for chunk %s, want %d", ix.emb.ID(), len(v), nx.chunks[p].ID, ix.dim)
		}
		nx.vecs[p] = normalize(v)
		return nil
	}, nil)
	if err != nil {
		return nil, us, err
	}
	us.Embedded = len(todo)
	if err := ctx.Err(); err != nil {
		return nil, us, err
	}

	added := nx.assignSlots(len(ix.pos), todo)
	nx.bm25 = ix.bm25.patch(removed, added, nx.pos)
	nx.publish(ctx, todo, removed)

	nx.fp = fingerprint(nx.sums, ix.emb.ID(), ix.opts.Chunk)
	nx.setStats()
	us.ChunksAdded, us.ChunksRemoved = len(todo), len(removed)
	nx.stats.Embedded = us.Embedded
	nx.stats.Reused = len(nx.chunks) - us.Embedded
	us.Took = time.Since(start)
	nx.stats.Took = us.Took
	return nx, us, nil
}

// noSlot marks a chunk of a new version that has no document yet.
const noSlot = ^uint32(0)

// next lays out the version of ix that holds stories, counting what
// changed into us: the chunks of an unchanged story are carried over
// (slot, vector and all), a changed or added story is cut anew, keeping
// the slot and vector of each chunk whose text it kept. It returns the new
// version without vectors for todo (the positions to embed) and the
// documents to remove, with the text they were indexed from.
func (ix *Index) next(stories []story.Story, us *UpdateStats) (nx *Index, todo []int, removed []docText) {
	old := ix.stories
	nx = &Index{stories: stories, emb: ix.emb, opts: ix.opts, dim: ix.dim, sh: ix.sh, gen: ix.gen + 1}
	nx.sums = make([][32]byte, len(stories))
	nx.chunks = make([]story.Chunk, 0, len(ix.chunks)+16)
	nx.keys = make([][16]byte, 0, cap(nx.chunks))
	nx.vecs = make([][]float32, 0, cap(nx.chunks))
	nx.slots = make([]uint32, 0, cap(nx.chunks))

	oc := 0 // cursor in ix.chunks, which are grouped by story in order
	// oldChunks returns the range of ix.chunks of old story i; stories are
	// visited in order.
	oldChunks := func(i int) (int, int) {
		for oc < len(ix.chunks) && ix.chunks[oc].Story < i {
			oc++
		}
		a := oc
		for oc < len(ix.chunks) && ix.chunks[oc].Story == i {
			oc++
		}
		return a, oc
	}
	drop := func(i int) {
		a, b := oldChunks(i)
		for c := a; c < b; c++ {
			removed = append(removed, docText{doc: ix.slots[c], text: ix.text(c)})
		}
	}
	i := 0
	for j := range stories {
		s := &stories[j]
		for i < len(old) && old[i].Source < s.Source {
			drop(i)
			us.Removed++
			i++
		}
		if i < len(old) && old[i].Source == s.Source && old[i].Text == s.Text {
			a, b := oldChunks(i)
			for c := a; c < b; c++ {
				ch := ix.chunks[c]
				ch.Story = j
				nx.chunks = append(nx.chunks, ch)
				nx.keys = append(nx.keys, ix.keys[c])
				nx.vecs = append(nx.vecs, ix.vecs[c])
				nx.slots = append(nx.slots, ix.slots[c])
			}
			nx.sums[j] = ix.sums[i]
			i++
			continue
		}
		// Added, or changed: cut anew. A chunk of the old version whose
		// text is unchanged keeps its slot and vector.
		reuse := map[[16]byte][]int{}
		if i < len(old) && old[i].Source == s.Source {
			us.Changed++
			a, b := oldChunks(i)
			for c := a; c < b; c++ {
				reuse[ix.keys[c]] = append(reuse[ix.keys[c]], c)
			}
			i++
		} else {
			us.Added++
		}
		for _, ch := range story.Chunks(s, j, ix.opts.Chunk) {
			k := chunkKey(s.Text[ch.Start:ch.End])
			p := len(nx.chunks)
			nx.chunks = append(nx.chunks, ch)
			nx.keys = append(nx.keys, k)
			if cs := reuse[k]; len(cs) > 0 {
				c := cs[0]
				reuse[k] = cs[1:]
				nx.vecs = append(nx.vecs, ix.vecs[c])
				nx.slots = append(nx.slots, ix.slots[c])
				continue
			}
			nx.vecs = append(nx.vecs, nil)
			nx.slots = append(nx.slots, noSlot)
			todo = append(todo, p)
		}
		for _, cs := range reuse {
			for _, c := range cs {
				removed = append(removed, docText{doc: ix.slots[c], text: ix.text(c)})
			}
		}
		nx.sums[j] = storySum(s)
	}
	for ; i < len(old); i++ {
		drop(i)
		us.Removed++
	}
	return nx, todo, removed
}

// assignSlots hands out slots to the new chunks at todo, in position
// order, from base, and maps this version's slots to positions. It
// returns the new documents for BM25.
func (nx *Index) assignSlots(base int, todo []int) []docText {
	added := make([]docText, len(todo))
	for t, p := range todo {
		nx.slots[p] = uint32(base + t)
		added[t] = docText{doc: uint32(base + t), text: nx.text(p)}
	}
	nx.pos = make([]int32, base+len(todo))
	for s := range nx.pos {
		nx.pos[s] = -1
	}
	for p, s := range nx.slots {
		nx.pos[s] = int32(p)
	}
	return added
}

// publish puts nx's new documents into the shared vector collection and
// deletes the removed ones, then makes nx the newest version. A search on
// an older version meanwhile drops the documents it does not know, and
// once deleted says an update is deleting, scans its own vectors instead.
func (nx *Index) publish(ctx context.Context, todo []int, removed []docText) {
	sh := nx.sh
	base := len(nx.pos) - len(todo)
	for t, p := range todo {
		// AddDocument fails only for an empty ID or embedding.
		if err := sh.coll.AddDocument(ctx, chromem.Document{ID: strconv.Itoa(base + t), Embedding: nx.vecs[p]}); err != nil {
			panic(fmt.Sprintf("retrieval: adding a document to the vector collection: %v", err))
		}
	}
	sh.slots.Store(uint32(len(nx.pos)))
	if len(removed) > 0 {
		sh.deleted.Store(nx.gen)
		ids := make([]string, len(removed))
		for t, d := range removed {
			ids[t] = strconv.Itoa(int(d.doc))
		}
		if err := sh.coll.Delete(ctx, nil, nil, ids...); err != nil {
			panic(fmt.Sprintf("retrieval: deleting documents from the vector collection: %v", err))
		}
	}
	sh.latest = nx.gen
}
