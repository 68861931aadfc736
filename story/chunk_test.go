package story_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/story"
)

// numbered returns n sentences "Item i ends." joined by spaces, and their spans.
func numbered(n int) (string, []story.Span) {
	var b strings.Builder
	var spans []story.Span
	for i := range n {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		fmt.Fprintf(&b, "Item %d ends.", i)
		spans = append(spans, story.Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

// long returns n sentences of exactly size bytes each, joined by spaces.
func long(n, size int) string {
	var parts []string
	for i := range n {
		head := fmt.Sprintf("Part%c ", 'A'+i)
		parts = append(parts, head+strings.Repeat("x", size-len(head)-1)+".")
	}
	return strings.Join(parts, " ")
}

// ranges turns chunks into [first, last+1) sentence index pairs, given all
// sentence spans in order.
func ranges(t *testing.T, all []story.Span, chunks []story.Chunk) [][2]int {
	t.Helper()
	idx := map[story.Span]int{}
	for i, sp := range all {
		idx[sp] = i
	}
	var out [][2]int
	for _, c := range chunks {
		first, ok1 := idx[c.Sentences[0]]
		last, ok2 := idx[c.Sentences[len(c.Sentences)-1]]
		if !ok1 || !ok2 {
			t.Fatalf("chunk %s has sentences that are not the story's", c.ID)
		}
		out = append(out, [2]int{first, last + 1})
	}
	return out
}

// checkChunks asserts the chunk invariants for story s: span = first
// sentence start to last sentence end, consecutive sentences, ID
// source#start-end, options respected, and every sentence covered in order.
func checkChunks(t *testing.T, s *story.Story, idx int, o story.ChunkOptions, chunks []story.Chunk) {
	t.Helper()
	all := story.ChunkSentences(s, o.MaxBytes)
	if len(all) == 0 {
		if len(chunks) != 0 {
			t.Fatalf("%d chunks from a story with no sentences", len(chunks))
		}
		return
	}
	if len(chunks) == 0 {
		t.Fatalf("no chunks from %d sentences", len(all))
	}
	pos := map[story.Span]int{}
	for i, sp := range all {
		pos[sp] = i
	}
	covered := 0 // sentences [0, covered) are in some chunk
	prevFirst := -1
	ids := map[string]bool{}
	for ci, c := range chunks {
		if len(c.Sentences) == 0 {
			t.Fatalf("chunk %d has no sentences", ci)
		}
		if c.Story != idx {
			t.Errorf("chunk %d: Story = %d, want %d", ci, c.Story, idx)
		}
		if c.Start != c.Sentences[0].Start || c.End != c.Sentences[len(c.Sentences)-1].End {
			t.Errorf("chunk %d span %v does not run from its first sentence to its last %v", ci, c.Span, c.Sentences)
		}
		if want := fmt.Sprintf("%s#%d-%d", s.Source, c.Start, c.End); c.ID != want {
			t.Errorf("chunk %d ID = %q, want %q", ci, c.ID, want)
		}
		if ids[c.ID] {
			t.Errorf("duplicate chunk ID %q", c.ID)
		}
		ids[c.ID] = true
		first, ok := pos[c.Sentences[0]]
		if !ok {
			t.Fatalf("chunk %d's first sentence %v is not a sentence of the story", ci, c.Sentences[0])
		}
		for k, sp := range c.Sentences {
			if j, ok := pos[sp]; !ok || j != first+k {
				t.Fatalf("chunk %d's sentences are not consecutive sentences of the story", ci)
			}
		}
		if first <= prevFirst {
			t.Errorf("chunk %d starts at sentence %d, not after the previous chunk's %d", ci, first, prevFirst)
		}
		if first > covered {
			t.Errorf("sentences %d..%d are in no chunk", covered, first-1)
		}
		if overlap := covered - first; ci > 0 && overlap > o.Overlap {
			t.Errorf("chunk %d overlaps the previous by %d sentences, more than %d", ci, overlap, o.Overlap)
		}
		if len(c.Sentences) > o.MaxSentences {
			t.Errorf("chunk %d has %d sentences, over %d", ci, len(c.Sentences), o.MaxSentences)
		}
		if c.End-c.Start > o.MaxBytes {
			t.Errorf("chunk %d is %d bytes, over %d", ci, c.End-c.Start, o.MaxBytes)
		}
		covered = max(covered, first+len(c.Sentences))
		prevFirst = first
	}
	if covered != len(all) {
		t.Errorf("only %d of %d sentences are in a chunk", covered, len(all))
	}
}

func TestChunks(t *testing.T) {
	def := story.DefaultChunkOptions
	tests := []struct {
		name string
		text string
		opts story.ChunkOptions
		want [][2]int
	}{
		{"one sentence", "Only one.", def, [][2]int{{0, 1}}},
		{"three sentences fill one chunk", mustNumbered(3), def, [][2]int{{0, 3}}},
		{"four sentences", mustNumbered(4), def, [][2]int{{0, 3}, {2, 4}}},
		{"seven sentences, overlap 1", mustNumbered(7), def, [][2]int{{0, 3}, {2, 5}, {4, 7}}},
		{"eight sentences, overlap 1", mustNumbered(8), def, [][2]int{{0, 3}, {2, 5}, {4, 7}, {6, 8}}},
		{"seven sentences, no overlap", mustNumbered(7), story.ChunkOptions{MaxSentences: 3, MaxBytes: 800, Overlap: 0}, [][2]int{{0, 3}, {3, 6}, {6, 7}}},
		{"overlap 2 of 4", mustNumbered(6), story.ChunkOptions{MaxSentences: 4, MaxBytes: 800, Overlap: 2}, [][2]int{{0, 4}, {2, 6}}},
		{"one sentence per chunk", mustNumbered(3), story.ChunkOptions{MaxSentences: 1, MaxBytes: 800}, [][2]int{{0, 1}, {1, 2}, {2, 3}}},
		// 300-byte sentences: two (601 bytes) fit in 800, three (902) do not.
		{"byte limit", long(4, 300), def, [][2]int{{0, 2}, {1, 3}, {2, 4}}},
		// A sentence over MaxBytes is cut into pieces that fit (checkChunks
		// checks every chunk's size); overlap cannot stall.
		{"sentences over the byte limit", long(3, 300), story.ChunkOptions{MaxSentences: 3, MaxBytes: 100, Overlap: 1}, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := story.Parse("dir/s.txt", tt.text)
			chunks := story.Chunks(&s, 7, tt.opts)
			checkChunks(t, &s, 7, tt.opts, chunks)
			all := story.ChunkSentences(&s, tt.opts.MaxBytes)
			if diff := cmp.Diff(tt.want, ranges(t, all, chunks)); diff != "" {
				t.Errorf("chunk sentence ranges (-want +got):\n%s", diff)
			}
		})
	}
}

func mustNumbered(n int) string { s, _ := numbered(n); return s }

func TestChunksEmptyStory(t *testing.T) {
	s := story.Parse("h.txt", "date 2020-01-01 STORY:   \n\n  ")
	if got := story.Chunks(&s, 0, story.DefaultChunkOptions); len(got) != 0 {
		t.Errorf("got %d chunks from a story with no text", len(got))
	}
}

// Chunk offsets point into the file as stored (past the header), and the
// sentences found are the ones written.
func TestChunksOffsetsIntoFile(t *testing.T) {
	text, spans := numbered(5)
	const header = " date 2023-07-26 STORY: "
	file := header + strings.ReplaceAll(text, " ", "\n   ") + "\n"
	s := story.Parse("x.txt", file)
	chunks := story.Chunks(&s, 0, story.DefaultChunkOptions)
	checkChunks(t, &s, 0, story.DefaultChunkOptions, chunks)
	if chunks[0].Start != len(header) {
		t.Errorf("first chunk starts at %d, want %d (just past the header)", chunks[0].Start, len(header))
	}
	var got []string
	for _, c := range chunks {
		for _, sp := range c.Sentences {
			got = append(got, file[sp.Start:sp.End])
		}
	}
	// Each original sentence, with its hard wraps as stored, in order
	// (overlapping sentences appear twice).
	want := []string{}
	for _, i := range []int{0, 1, 2, 2, 3, 4} {
		want = append(want, strings.ReplaceAll(text[spans[i].Start:spans[i].End], " ", "\n   "))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences as stored (-want +got):\n%s", diff)
	}
}

func TestChunksStableIDs(t *testing.T) {
	text := mustNumbered(8)
	a := story.Parse("news/a.txt", text)
	first := story.Chunks(&a, 0, story.DefaultChunkOptions)
	again := story.Chunks(&a, 0, story.DefaultChunkOptions)
	if diff := cmp.Diff(first, again); diff != "" {
		t.Fatalf("chunking the same story twice differs:\n%s", diff)
	}
	// Appending a sentence changes only the last chunk.
	b := story.Parse("news/a.txt", text+" Item 8 ends.")
	grown := story.Chunks(&b, 0, story.DefaultChunkOptions)
	if len(grown) != len(first) {
		t.Fatalf("got %d chunks after appending, want %d", len(grown), len(first))
	}
	for i := range len(first) - 1 {
		if grown[i].ID != first[i].ID {
			t.Errorf("chunk %d ID changed from %q to %q though its text did not", i, first[i].ID, grown[i].ID)
		}
	}
	if last := len(first) - 1; grown[last].ID == first[last].ID {
		t.Errorf("last chunk ID %q did not change though its text grew", grown[last].ID)
	}
	// The same text under another name gets other IDs.
	c := story.Parse("news/c.txt", text)
	for i, ch := range story.Chunks(&c, 0, story.DefaultChunkOptions) {
		if ch.ID == first[i].ID {
			t.Errorf("chunk IDs of two sources collide: %q", ch.ID)
		}
	}
}

func TestChunksSeed(t *testing.T) {
	raw, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := story.Parse("000_ed2ba48890825abd.txt", string(raw))
	chunks := story.Chunks(&s, 0, story.DefaultChunkOptions)
	checkChunks(t, &s, 0, story.DefaultChunkOptions, chunks)
	// 16 sentences, 3 per chunk, advancing 2: starts 0,2,...,14.
	if len(chunks) != 8 {
		t.Errorf("got %d chunks, want 8", len(chunks))
	}
	for _, c := range chunks {
		for _, sp := range c.Sentences {
			if got := s.Text[sp.Start:sp.End]; got != string(raw[sp.Start:sp.End]) {
				t.Fatalf("sentence %v is not the file's bytes", sp)
			}
		}
	}
}

func TestChunkOptionsValidate(t *testing.T) {
	tests := []struct {
		opts story.ChunkOptions
		ok   bool
	}{
		{story.DefaultChunkOptions, true},
		{story.ChunkOptions{MaxSentences: 1, MaxBytes: 1, Overlap: 0}, true},
		{story.ChunkOptions{MaxSentences: 0, MaxBytes: 800, Overlap: 0}, false},
		{story.ChunkOptions{MaxSentences: 3, MaxBytes: 0, Overlap: 0}, false},
		{story.ChunkOptions{MaxSentences: 3, MaxBytes: 800, Overlap: -1}, false},
		{story.ChunkOptions{MaxSentences: 3, MaxBytes: 800, Overlap: 3}, false},
		{story.ChunkOptions{MaxSentences: 3, MaxBytes: 800, Overlap: 2}, true},
	}
	for _, tt := range tests {
		err := tt.opts.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("Validate(%+v) = %v, want ok=%v", tt.opts, err, tt.ok)
		}
	}
}

// A 122 KB sentence without punctuation (a pasted table, a list of names)
// is cut at word boundaries into chunks of at most MaxBytes: never a
// chunk over the limit, never a word cut in two, no text lost.
func TestChunksCutOverlongSentenceAtWords(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 122<<10; i++ {
		fmt.Fprintf(&b, "name%d rodríguez ", i)
	}
	text := " date 2023-07-26 STORY: A long list.\n\n" + b.String()
	s := story.Parse("list.txt", text)
	o := story.DefaultChunkOptions
	chunks := story.Chunks(&s, 0, o)
	checkChunks(t, &s, 0, o, chunks)
	words := 0
	for _, c := range chunks {
		if n := c.End - c.Start; n > o.MaxBytes {
			t.Fatalf("chunk %s is %d bytes, over %d", c.ID, n, o.MaxBytes)
		}
		for _, sp := range c.Sentences {
			if sp.Start > 0 && !unicode.IsSpace(rune(text[sp.Start-1])) || sp.End < len(text) && !unicode.IsSpace(rune(text[sp.End])) {
				t.Fatalf("sentence %v of chunk %s cuts a word: %q", sp, c.ID, text[sp.Start:sp.End])
			}
		}
	}
	for _, sp := range story.ChunkSentences(&s, o.MaxBytes) {
		words += len(strings.Fields(text[sp.Start:sp.End]))
	}
	if want := len(strings.Fields(text[s.Body:])); words != want {
		t.Errorf("the pieces hold %d words, the story %d", words, want)
	}
}
