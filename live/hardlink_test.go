package live

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestSecondNameServedOnce: a hard link to a story already served is
// another name of it, not a story that failed to load: after the reload
// the story is served once, and nothing is "kept" for it.
func TestSecondNameServedOnce(t *testing.T) {
	f := newFixture(t, map[string]string{
		"festival.txt": " date 2024-05-01 STORY: The lantern festival drew 40,000 visitors.\n\nOrganisers said rain kept some away.\n",
	}, nil)
	before := len(f.bot.Index().Stories())
	if err := os.Link(filepath.Join(f.dir, "festival.txt"), filepath.Join(f.dir, "copy.txt")); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	for _, paths := range [][]string{{"copy.txt"}, {"festival.txt", "copy.txt"}} {
		if err := f.r.ReloadFiles(context.Background(), paths); err != nil {
			t.Fatal(err)
		}
		res := <-f.results
		if n := len(f.bot.Index().Stories()); n != before {
			t.Errorf("after reloading %v: %d stories served, want %d (the link is the same story)", paths, n, before)
		}
		if len(res.Kept) != 0 {
			t.Errorf("after reloading %v: kept %v as if it had failed to load", paths, res.Kept)
		}
	}
}
