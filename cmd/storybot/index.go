package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/retrieval"
)

func runIndex(ctx context.Context, e *env, args []string) error {
	a := &app{cfg: config.Default(), strictModel: true, quietSkipped: true}
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	a.register(fs)
	fs.BoolVar(&a.rebuild, "rebuild", false, "embed every chunk anew; the saved index is replaced only once the new one is written whole")
	if err := parse(fs, e, args, "index [flags]"); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("index takes no arguments")
	}
	a.writeShared = true
	a.syncProgress = labelledProgress(e, "writing to weaviate", "chunks written to weaviate")
	if err := a.Open(ctx, e, progressReporter(e)); err != nil {
		return err
	}
	defer a.Close()
	st := a.index.Stats()
	how := "built"
	if st.Loaded {
		how = "loaded unchanged from snapshot"
	}
	fmt.Fprintf(e.stdout, "index %s in %s\n", how, millis(st.Took))
	fmt.Fprintf(e.stdout, "  stories:  %d\n  chunks:   %d\n  embedder: %s (%d dimensions)\n", st.Stories, st.Chunks, st.Embedder, st.Dim)
	if !st.Loaded {
		fmt.Fprintf(e.stdout, "  embedded: %d chunks, reused %d vectors\n", st.Embedded, st.Reused)
	}
	printSkipped(e.stdout, a.skipped, a.verbose)
	printPlanted(e.stdout, a.index.Stories(), a.verbose)
	path := filepath.Join(a.dir, retrieval.SnapshotFile)
	if err := a.index.SaveErr(); err != nil {
		return fmt.Errorf("couldn't save the index in %s: %w", path, err)
	}
	fmt.Fprintf(e.stdout, "  saved in: %s\n", path)
	if a.shared != nil {
		fmt.Fprintf(e.stdout, "  weaviate: collection %s at %s\n", a.shared.write.Collection(), a.shared.url)
		if st := a.shared.synced; st != nil {
			fmt.Fprintf(e.stdout, "  synced:   %d stories unchanged, %d added, %d changed, %d removed; %d chunks written, %d deleted in %s\n",
				st.Unchanged, st.Added, st.Changed, st.Removed, st.Written, st.Deleted, millis(st.Took))
		}
	}
	return nil
}

// millis writes a duration in milliseconds: "0.4 ms", "12.5 ms", "2841 ms".
func millis(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	if ms < 100 {
		return fmt.Sprintf("%.1f ms", ms)
	}
	return fmt.Sprintf("%.0f ms", ms)
}

// progressReporter draws a progress bar when stderr is a terminal and logs
// a line every tenth otherwise.
func progressReporter(e *env) func(done, total int) {
	return labelledProgress(e, "embedding", "chunks")
}

// labelledProgress is progressReporter with its words: bar is the bar's
// label, line what a line counts ("embedding: 10/100 chunks").
func labelledProgress(e *env, bar, line string) func(done, total int) {
	tty := isTerminal(e.stderr)
	lastTenth := -1
	return func(done, total int) {
		if total == 0 {
			return
		}
		if tty {
			const width = 30
			n := done * width / total
			fmt.Fprintf(e.stderr, "\r%s [%s%s] %d/%d", bar, strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total)
			if done == total {
				fmt.Fprintln(e.stderr)
			}
			return
		}
		if t := done * 10 / total; t != lastTenth {
			lastTenth = t
			if line == "chunks" {
				fmt.Fprintf(e.stderr, "embedding: %d/%d chunks\n", done, total)
			} else {
				fmt.Fprintf(e.stderr, "%d/%d %s\n", done, total, line)
			}
		}
	}
}
