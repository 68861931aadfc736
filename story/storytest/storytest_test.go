package storytest

import (
	"os"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The corpus is the same every time, chunks as it says, and reads back
// from disk as written.
func TestStories(t *testing.T) {
	a, b := Stories(30), Stories(30)
	chunks := 0
	for i := range a {
		if a[i].Text != b[i].Text || a[i].Source != Source(i) {
			t.Fatalf("story %d differs between two runs, or is misnamed (%s)", i, a[i].Source)
		}
		chunks += len(story.Chunks(&a[i], i, story.DefaultChunkOptions))
	}
	if chunks != 30*ChunksPerStory {
		t.Errorf("%d chunks, want %d", chunks, 30*ChunksPerStory)
	}
	dir := t.TempDir()
	Write(t, dir, a)
	got, err := story.Load(os.DirFS(dir), nil)
	if err != nil || len(got) != len(a) {
		t.Fatalf("read back %d stories, %v", len(got), err)
	}
	for i := range got {
		if got[i].Text != a[i].Text || got[i].Date != a[i].Date || a[i].Date == "" {
			t.Errorf("story %s read back differently", a[i].Source)
		}
	}
}
