package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// skippedFile records, in the data directory, the corpus files skipped
// when the index was last opened, so that each is warned about once, when
// the set changes, and not on every question.
const skippedFile = "skipped.json"

// reportSkipped warns about each skipped file when the set differs from
// the one recorded in dataDir (and records the new set): a warning once per
// change, not on every command. Otherwise, when files are skipped, it logs
// one line at info level (shown with -v) saying how many, if remind is set.
func reportSkipped(log *slog.Logger, dataDir string, skipped []story.Skipped, remind bool) {
	if skipped == nil {
		skipped = []story.Skipped{}
	}
	path := filepath.Join(dataDir, skippedFile)
	var before []story.Skipped
	if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &before) == nil && slices.Equal(before, skipped) {
		if len(skipped) > 0 && remind {
			log.Info(fmt.Sprintf("%d %s skipped: `storybot index -v` lists them", len(skipped), plural(len(skipped), "file", "files")))
		}
		return
	}
	for _, s := range skipped {
		log.Warn("skipping story", "source", s.Source, "err", s.Reason)
	}
	b, _ := json.MarshalIndent(skipped, "", "  ")
	if err := retrieval.WriteFileAtomic(path, append(b, '\n')); err != nil {
		log.Info("couldn't record the skipped files; they will be listed again next time", "err", err)
	}
}

// printSkipped adds the skipped files to index's summary: how many, or
// each with its reason under -v.
func printSkipped(w io.Writer, skipped []story.Skipped, verbose bool) {
	if len(skipped) == 0 {
		return
	}
	if !verbose {
		fmt.Fprintf(w, "  skipped:  %d %s (storybot index -v lists them)\n", len(skipped), plural(len(skipped), "file", "files"))
		return
	}
	fmt.Fprintf(w, "  skipped:  %d %s\n", len(skipped), plural(len(skipped), "file", "files"))
	for _, s := range skipped {
		fmt.Fprintf(w, "    %s: %s\n", s.Source, s.Reason)
	}
}

// printPlanted adds to index's summary the planted passage blocks left out
// of the stories (story.Planted): how many, or each story and byte range
// under -v, so a reader can look at what was skipped.
func printPlanted(w io.Writer, stories []story.Story, verbose bool) {
	type block struct {
		source string
		span   story.Span
	}
	var blocks []block
	for i := range stories {
		for _, sp := range story.Planted(stories[i].Text) {
			blocks = append(blocks, block{stories[i].Source, sp})
		}
	}
	if len(blocks) == 0 {
		return
	}
	what := plural(len(blocks), "planted passage block", "planted passage blocks")
	if !verbose {
		fmt.Fprintf(w, "  left out: %d %s, never used as evidence (storybot index -v lists them)\n", len(blocks), what)
		return
	}
	fmt.Fprintf(w, "  left out: %d %s, never used as evidence:\n", len(blocks), what)
	for _, b := range blocks {
		fmt.Fprintf(w, "    %s: bytes %d-%d\n", b.source, b.span.Start, b.span.End)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
