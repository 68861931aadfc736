package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/llm"
	"github.com/storybot-dev/storybot/metrics"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

var errHelp = errors.New("help shown")

// common holds the flags every answering command shares.
type common struct {
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

	// Set by serve: metrics to count model calls into, and the model
	// client built by model (nil in the offline mode), for health checks.
	metrics *metrics.Metrics
	llm     *llm.Client
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.corpus, "corpus", "", "corpus `dir`ectory of .txt/.md stories (default ./corpus, else the corpus built into the binary)")
	fs.StringVar(&c.data, "data", "", "`dir`ectory for the index snapshot (default: corpus.data_dir, else the user cache dir)")
	fs.BoolVar(&c.offline, "offline", false, "answer in the deterministic extractive mode, with no model")
	fs.IntVar(&c.k, "k", 0, "passages to retrieve per question (default 5)")
	fs.BoolVar(&c.verbose, "v", false, "log progress as well as warnings")
	fs.StringVar(&c.config, "config", "", "TOML configuration `file` (default: $STORYBOT_CONFIG, else none)")
}

// parse parses args into fs, turning -h into errHelp and flag mistakes
// into usage errors.
func parse(fs *flag.FlagSet, e *env, args []string, usage string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(e.stderr)
			fmt.Fprintf(e.stderr, "Usage: storybot %s\n\nFlags:\n", usage)
			fs.PrintDefaults()
			return errHelp
		}
		return usageError{err.Error()}
	}
	return nil
}

// logger logs to stderr in the configured format (text or json). A server
// logs at the configured level; the terminal commands show warnings only,
// unless -v asks for progress too.
func (c *common) logger(e *env) *slog.Logger {
	level := slog.LevelInfo
	if err := level.UnmarshalText([]byte(c.cfg.Log.Level)); err != nil {
		level = slog.LevelInfo
	}
	if !c.serving {
		level = max(level, slog.LevelWarn)
	}
	if c.verbose {
		level = min(level, slog.LevelInfo)
	}
	opts := &slog.HandlerOptions{Level: level}
	if c.cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}

// corpusFS picks the corpus: the --corpus directory, else ./corpus when it
// exists, else the one built into the binary. It returns a name for it too.
func (c *common) corpusFS() (fs.FS, string, error) {
	dir := c.corpus
	if dir == "" {
		dir = c.cfg.Corpus.Dir
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
func (c *common) dataDir(corpusName string) string {
	if c.data != "" {
		return c.data
	}
	if c.cfg.Corpus.DataDir != "" {
		return c.cfg.Corpus.DataDir
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	sum := sha256.Sum256([]byte(corpusName))
	return filepath.Join(base, "storybot", hex.EncodeToString(sum[:6]))
}

// parts is what the answering commands build on.
type parts struct {
	bot   *bot.Bot
	index *retrieval.Index
	dir   string            // the data directory; "" when the index is in memory only
	opts  retrieval.Options // what the index was built with, for rebuilds
	log   *slog.Logger
}

func (c *common) options() retrieval.Options {
	o := retrieval.DefaultOptions()
	r := c.cfg.Retrieval
	o.Chunk = story.ChunkOptions{MaxSentences: r.ChunkSentences, MaxBytes: r.ChunkBytes, Overlap: r.ChunkOverlap}
	return o
}

// open loads the corpus and the index and builds the bot.
func (c *common) open(ctx context.Context, e *env, progress func(done, total int)) (*parts, error) {
	if c.k < 0 {
		return nil, usagef("-k must be at least 1 (got %d)", c.k)
	}
	if err := c.loadConfig(e); err != nil {
		return nil, err
	}
	log := c.logger(e)
	fsys, name, err := c.corpusFS()
	if err != nil {
		return nil, err
	}
	stories, err := story.Load(fsys, log)
	if err != nil {
		return nil, fmt.Errorf("couldn't load corpus %s: %w", name, err)
	}
	emb, gen, err := c.model(e, log)
	if err != nil {
		return nil, err
	}
	opts := c.options()
	if gen != nil {
		l := c.cfg.LLM
		// The question's embedding gets a quarter of the answer's time:
		// past that, search by keywords and leave the rest to the model.
		opts.QueryTimeout = min(l.EmbedTimeout.Duration, l.Timeout.Duration/4)
		// Give the embedder enough texts per call to fill its parallel batches.
		opts.EmbedBatch = max(opts.EmbedBatch, l.EmbedBatch*l.EmbedParallel)
	}
	opts.Progress = progress
	dir := c.dataDir(name)
	ix, err := retrieval.Open(ctx, dir, stories, emb, opts, log)
	if err != nil && gen != nil && ctx.Err() == nil && !c.strictModel {
		// The model server can't embed the corpus: answer anyway, with the
		// local embedder for retrieval (the model still writes answers if
		// it recovers). That index stays in memory: saving it would replace
		// the model's vectors on disk, and the next start would embed the
		// whole corpus again.
		log.Warn("couldn't embed the corpus with the model; using the local hash embedder for retrieval, in memory only", "err", err)
		emb = retrieval.NewHashEmbedder(c.cfg.Retrieval.HashDim)
		dir = ""
		ix, err = retrieval.Open(ctx, dir, stories, emb, opts, log)
	}
	if err != nil {
		return nil, fmt.Errorf("couldn't build index: %w", err)
	}
	st := ix.Stats()
	log.Info("index ready", "stories", st.Stories, "chunks", st.Chunks, "from_snapshot", st.Loaded, "took", st.Took)
	k := c.k
	if k == 0 {
		k = c.cfg.Retrieval.K
	}
	bo := bot.Options{K: k}
	if gen != nil {
		bo.ModelTimeout = c.cfg.LLM.Timeout.Duration
	}
	b := bot.New(ix, gen, bo, log)
	opts.Progress = nil
	return &parts{bot: b, index: ix, dir: dir, opts: opts, log: log}, nil
}

// questionArg joins the arguments into one question.
func questionArg(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }
