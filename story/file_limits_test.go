package story_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/story"
)

// A file of exactly MaxFileSize bytes is a story; a leading NUL byte
// makes a file binary like any other.
func TestLoadFileLimits(t *testing.T) {
	exact := bytes.Repeat([]byte("a "), story.MaxFileSize/2)
	stories, skipped, err := story.LoadAll(fstest.MapFS{
		"exact.txt": {Data: exact},
		"nul.txt":   {Data: []byte("\x00Looks like text after its first byte.")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].Source != "exact.txt" {
		t.Errorf("stories %d, want exact.txt only (skipped %v)", len(stories), skipped)
	}
	if len(skipped) != 1 || skipped[0].Source != "nul.txt" {
		t.Errorf("skipped %v, want nul.txt", skipped)
	}
}

// A title of exactly the longest length is kept whole.
func TestTitleAtMaxLengthKept(t *testing.T) {
	title := strings.Repeat("é", 200)
	s := story.Parse("t.md", "# "+title+"\n\nThe body of the story.\n")
	if s.Title != title {
		t.Errorf("title of 200 runes became %q", s.Title)
	}
}
