package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/llm"
	"github.com/storybot-dev/storybot/metrics"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
	"golang.org/x/term"
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
	// syncProgress, if set, is told how many chunks are written to
	// Weaviate (index).
	syncProgress func(done, total int)
	// writeShared: write the index to Weaviate at start (index, and serve
	// with weaviate.writer).
	writeShared bool
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.corpus, "corpus", "", "corpus `dir`ectory of .txt/.md stories (default ./corpus, else the corpus built into the binary)")
	fs.StringVar(&c.data, "data", "", "`dir`ectory for the index snapshot (default: corpus.data_dir, else the user cache dir)")
	fs.BoolVar(&c.offline, "offline", false, "answer in the deterministic extractive mode, with no model")
	fs.IntVar(&c.k, "k", 0, fmt.Sprintf("passages to retrieve per question, %d to %d (default retrieval.k, 5)", config.MinK, config.MaxK))
	fs.BoolVar(&c.verbose, "v", false, "log progress as well as warnings")
	fs.StringVar(&c.config, "config", "", "TOML configuration `file` (default: $STORYBOT_CONFIG, else none)")
}

// parse parses args into fs, turning -h into errHelp and flag mistakes
// into usage errors. Flags may come anywhere, before or after the
// arguments (storybot ask "How many died?" --json); after "--" everything
// is an argument. fs.Args() holds the arguments afterwards. A -k flag is
// checked against the one rule for k (config.MinK to config.MaxK).
func parse(fs *flag.FlagSet, e *env, args []string, usage string) error {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(e.stderr, "Usage: storybot %s\n\nFlags:\n", usage)
				printDefaults(e.stderr, fs)
				return errHelp
			}
			return usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Leave the arguments in fs.Args(), for the commands to read.
	if err := fs.Parse(append([]string{"--"}, pos...)); err != nil {
		return usageError{err.Error()}
	}
	var kErr error
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "k" {
			kErr = checkK(fmt.Sprintf("-k %s", f.Value), f.Value.String())
		}
	})
	return kErr
}

// checkK applies the one rule for k, wherever it is given (-k, a
// question's "k"): a whole number from config.MinK to config.MaxK.
func checkK(what, v string) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < config.MinK || n > config.MaxK {
		return usagef("%s: %s", what, config.WantK)
	}
	return nil
}

// printDefaults lists fs's flags as flag.PrintDefaults does, but shows a
// default only when the flag's own text does not already say it
// ("(default discord.shard_count)" is not followed by "(default -1)").
func printDefaults(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		if len(line) <= 4 { // "  -x" fits before the tab, as flag does it
			line += "\t"
		} else {
			line += "\n    \t"
		}
		line += strings.ReplaceAll(usage, "\n", "\n    \t")
		if d := f.DefValue; !strings.Contains(usage, "(default") && d != "" && d != "0" && d != "false" {
			if g, ok := f.Value.(flag.Getter); ok {
				if _, isString := g.Get().(string); isString {
					d = strconv.Quote(d)
				}
			}
			line += fmt.Sprintf(" (default %s)", d)
		}
		fmt.Fprintln(w, line)
	})
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
	// skipped lists the corpus files that were not loaded, and why.
	skipped []story.Skipped
	// shared is the Weaviate collection when retrieval.backend is
	// "weaviate", else nil.
	shared *shared
}

func (c *common) options() retrieval.Options {
	o := retrieval.DefaultOptions()
	r := c.cfg.Retrieval
	o.Chunk = story.ChunkOptions{MaxSentences: r.ChunkSentences, MaxBytes: r.ChunkBytes, Overlap: r.ChunkOverlap}
	return o
}

// open loads the corpus and the index and builds the bot.
func (c *common) open(ctx context.Context, e *env, progress func(done, total int)) (*parts, error) {
	if err := c.loadConfig(e); err != nil {
		return nil, err
	}
	log := c.logger(e)
	fsys, name, err := c.corpusFS()
	if err != nil {
		return nil, err
	}
	dir := c.dataDir(name)
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
		reportSkipped(log, dir, skipped, !c.quietSkipped)
		return stories, nil
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
	opts.Rebuild = c.rebuild
	var probe *probedEmbedder
	if gen != nil {
		probe = &probedEmbedder{Embedder: emb, timeout: c.cfg.LLM.StartTimeout.Duration, host: c.llm.Host(), notice: e.noticeAfter()}
		emb = probe
		if progress == nil && !c.serving {
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
	if probe != nil && !c.serving {
		stopNotice = afterDelay(e.noticeAfter(), func() {
			fmt.Fprintf(e.stderr, "storybot: waiting for the model server at %s to embed the corpus (it gets %s to start answering)\n", probe.host, probe.timeout)
		})
	}
	ix, err := retrieval.OpenLoading(ctx, dir, load, emb, opts, log)
	if stories == nil && err != nil {
		return nil, err // the corpus did not load
	}
	embFellBack := false
	stopNotice()
	if probe != nil {
		probe.done.Store(true) // questions' embeddings are not probed
	}
	if err != nil && gen != nil && ctx.Err() == nil && !c.strictModel {
		// The model server can't embed the corpus: answer anyway, with the
		// local embedder for retrieval (the model still writes answers if
		// it recovers). That index stays in memory: saving it would replace
		// the model's vectors on disk, and the next start would embed the
		// whole corpus again.
		log.Warn("couldn't embed the corpus with the model; using the local hash embedder for retrieval, in memory only", "err", err)
		if down := errors.Is(err, llm.ErrTimeout) || errors.Is(err, llm.ErrUnreachable); down && !c.serving {
			// A server that doesn't answer at all won't write answers
			// either: ask and chat don't wait llm.timeout for each.
			c.modelDown = fmt.Sprintf("the model server at %s did not answer at start (llm.start_timeout %s)", probe.host, probe.timeout)
			if errors.Is(err, llm.ErrUnreachable) {
				c.modelDown = fmt.Sprintf("the model server at %s could not be reached at start", probe.host)
			}
			log.Warn("the model server is not answering; answering in the extractive mode for this run", "server", probe.host)
			gen = nil
		}
		emb = retrieval.NewHashEmbedder(c.cfg.Retrieval.HashDim)
		dir = ""
		embFellBack = true
		opts.Progress = nil
		ix, err = retrieval.Open(ctx, dir, stories, emb, opts, log)
	}
	if err != nil {
		return nil, fmt.Errorf("couldn't build index: %w", err)
	}
	st := ix.Stats()
	log.Info("index ready", "stories", st.Stories, "chunks", st.Chunks, "from_snapshot", st.Loaded, "took", st.Took)
	var sh *shared
	if c.cfg.Retrieval.Backend == "weaviate" {
		if embFellBack {
			// The collection holds the model's vectors: the local
			// embedder's queries can't search them.
			log.Warn("not searching weaviate this run: the corpus is embedded with the local embedder, not the collection's model")
		} else if sh, err = c.attachWeaviate(ctx, e, ix, log, c.writeShared); err != nil {
			return nil, err
		}
	}
	k := c.k
	if k == 0 {
		k = c.cfg.Retrieval.K
	}
	bo := bot.Options{K: k, Threshold: c.cfg.Retrieval.AnswerThreshold, Floor: c.cfg.Retrieval.HedgeFloor}
	if gen != nil {
		bo.ModelTimeout = c.cfg.LLM.Timeout.Duration
	}
	b := bot.New(ix, gen, bo, log)
	opts.Progress, opts.Rebuild = nil, false
	return &parts{bot: b, index: ix, dir: dir, opts: opts, log: log, skipped: skipped, shared: sh}, nil
}

// questionArg joins the arguments into one question.
func questionArg(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }

// isTerminal reports whether r or w is a terminal.
func isTerminal(f any) bool {
	if lw, ok := f.(*lockedWriter); ok {
		f = lw.w
	}
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// answerNotice says, once the model has written nothing for a while,
// what ask and chat wait for; stop ends it (and may be called again). It
// says nothing when no model writes the answer.
func (c *common) answerNotice(e *env) (stop func()) {
	if c.llm == nil || c.modelDown != "" || c.offline {
		return func() {}
	}
	return afterDelay(e.noticeAfter(), func() {
		fmt.Fprintf(e.stderr, "storybot: waiting for the model at %s to write the answer (up to %s; then the extractive answer is given)\n", c.llm.Host(), c.cfg.LLM.Timeout.Duration)
	})
}

// afterDelay calls f once d has passed, unless the returned stop is called
// first; stop waits for f if it has started.
func afterDelay(d time.Duration, f func()) (stop func()) {
	var mu sync.Mutex
	stopped := false
	t := time.AfterFunc(d, func() {
		mu.Lock()
		defer mu.Unlock()
		if !stopped {
			f()
		}
	})
	return func() {
		t.Stop()
		mu.Lock()
		stopped = true
		mu.Unlock()
	}
}

// probedEmbedder is the model's embedder with a bound on starting: before
// the first texts are embedded it embeds one alone, within timeout
// (llm.start_timeout), so a server that takes connections and never
// answers costs that long, not embed_timeout per batch and retries.
type probedEmbedder struct {
	retrieval.Embedder
	timeout time.Duration
	host    string
	notice  time.Duration // how long embedding goes on before its progress shows
	done    atomic.Bool
	start   atomic.Int64 // unix nanoseconds of the first Embed
}

func (p *probedEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if !p.done.Load() && len(texts) > 0 {
		p.start.CompareAndSwap(0, time.Now().UnixNano())
		pctx, cancel := context.WithTimeout(ctx, p.timeout)
		_, err := p.Embedder.Embed(pctx, texts[:1])
		timedOut := errors.Is(pctx.Err(), context.DeadlineExceeded)
		cancel()
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return nil, err
		case errors.Is(err, llm.ErrUnreachable) && !timedOut:
			// Refused at once, or no such host: not a matter of time.
			return nil, fmt.Errorf("the model server at %s could not be reached: %w", p.host, err)
		case timedOut || errors.Is(err, llm.ErrTimeout):
			if !errors.Is(err, llm.ErrTimeout) {
				err = fmt.Errorf("%w: %w", llm.ErrTimeout, err)
			}
			return nil, fmt.Errorf("the model server at %s did not embed one text within llm.start_timeout (%s): %w", p.host, p.timeout, err)
		default:
			return nil, fmt.Errorf("the model server at %s couldn't embed a text: %w", p.host, err)
		}
		p.done.Store(true)
	}
	return p.Embedder.Embed(ctx, texts)
}

// waited reports whether embedding has gone on long enough to show its
// progress.
func (p *probedEmbedder) waited() bool {
	s := p.start.Load()
	return s != 0 && time.Since(time.Unix(0, s)) >= p.notice
}
