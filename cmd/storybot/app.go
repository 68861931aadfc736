package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/llm"
	"github.com/storybot-dev/storybot/metrics"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// app is what the commands share: the flags every answering command
// takes and the configuration, then, once Open has run, the corpus, the
// index and the bot built from them, which Close releases. main and the
// tests start the same app.
type app struct {
	corpus  string
	data    string
	offline bool
	k       int
	verbose bool
	config  string
	cfg     config.Config
	serving bool // a long-running server: log at the configured level
	// strictModel makes a model that can't embed the corpus an error
	// instead of a fallback to the local embedder (index wants that).
	strictModel bool
	// rebuild: index --rebuild, embed everything anew.
	rebuild bool
	// modelDown says why ask and chat answer without the model server this
	// run (it didn't answer at start), for answers' fallback_reason.
	modelDown string
	// quietSkipped: don't log the one-line "N files skipped" reminder
	// (index prints the skipped files itself).
	quietSkipped bool

	// Set by serve: metrics to count model calls into, and the model
	// client built by model (nil in the offline mode), for health checks.
	metrics *metrics.Metrics
	llm     *llm.Client
	// verifyLLM reaches the verifier's server when [verify] names one.
	verifyLLM *llm.Client
	// syncProgress, if set, is told how many chunks are written to
	// Weaviate (index).
	syncProgress func(done, total int)
	// writeShared: write the index to Weaviate at start (index, and serve
	// with weaviate.writer).
	writeShared bool

	// Set by Open.
	bot   *bot.Bot
	index *retrieval.Index
	dir   string            // the data directory; "" when the index is in memory only
	opts  retrieval.Options // what the index was built with, for rebuilds
	log   *slog.Logger
	// skipped lists the corpus files that were not loaded, and why.
	skipped []story.Skipped
	// shared is the Weaviate collection when retrieval.backend is
	// "weaviate", else nil.
	shared *shared
}

// register adds the flags every answering command takes to fs.
func (a *app) register(fs *flag.FlagSet) {
	fs.StringVar(&a.corpus, "corpus", "", "corpus `dir`ectory of .txt/.md stories (default ./corpus, else the corpus built into the binary)")
	fs.StringVar(&a.data, "data", "", "`dir`ectory for the index snapshot (default: corpus.data_dir, else the user cache dir)")
	fs.BoolVar(&a.offline, "offline", false, "answer in the deterministic extractive mode, with no model")
	fs.IntVar(&a.k, "k", 0, fmt.Sprintf("passages to retrieve per question, %d to %d (default retrieval.k, 5)", config.MinK, config.MaxK))
	fs.BoolVar(&a.verbose, "v", false, "log progress as well as warnings")
	fs.StringVar(&a.config, "config", "", "TOML configuration `file` (default: $STORYBOT_CONFIG, else none)")
}

// Open loads the configuration, the corpus and the index, and builds the
// bot. progress, if set, is told how many chunks are embedded.
func (a *app) Open(ctx context.Context, e *env, progress func(done, total int)) error {
	if err := a.loadConfig(e); err != nil {
		return err
	}
	log := a.logger(e)
	fsys, name, err := a.corpusFS()
	if err != nil {
		return err
	}
	dir := a.dataDir(name)
	// The corpus is read while the snapshot is read (retrieval.OpenLoading).
	var (
		stories []story.Story
		skipped []story.Skipped
	)
	load := func() ([]story.Story, error) {
		var err error
		stories, skipped, err = story.LoadAll(fsys)
		if err != nil {
			for _, s := range skipped {
				log.Warn("skipping story", "source", s.Source, "err", s.Reason)
			}
			return nil, fmt.Errorf("couldn't load corpus %s: %w", name, err)
		}
		reportSkipped(log, dir, skipped, !a.quietSkipped)
		return stories, nil
	}
	emb, gen, err := a.model(e, log)
	if err != nil {
		return err
	}
	opts := a.options()
	if gen != nil {
		l := a.cfg.LLM
		// The question's embedding gets a quarter of the answer's time:
		// past that, search by keywords and leave the rest to the model.
		opts.QueryTimeout = min(l.EmbedTimeout.Duration, l.Timeout.Duration/4)
		// Give the embedder enough texts per call to fill its parallel batches.
		opts.EmbedBatch = max(opts.EmbedBatch, l.EmbedBatch*l.EmbedParallel)
	}
	opts.Progress = progress
	opts.Rebuild = a.rebuild
	var probe *probedEmbedder
	if gen != nil {
		probe = &probedEmbedder{Embedder: emb, timeout: a.cfg.LLM.StartTimeout.Duration, host: a.llm.Host(), notice: e.noticeAfter()}
		emb = probe
		if progress == nil && !a.serving {
			// ask and chat: say what they wait for, once it is a while.
			progress = progressReporter(e)
			opts.Progress = func(done, total int) {
				if probe.waited() {
					progress(done, total)
				}
			}
		}
	}
	stopNotice := func() {}
	if probe != nil && !a.serving {
		stopNotice = afterDelay(e.noticeAfter(), func() {
			fmt.Fprintf(e.stderr, "storybot: waiting for the model server at %s to embed the corpus (it gets %s to start answering)\n", probe.host, probe.timeout)
		})
	}
	ix, err := retrieval.OpenLoading(ctx, dir, load, emb, opts, log)
	if stories == nil && err != nil {
		return err // the corpus did not load
	}
	embFellBack := false
	stopNotice()
	if probe != nil {
		probe.done.Store(true) // questions' embeddings are not probed
	}
	if err != nil && gen != nil && ctx.Err() == nil && !a.strictModel {
		// The model server can't embed the corpus: answer anyway, with the
		// local embedder for retrieval (the model still writes answers if
		// it recovers). That index stays in memory: saving it would replace
		// the model's vectors on disk, and the next start would embed the
		// whole corpus again.
		log.Warn("couldn't embed the corpus with the model; using the local hash embedder for retrieval, in memory only", "err", err)
		if down := errors.Is(err, llm.ErrTimeout) || errors.Is(err, llm.ErrUnreachable); down && !a.serving {
			// A server that doesn't answer at all won't write answers
			// either: ask and chat don't wait llm.timeout for each.
			a.modelDown = fmt.Sprintf("the model server at %s did not answer at start (llm.start_timeout %s)", probe.host, probe.timeout)
			if errors.Is(err, llm.ErrUnreachable) {
				a.modelDown = fmt.Sprintf("the model server at %s could not be reached at start", probe.host)
			}
			log.Warn("the model server is not answering; answering in the extractive mode for this run", "server", probe.host)
			gen = nil
		}
		emb = retrieval.NewHashEmbedder(a.cfg.Retrieval.HashDim)
		dir = ""
		embFellBack = true
		opts.Progress = nil
		ix, err = retrieval.Open(ctx, dir, stories, emb, opts, log)
	}
	if err != nil {
		return fmt.Errorf("couldn't build index: %w", err)
	}
	st := ix.Stats()
	log.Info("index ready", "stories", st.Stories, "chunks", st.Chunks, "from_snapshot", st.Loaded, "took", st.Took)
	var sh *shared
	if a.cfg.Retrieval.Backend == "weaviate" {
		if embFellBack {
			// The collection holds the model's vectors: the local
			// embedder's queries can't search them.
			log.Warn("not searching weaviate this run: the corpus is embedded with the local embedder, not the collection's model")
		} else if sh, err = a.attachWeaviate(ctx, e, ix, log, a.writeShared); err != nil {
			return err
		}
	}
	k := a.k
	if k == 0 {
		k = a.cfg.Retrieval.K
	}
	bo := bot.Options{K: k, Threshold: a.cfg.Retrieval.AnswerThreshold, Floor: a.cfg.Retrieval.HedgeFloor}
	if gen != nil {
		bo.ModelTimeout = a.cfg.LLM.Timeout.Duration
	}
	var searcher bot.Searcher = ix
	if sh != nil {
		searcher = sh.searcher // the collection finds, the local index verifies and stands in
	}
	b := bot.New(searcher, gen, bo, log)
	opts.Progress, opts.Rebuild = nil, false
	a.bot, a.index, a.dir, a.opts, a.log, a.skipped, a.shared = b, ix, dir, opts, log, skipped, sh
	return nil
}

// Close releases what Open made: the model server's idle connections.
// The index and the bot hold nothing that needs closing.
func (a *app) Close() {
	if a.verifyLLM != nil {
		a.verifyLLM.Close()
	}
	if a.llm != nil {
		a.llm.Close()
	}
}

func (a *app) options() retrieval.Options {
	o := retrieval.DefaultOptions()
	r := a.cfg.Retrieval
	o.Chunk = story.ChunkOptions{MaxSentences: r.ChunkSentences, MaxBytes: r.ChunkBytes, Overlap: r.ChunkOverlap}
	return o
}

// logger logs to stderr in the configured format (text or json). A server
// logs at the configured level; the terminal commands show warnings only,
// unless -v asks for progress too.
func (a *app) logger(e *env) *slog.Logger {
	level := slog.LevelInfo
	if err := level.UnmarshalText([]byte(a.cfg.Log.Level)); err != nil {
		level = slog.LevelInfo
	}
	if !a.serving {
		level = max(level, slog.LevelWarn)
	}
	if a.verbose {
		level = min(level, slog.LevelInfo)
	}
	opts := &slog.HandlerOptions{Level: level}
	if a.cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}

// corpusFS picks the corpus: the --corpus directory, else ./corpus when it
// exists, else the one built into the binary. It returns a name for it too.
func (a *app) corpusFS() (fs.FS, string, error) {
	dir := a.corpus
	if dir == "" {
		dir = a.cfg.Corpus.Dir
	}
	if dir == "" {
		if st, err := os.Stat("corpus"); err == nil && st.IsDir() {
			dir = "corpus"
		} else {
			return storybot.DefaultCorpus(), "embedded", nil
		}
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, "", fmt.Errorf("couldn't open corpus: %w", err)
	}
	if !st.IsDir() {
		return nil, "", fmt.Errorf("corpus %s is not a directory", dir)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	return os.DirFS(dir), abs, nil
}

// dataDir is where the index of the named corpus is kept: --data, else
// corpus.data_dir (STORYBOT_CORPUS_DATA_DIR), else a folder per corpus in
// the user cache directory (so two corpora don't rebuild each other's
// index).
func (a *app) dataDir(corpusName string) string {
	if a.data != "" {
		return a.data
	}
	if a.cfg.Corpus.DataDir != "" {
		return a.cfg.Corpus.DataDir
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	sum := sha256.Sum256([]byte(corpusName))
	return filepath.Join(base, "storybot", hex.EncodeToString(sum[:6]))
}
