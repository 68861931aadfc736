package live

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// What editors write beside a story (swap files, backups, lock
// files, vim's "4913" probe) and dot files never trigger a reload; a real
// edit still does.
func TestEditorFilesDoNotTriggerReloads(t *testing.T) {
	t.Parallel()
	f := newFixture(t, map[string]string{"festival.txt": festival}, nil)
	f.run()
	// Run's catch-up reload at start.
	f.waitFor(func(Result) bool { return true })

	for _, name := range []string{".festival.txt.swp", ".festival.txt.swx", "festival.txt~", "#festival.txt#", ".#festival.txt", ".hidden.txt", "4913"} {
		p := filepath.Join(f.dir, name)
		write(t, p, "scratch")
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	write(t, filepath.Join(f.dir, ".notes.md"), "kept, hidden")
	// Ten debounce periods with nothing relevant: no reload.
	time.Sleep(10 * f.r.opts.Debounce)
	select {
	case r := <-f.results:
		t.Fatalf("editor and dot files triggered a reload: %+v", r)
	default:
	}
	write(t, filepath.Join(f.dir, "festival.txt"), festival2)
	if r := f.waitSwap(); r.Err != nil || !r.Swapped {
		t.Fatalf("a real edit after them: %+v, want a swap", r)
	}
	f.wantAnswer(qFestival, "festival.txt", "9,900")
}
