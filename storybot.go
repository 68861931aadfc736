// Package storybot carries what the storybot binary ships with: the default
// corpus, embedded at build time so the binary answers with no files beside
// it.
package storybot

import (
	"embed"
	"io/fs"
)

//go:embed corpus
var corpusFS embed.FS

// DefaultCorpus is the corpus/ directory as it was when the binary was built.
func DefaultCorpus() fs.FS {
	sub, err := fs.Sub(corpusFS, "corpus")
	if err != nil {
		panic(err) // "corpus" is a literal valid path; fs.Sub cannot fail on it
	}
	return sub
}
