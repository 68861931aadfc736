// Package testindex builds the offline indexes tests ask questions of: any
// corpus, the built-in one, and the many-story news set.
package testindex

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Of builds an index of fsys with the offline (hashed) embedder and the
// default options.
func Of(t testing.TB, fsys fs.FS) *retrieval.Index {
	t.Helper()
	stories, err := story.Load(fsys, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// Seed is the index of the built-in corpus (the Ecuador story).
func Seed(t testing.TB) *retrieval.Index { return Of(t, storybot.DefaultCorpus()) }

// News is the index of testdata/news: 27 stories sharing words.
func News(t testing.TB) *retrieval.Index { return Of(t, os.DirFS(Testdata("news"))) }

// Testdata is the path of a file or folder under the repository's testdata.
func Testdata(elem ...string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(append([]string{filepath.Dir(file), "..", "..", "testdata"}, elem...)...)
}
