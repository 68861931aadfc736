package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/retrieval"
	"golang.org/x/term"
)

func runIndex(ctx context.Context, e *env, args []string) error {
	c := common{cfg: config.Default(), strictModel: true}
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	c.register(fs)
	rebuild := fs.Bool("rebuild", false, "discard the saved index and build it anew")
	if err := parse(fs, e, args, "index [flags]"); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("index takes no arguments")
	}
	if *rebuild {
		if err := c.loadConfig(e); err != nil {
			return err
		}
		_, name, err := c.corpusFS()
		if err != nil {
			return err
		}
		path := filepath.Join(c.dataDir(name), retrieval.SnapshotFile)
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("couldn't remove old index: %w", err)
		}
	}
	p, err := c.open(ctx, e, progressReporter(e))
	if err != nil {
		return err
	}
	st := p.index.Stats()
	how := "built"
	if st.Loaded {
		how = "loaded unchanged from snapshot"
	}
	fmt.Fprintf(e.stdout, "index %s in %s\n", how, st.Took.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "  stories:  %d\n  chunks:   %d\n  embedder: %s (%d dimensions)\n", st.Stories, st.Chunks, st.Embedder, st.Dim)
	if !st.Loaded {
		fmt.Fprintf(e.stdout, "  embedded: %d chunks, reused %d vectors\n", st.Embedded, st.Reused)
	}
	fmt.Fprintf(e.stdout, "  saved in: %s\n", filepath.Join(p.dir, retrieval.SnapshotFile))
	return nil
}

// progressReporter draws a progress bar when stderr is a terminal and logs
// a line every tenth otherwise.
func progressReporter(e *env) func(done, total int) {
	f, ok := e.stderr.(*os.File)
	tty := ok && term.IsTerminal(int(f.Fd()))
	lastTenth := -1
	return func(done, total int) {
		if total == 0 {
			return
		}
		if tty {
			const width = 30
			n := done * width / total
			fmt.Fprintf(e.stderr, "\rembedding [%s%s] %d/%d", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total)
			if done == total {
				fmt.Fprintln(e.stderr)
			}
			return
		}
		if t := done * 10 / total; t != lastTenth {
			lastTenth = t
			fmt.Fprintf(e.stderr, "embedding: %d/%d chunks\n", done, total)
		}
	}
}
