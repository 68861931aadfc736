package weaviate

import (
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/story"
)

// Chunk is one indexed chunk as stored in the collection.
type Chunk struct {
	// Source is the story's file name relative to the corpus (what
	// citations use).
	Source string
	// StoryHash identifies the story's content and everything the chunks
	// and vectors were made with (see StoryHash): every chunk of a story
	// carries the same one. A story whose hash is unchanged is not
	// written again.
	StoryHash string
	// ID is the chunk's storybot ID, source#start-end.
	ID string
	// Start and End are the chunk's byte span in the story file.
	Start, End int
	Title      string
	Date       string // YYYY-MM-DD or ""
	Text       string
	// Vector is the chunk's embedding (storybot's embedder; Weaviate does
	// not vectorize). Sync requires it; Search leaves it nil.
	Vector []float32
}

// StoryHash is a content hash for Chunk.StoryHash: the story's bytes and
// whatever else decides its chunks and vectors (the chunker's version and
// options, the embedder's ID), so that a change to any of them rewrites
// the story's chunks.
func StoryHash(text string, salt ...string) string {
	h := sha256.New()
	for _, s := range salt {
		fmt.Fprintf(h, "%d:%s\x00", len(s), s)
	}
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// SyncStats says what Sync did.
type SyncStats struct {
	Stories   int `json:"stories"`   // stories given
	Unchanged int `json:"unchanged"` // stories already stored as given
	Added     int `json:"added"`     // stories not stored before
	Changed   int `json:"changed"`   // stories stored with another hash (or partly)
	Removed   int `json:"removed"`   // stories stored but not given, deleted
	Written   int `json:"written"`   // objects written
	Deleted   int `json:"deleted"`   // objects deleted
	Requests  int `json:"requests"`  // write and delete requests sent (retries not counted)
	Took      time.Duration
}

// ErrNoChunks is returned by Sync when given nothing: an empty corpus is
// far more often an unmounted volume than a wish to delete every story.
// Use DeleteCollection to empty the collection.
var ErrNoChunks = errors.New("weaviate: no chunks to sync (refusing to delete every story); use DeleteCollection to empty the collection")

// uuidNamespace is storybot's UUID v5 namespace for chunk object IDs.
var uuidNamespace = [16]byte{0x6b, 0x1e, 0x0c, 0x3a, 0x52, 0x9d, 0x4f, 0x0e, 0x9a, 0x61, 0x27, 0x3c, 0x58, 0xd4, 0x10, 0x7b}

// ObjectID is the Weaviate object ID of a chunk: a UUID v5 of its source,
// story hash and chunk ID, so the same chunk of the same story version is
// always the same object, and a new version of a story is new objects.
func ObjectID(source, storyHash, chunkID string) string {
	h := sha1.New()
	h.Write(uuidNamespace[:])
	fmt.Fprintf(h, "%s\x00%s\x00%s", source, storyHash, chunkID)
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}

// stored is one object as listed: just what Sync needs.
type stored struct {
	ID, Source, StoryHash string
}

// Sync makes the collection hold exactly the given chunks, writing as
// little as it can: a story whose chunks are all stored under its hash is
// left alone (an unchanged corpus sends no write at all); a story with a
// new hash gets its new chunks written, then its old ones deleted (so it
// is never missing from search meanwhile); a story no longer given has its
// chunks deleted. Writes go in batches of Config.BatchSize, reported to
// Config.Progress; transient errors are retried. It creates the collection
// if needed. One process should sync a collection at a time.
//
// What to do is planned from the chunks and a listing of the collection
// (planSync, which needs no server), then applied.
func (c *Client) Sync(ctx context.Context, chunks []Chunk) (SyncStats, error) {
	start := time.Now()
	if len(chunks) == 0 {
		return SyncStats{}, ErrNoChunks
	}
	want, err := groupChunks(chunks)
	if err != nil {
		return SyncStats{}, err
	}
	if err := c.EnsureCollection(ctx); err != nil {
		return SyncStats{Stories: len(want)}, err
	}
	have, err := c.list(ctx)
	if err != nil {
		return SyncStats{Stories: len(want)}, err
	}
	p := planSync(want, have)
	st, err := c.apply(ctx, p)
	st.Took = time.Since(start)
	return st, err
}

// syncPlan is what a sync does, in order: write, then clean up the stories
// that changed, then remove the stories no longer given.
type syncPlan struct {
	// write are the chunks whose objects the collection lacks, story by
	// story in source order.
	write []*Chunk
	// cleanups are, per story that changed, the objects to delete once its
	// new chunks are written.
	cleanups []cleanup
	// remove are the stories stored but not given, in source order: every
	// object of each is deleted.
	remove []string
	// stats has Stories, Unchanged, Added and Changed filled in.
	stats SyncStats
}

// cleanup is what goes of one story after its new chunks are written.
type cleanup struct {
	source string
	// keepHash, if set, deletes every object of source whose story hash is
	// not keepHash: the story's older versions.
	keepHash string
	// ids are objects of the current version that are no longer wanted.
	ids []string
}

// planSync says what makes a collection that holds have hold exactly want
// (groupChunks' stories). It is pure: no request, same plan for the same
// input.
func planSync(want map[string]*storyGroup, have []stored) syncPlan {
	p := syncPlan{stats: SyncStats{Stories: len(want)}}
	bySource := make(map[string][]stored)
	for _, o := range have {
		bySource[o.Source] = append(bySource[o.Source], o)
	}
	for _, src := range slices.Sorted(maps.Keys(want)) {
		g := want[src]
		old := bySource[src]
		oldIDs := make(map[string]bool, len(old))
		otherHash := false
		for _, o := range old {
			oldIDs[o.ID] = true
			if o.StoryHash != g.hash {
				otherHash = true
			}
		}
		newIDs := make(map[string]bool, len(g.chunks))
		missing := 0
		for _, ch := range g.chunks {
			id := ObjectID(ch.Source, ch.StoryHash, ch.ID)
			newIDs[id] = true
			if !oldIDs[id] {
				p.write = append(p.write, ch)
				missing++
			}
		}
		var stale []string // same hash, chunk no longer wanted
		for _, o := range old {
			if o.StoryHash == g.hash && !newIDs[o.ID] {
				stale = append(stale, o.ID)
			}
		}
		switch {
		case len(old) == 0:
			p.stats.Added++
		case missing == 0 && !otherHash && len(stale) == 0:
			p.stats.Unchanged++
		default:
			p.stats.Changed++
		}
		if otherHash || len(stale) > 0 {
			cl := cleanup{source: src, ids: stale}
			if otherHash {
				cl.keepHash = g.hash
			}
			p.cleanups = append(p.cleanups, cl)
		}
	}
	for src := range bySource {
		if _, ok := want[src]; !ok {
			p.remove = append(p.remove, src)
		}
	}
	slices.Sort(p.remove)
	return p
}

// apply carries out a plan: writes in batches, then the cleanups, then
// the removals. On error it stops, and the stats say what was done.
func (c *Client) apply(ctx context.Context, p syncPlan) (SyncStats, error) {
	st := p.stats
	if c.cfg.Progress != nil && len(p.write) > 0 {
		c.cfg.Progress(0, len(p.write))
	}
	for b := 0; b < len(p.write); b += c.cfg.BatchSize {
		batch := p.write[b:min(b+c.cfg.BatchSize, len(p.write))]
		st.Requests++
		if err := c.writeBatch(ctx, batch); err != nil {
			return st, err
		}
		st.Written += len(batch)
		if c.cfg.Progress != nil {
			c.cfg.Progress(st.Written, len(p.write))
		}
	}
	for _, cl := range p.cleanups {
		if cl.keepHash != "" {
			n, reqs, err := c.deleteWhere(ctx, andFilter(equalText("source", cl.source), notEqualText("storyHash", cl.keepHash)))
			st.Deleted += n
			st.Requests += reqs
			if err != nil {
				return st, err
			}
		}
		for _, id := range cl.ids {
			st.Requests++
			if err := c.deleteObject(ctx, id); err != nil {
				return st, err
			}
			st.Deleted++
		}
	}
	for _, src := range p.remove {
		n, reqs, err := c.deleteWhere(ctx, equalText("source", src))
		st.Deleted += n
		st.Requests += reqs
		if err != nil {
			return st, err
		}
		st.Removed++
	}
	return st, nil
}

type storyGroup struct {
	hash   string
	chunks []*Chunk
}

// groupChunks checks the chunks and groups them by story.
func groupChunks(chunks []Chunk) (map[string]*storyGroup, error) {
	want := make(map[string]*storyGroup)
	seen := make(map[string]bool, len(chunks))
	dim := len(chunks[0].Vector)
	for i := range chunks {
		ch := &chunks[i]
		switch {
		case ch.Source == "" || ch.StoryHash == "" || ch.ID == "":
			return nil, fmt.Errorf("weaviate: chunk %d (%q): source, story hash and ID are required", i, ch.ID)
		case len(ch.Vector) == 0:
			return nil, fmt.Errorf("weaviate: chunk %s has no vector", ch.ID)
		case len(ch.Vector) != dim:
			return nil, fmt.Errorf("weaviate: chunk %s has a %d-dimension vector, the first chunk %d", ch.ID, len(ch.Vector), dim)
		case ch.Start < 0 || ch.End < ch.Start:
			return nil, fmt.Errorf("weaviate: chunk %s has span [%d, %d)", ch.ID, ch.Start, ch.End)
		}
		for _, x := range ch.Vector {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return nil, fmt.Errorf("weaviate: chunk %s has a vector that is not finite", ch.ID)
			}
		}
		key := ch.Source + "\x00" + ch.ID
		if seen[key] {
			return nil, fmt.Errorf("weaviate: chunk %s given twice", ch.ID)
		}
		seen[key] = true
		g := want[ch.Source]
		if g == nil {
			g = &storyGroup{hash: ch.StoryHash}
			want[ch.Source] = g
		} else if g.hash != ch.StoryHash {
			return nil, fmt.Errorf("weaviate: story %s has chunks with two hashes (%s, %s)", ch.Source, g.hash, ch.StoryHash)
		}
		g.chunks = append(g.chunks, ch)
	}
	return want, nil
}

type batchObject struct {
	Class      string         `json:"class"`
	ID         string         `json:"id"`
	Properties map[string]any `json:"properties"`
	Vector     []float32      `json:"vector"`
}

type batchResult struct {
	ID     string `json:"id"`
	Result struct {
		Errors *struct {
			Error []struct {
				Message string `json:"message"`
			} `json:"error"`
		} `json:"errors"`
	} `json:"result"`
}

// writeBatch upserts chunks: their object IDs are deterministic, so a
// retried batch overwrites what a failed attempt may have written.
func (c *Client) writeBatch(ctx context.Context, batch []*Chunk) error {
	objs := make([]batchObject, len(batch))
	for i, ch := range batch {
		objs[i] = batchObject{
			Class: c.cfg.Collection,
			ID:    ObjectID(ch.Source, ch.StoryHash, ch.ID),
			Properties: map[string]any{
				"source": ch.Source, "storyHash": ch.StoryHash, "chunkId": ch.ID,
				"start": ch.Start, "end": ch.End, "title": ch.Title, "date": ch.Date, "text": ch.Text,
			},
			Vector: ch.Vector,
		}
	}
	var res []batchResult
	if err := c.do(ctx, http.MethodPost, "/v1/batch/objects", map[string]any{"objects": objs}, &res); err != nil {
		return fmt.Errorf("weaviate: writing %d chunks: %w", len(batch), err)
	}
	var msgs []string
	failed := 0
	for _, r := range res {
		if r.Result.Errors != nil && len(r.Result.Errors.Error) > 0 {
			failed++
			if len(msgs) < 3 {
				msgs = append(msgs, fmt.Sprintf("%s: %s", r.ID, r.Result.Errors.Error[0].Message))
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("weaviate: %d of %d chunks not written: %s", failed, len(batch), strings.Join(msgs, "; "))
	}
	return nil
}

type where map[string]any

func equalText(path, v string) where {
	return where{"path": []string{path}, "operator": "Equal", "valueText": v}
}

func notEqualText(path, v string) where {
	return where{"path": []string{path}, "operator": "NotEqual", "valueText": v}
}

func andFilter(ws ...where) where {
	return where{"operator": "And", "operands": ws}
}

// deleteWhere deletes the objects matching w, in as many requests as
// Weaviate's per-request limit (QUERY_MAXIMUM_RESULTS) needs. It returns
// how many it deleted and how many requests it sent.
func (c *Client) deleteWhere(ctx context.Context, w where) (deleted, requests int, err error) {
	body := map[string]any{
		"match":  map[string]any{"class": c.cfg.Collection, "where": w},
		"output": "minimal",
		"dryRun": false,
	}
	for {
		var res struct {
			Results struct {
				Matches    int `json:"matches"`
				Limit      int `json:"limit"`
				Successful int `json:"successful"`
				Failed     int `json:"failed"`
			} `json:"results"`
		}
		requests++
		if err := c.do(ctx, http.MethodDelete, "/v1/batch/objects", body, &res); err != nil {
			return deleted, requests, fmt.Errorf("weaviate: deleting chunks: %w", err)
		}
		r := res.Results
		deleted += r.Successful
		if r.Failed > 0 {
			return deleted, requests, fmt.Errorf("weaviate: deleting chunks: %d of %d failed", r.Failed, r.Matches)
		}
		// Matches counts every match; at most Limit are deleted per call.
		if r.Successful == 0 || r.Matches <= r.Successful {
			return deleted, requests, nil
		}
	}
}

func (c *Client) deleteObject(ctx context.Context, id string) error {
	err := c.do(ctx, http.MethodDelete, "/v1/objects/"+c.cfg.Collection+"/"+url.PathEscape(id), nil, nil)
	var se *StatusError
	if errors.As(err, &se) && se.Code == http.StatusNotFound {
		return nil
	}
	if err != nil {
		return fmt.Errorf("weaviate: deleting chunk object %s: %w", id, err)
	}
	return nil
}

// defaultListPage is how many objects one listing request asks for:
// 2,000 is well under Weaviate's cap on a page (QUERY_MAXIMUM_RESULTS,
// 10,000 by default), keeps a response to about 300 KB (three short
// fields an object), and lists 100,000 chunks in 50 requests.
const defaultListPage = 2000

// list returns every object's ID, source and story hash, with GraphQL's
// cursor (objects in ID order).
func (c *Client) list(ctx context.Context) ([]stored, error) {
	var out []stored
	after := ""
	for {
		cursor := ""
		if after != "" {
			cursor = ", after: " + gqlString(after)
		}
		q := fmt.Sprintf(`{ Get { %s(limit: %d%s) { source storyHash _additional { id } } } }`, c.cfg.Collection, c.listPage, cursor)
		var data struct {
			Get map[string][]struct {
				Source     string `json:"source"`
				StoryHash  string `json:"storyHash"`
				Additional struct {
					ID string `json:"id"`
				} `json:"_additional"`
			} `json:"Get"`
		}
		if err := c.graphql(ctx, q, &data); err != nil {
			return nil, fmt.Errorf("weaviate: listing collection %s: %w", c.cfg.Collection, err)
		}
		page := data.Get[c.cfg.Collection]
		for _, o := range page {
			out = append(out, stored{ID: o.Additional.ID, Source: o.Source, StoryHash: o.StoryHash})
		}
		if len(page) < c.listPage {
			return out, nil
		}
		after = page[len(page)-1].Additional.ID
	}
}

// Count is how many chunk objects the collection holds.
func (c *Client) Count(ctx context.Context) (int, error) {
	q := fmt.Sprintf(`{ Aggregate { %s { meta { count } } } }`, c.cfg.Collection)
	var data struct {
		Aggregate map[string][]struct {
			Meta struct {
				Count int `json:"count"`
			} `json:"meta"`
		} `json:"Aggregate"`
	}
	if err := c.graphql(ctx, q, &data); err != nil {
		return 0, fmt.Errorf("weaviate: counting collection %s: %w", c.cfg.Collection, err)
	}
	rows := data.Aggregate[c.cfg.Collection]
	if len(rows) == 0 {
		return 0, nil
	}
	return rows[0].Meta.Count, nil
}

// Stats describe the collection.
type Stats struct {
	Chunks  int `json:"chunks"`
	Stories int `json:"stories"`
}

// Stats lists the collection (one request per 2,000 chunks) and counts its
// chunks and stories.
func (c *Client) Stats(ctx context.Context) (Stats, error) {
	objs, err := c.list(ctx)
	if err != nil {
		return Stats{}, err
	}
	sources := make(map[string]bool)
	for _, o := range objs {
		sources[o.Source] = true
	}
	return Stats{Chunks: len(objs), Stories: len(sources)}, nil
}

// FromStory turns one story's chunks (story.Chunks) and their vectors, in
// the same order, into Chunks for Sync. salt goes into the story hash with
// the story's bytes (see StoryHash): pass what else decides the chunks and
// vectors, such as the embedder's ID and the chunker's version and options.
func FromStory(s *story.Story, chunks []story.Chunk, vectors [][]float32, salt ...string) ([]Chunk, error) {
	if len(vectors) != len(chunks) {
		return nil, fmt.Errorf("weaviate: %d vectors for %d chunks of %s", len(vectors), len(chunks), s.Source)
	}
	hash := StoryHash(s.Text, salt...)
	out := make([]Chunk, len(chunks))
	for i, ch := range chunks {
		if ch.Start < 0 || ch.End > len(s.Text) || ch.Start > ch.End {
			return nil, fmt.Errorf("weaviate: chunk %s lies outside story %s", ch.ID, s.Source)
		}
		out[i] = Chunk{
			Source: s.Source, StoryHash: hash, ID: ch.ID, Start: ch.Start, End: ch.End,
			Title: s.Title, Date: s.Date, Text: s.Text[ch.Start:ch.End], Vector: vectors[i],
		}
	}
	return out, nil
}
