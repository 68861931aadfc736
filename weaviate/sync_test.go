package weaviate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// These tests need no Weaviate: they check the plan Sync carries out.

// planOf is a plan as the table reads it: chunk IDs written, per cleanup
// "source: delete hash != H" and the chunk IDs of the stale objects.
type planOf struct {
	Write    []string
	Cleanups []string
	Remove   []string
	Stats    SyncStats
}

func TestPlanSync(t *testing.T) {
	v := []float32{1, 0}
	// ch is chunk n of story src at version hash.
	ch := func(src, hash string, n int) Chunk {
		return Chunk{Source: src, StoryHash: hash, ID: fmt.Sprintf("%s#%d-%d", src, 10*n, 10*n+9), Start: 10 * n, End: 10*n + 9, Vector: v}
	}
	// obj is what the collection lists for chunk n of story src at hash.
	obj := func(src, hash string, n int) stored {
		c := ch(src, hash, n)
		return stored{ID: ObjectID(src, hash, c.ID), Source: src, StoryHash: hash}
	}
	// name reads an object ID back as "source#span@hash" for the table.
	names := map[string]string{}
	for _, src := range []string{"a.txt", "b.txt", "c.txt"} {
		for _, h := range []string{"h1", "h2"} {
			for n := range 4 {
				o := obj(src, h, n)
				names[o.ID] = ch(src, h, n).ID + "@" + h
			}
		}
	}
	for _, tc := range []struct {
		name string
		want []Chunk
		have []stored
		plan planOf
	}{{
		name: "empty collection: every story added",
		want: []Chunk{ch("b.txt", "h1", 0), ch("a.txt", "h1", 0), ch("a.txt", "h1", 1)},
		plan: planOf{
			Write: []string{"a.txt#0-9", "a.txt#10-19", "b.txt#0-9"},
			Stats: SyncStats{Stories: 2, Added: 2},
		},
	}, {
		name: "unchanged: nothing written or deleted",
		want: []Chunk{ch("a.txt", "h1", 0), ch("a.txt", "h1", 1), ch("b.txt", "h1", 0)},
		have: []stored{obj("b.txt", "h1", 0), obj("a.txt", "h1", 1), obj("a.txt", "h1", 0)},
		plan: planOf{Stats: SyncStats{Stories: 2, Unchanged: 2}},
	}, {
		name: "new version of a story: its chunks written, then the old version deleted",
		want: []Chunk{ch("a.txt", "h2", 0), ch("a.txt", "h2", 2), ch("b.txt", "h1", 0)},
		have: []stored{obj("a.txt", "h1", 0), obj("a.txt", "h1", 1), obj("b.txt", "h1", 0)},
		plan: planOf{
			Write:    []string{"a.txt#0-9", "a.txt#20-29"},
			Cleanups: []string{"a.txt: delete hash != h2"},
			Stats:    SyncStats{Stories: 2, Changed: 1, Unchanged: 1},
		},
	}, {
		name: "a sync cut short: only what is missing written, the old version still deleted",
		want: []Chunk{ch("a.txt", "h2", 0), ch("a.txt", "h2", 1), ch("a.txt", "h2", 2)},
		have: []stored{obj("a.txt", "h1", 0), obj("a.txt", "h2", 0), obj("a.txt", "h2", 1)},
		plan: planOf{
			Write:    []string{"a.txt#20-29"},
			Cleanups: []string{"a.txt: delete hash != h2"},
			Stats:    SyncStats{Stories: 1, Changed: 1},
		},
	}, {
		name: "same version, a chunk no longer wanted (chunked differently): that object deleted",
		want: []Chunk{ch("a.txt", "h1", 0)},
		have: []stored{obj("a.txt", "h1", 0), obj("a.txt", "h1", 3)},
		plan: planOf{
			Cleanups: []string{"a.txt: delete a.txt#30-39@h1"},
			Stats:    SyncStats{Stories: 1, Changed: 1},
		},
	}, {
		name: "same version, a chunk missing: written, nothing deleted",
		want: []Chunk{ch("a.txt", "h1", 0), ch("a.txt", "h1", 1)},
		have: []stored{obj("a.txt", "h1", 0)},
		plan: planOf{
			Write: []string{"a.txt#10-19"},
			Stats: SyncStats{Stories: 1, Changed: 1},
		},
	}, {
		name: "a story no longer given: removed whole, after the others",
		want: []Chunk{ch("b.txt", "h1", 0)},
		have: []stored{obj("c.txt", "h1", 0), obj("b.txt", "h1", 0), obj("a.txt", "h2", 1), obj("a.txt", "h1", 0)},
		plan: planOf{
			Remove: []string{"a.txt", "c.txt"},
			Stats:  SyncStats{Stories: 1, Unchanged: 1},
		},
	}, {
		name: "everything at once",
		want: []Chunk{ch("c.txt", "h1", 0), ch("a.txt", "h2", 0), ch("b.txt", "h1", 1)},
		have: []stored{obj("a.txt", "h1", 0), obj("b.txt", "h1", 0), obj("b.txt", "h1", 1), obj("b.txt", "h2", 2)},
		plan: planOf{
			Write:    []string{"a.txt#0-9", "c.txt#0-9"},
			Cleanups: []string{"a.txt: delete hash != h2", "b.txt: delete hash != h1, b.txt#0-9@h1"},
			Stats:    SyncStats{Stories: 3, Added: 1, Changed: 2},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := groupChunks(tc.want)
			if err != nil {
				t.Fatal(err)
			}
			p := planSync(want, tc.have)
			got := planOf{Remove: p.remove, Stats: p.stats}
			for _, c := range p.write {
				got.Write = append(got.Write, c.ID)
			}
			for _, cl := range p.cleanups {
				var what []string
				if cl.keepHash != "" {
					what = append(what, "hash != "+cl.keepHash)
				}
				for _, id := range cl.ids {
					what = append(what, names[id])
				}
				got.Cleanups = append(got.Cleanups, cl.source+": delete "+strings.Join(what, ", "))
			}
			if diff := cmp.Diff(tc.plan, got); diff != "" {
				t.Errorf("plan (-want +got):\n%s", diff)
			}
			// The same input gives the same plan: the map orders nothing.
			again := planSync(want, slices.Clone(tc.have))
			if !slices.Equal(again.write, p.write) || !slices.Equal(again.remove, p.remove) || len(again.cleanups) != len(p.cleanups) {
				t.Error("a second plan of the same input differs")
			}
		})
	}
}
