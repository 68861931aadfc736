package bot

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/retrieval"
)

// Options tune the answering core.
type Options struct {
	// K is how many passages are retrieved per question.
	K int
	// Threshold is the answerability score at or above which the
	// extractive mode answers; Floor is the score below which it says the
	// stories don't say. In between it hedges: "I couldn't find a direct
	// answer. The closest passage: ..." (an abstention, with the passage
	// cited so a person can judge).
	Threshold, Floor float64
	// ModelTimeout, in LLM mode, bounds retrieval and the model's answer
	// together, from the moment the question is asked; past it the
	// extractive answer is given. 0 leaves it to the Generator.
	ModelTimeout time.Duration
	// TraceCandidates sets Answer.Candidates: every sentence of the
	// searched pool as the extractive answerer scored it (for fitting its
	// weights: scripts/fitselect).
	TraceCandidates bool
}

// RankPool is how many passages are searched for each question before
// they are ranked by how well they answer it and the best K kept: enough
// that the passage answering "How many people died?" is in it when words
// and vectors rank it low, few enough to rank in well under a millisecond.
const RankPool = 10

// DefaultK is how many passages are kept per question: config's, which
// says why.
const DefaultK = config.DefaultK

// DefaultOptions are config's defaults for k, the threshold and the floor
// (config.DefaultK, config.DefaultAnswerThreshold, config.DefaultHedgeFloor
// say why).
func DefaultOptions() Options {
	return Options{K: DefaultK, Threshold: extract.DefaultThreshold, Floor: extract.DefaultFloor}
}

// The operating point of the answerability score (README "Evaluation").
const (
	DefaultThreshold = extract.DefaultThreshold
	DefaultFloor     = extract.DefaultFloor
)

// Searcher is what the bot needs of an index: passages for a question, and
// the stories, chunks and term statistics the offline answerer and the
// question reader use. *retrieval.Index is one; the Weaviate backend wraps
// one.
type Searcher interface {
	Search(ctx context.Context, query string, k int) (retrieval.Results, error)
	Stories() []story.Story
	Chunks() []story.Chunk
	DocFreq(term string) int
	IDF(term string) float64
}

var _ Searcher = (*retrieval.Index)(nil)

// Bot answers questions from an index. Safe for concurrent use; the index
// can be swapped while questions are in flight (each finishes on the index
// it started with).
type Bot struct {
	index  atomic.Pointer[Searcher]
	gen    Generator
	opts   Options
	log    *slog.Logger
	reader question.Reader
	// spanishNoted: the missing Spanish dictionary was mentioned once.
	spanishNoted atomic.Bool
	// esRev is the reverse index of esRevVoc's words (spanishReverse).
	esRevMu  sync.Mutex
	esRev    text.Reverse
	esRevVoc *question.Vocabulary
}

// New returns a Bot over ix. gen may be nil: the bot then answers in the
// extractive mode only.
func New(ix Searcher, gen Generator, opts Options, log *slog.Logger) *Bot {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	def := DefaultOptions()
	if opts.K <= 0 {
		opts.K = def.K
	}
	if opts.Threshold <= 0 {
		opts.Threshold = def.Threshold
	}
	if opts.Floor <= 0 || opts.Floor > opts.Threshold {
		opts.Floor = min(def.Floor, opts.Threshold)
	}
	b := &Bot{gen: gen, opts: opts, log: log}
	b.SetIndex(ix)
	return b
}

// SetIndex swaps in a new index; questions already asked finish on the old.
func (b *Bot) SetIndex(ix Searcher) { b.index.Store(&ix) }

// Index returns the index in use.
func (b *Bot) Index() Searcher {
	if p := b.index.Load(); p != nil {
		return *p
	}
	return nil
}

// CheckQuestion trims a question and checks its length (question.Check).
func CheckQuestion(q string) (string, error) { return question.Check(q) }

// Ask answers one question. Errors are for questions that cannot be asked
// (ErrEmptyQuestion, ErrQuestionTooLong) and for a cancelled context; a
// failing model never makes Ask fail, it falls back to the extractive mode.
func (b *Bot) Ask(ctx context.Context, q Question) (*Answer, error) {
	start := time.Now()
	txt, err := CheckQuestion(q.Text)
	if err != nil {
		return nil, err
	}
	ix := b.Index()
	k := q.K
	if k <= 0 {
		k = b.opts.K
	}
	// The search and the extractive answer read the question in the
	// stories' words; the answer still reports the question as asked, and
	// how it was read when that differs.
	voc := b.reader.Vocabulary(ix)
	read, note := b.readSpanish(ix, txt, voc)
	read = b.reader.Read(ix, read)
	plain := text.Rephrase(read)
	// A follow-up that leans on the last turn ("where was that", "and the
	// guards?") is read with that turn's subject; any other is read alone.
	subject, asRead := "", read // asRead: the reading without the turn it leans on
	if n := len(q.History); n > 0 && (voc.LeansOn(txt) || voc.LeansOn(plain)) {
		last := q.History[n-1]
		subject = question.Subject(last.Question, last.Answer)
		read += " (following: " + strings.TrimSpace(last.Question) + ")"
	}
	// A pool wider than k is searched and ranked by how well each
	// passage's best sentence answers, so the answer does not hinge on k.
	res, err := ix.Search(ctx, strings.TrimSpace(plain+"\n"+subject), max(k, RankPool))
	if err != nil {
		return nil, fmt.Errorf("couldn't retrieve passages: %w", err)
	}
	if res.VectorErr != nil {
		b.log.Warn("vector search failed; using keywords only", "err", res.VectorErr)
	}
	retrieved := time.Now()
	ranked := extract.Rank(ix, voc, plain, subject, passages(res.Hits))
	var traced []extract.CandidateTrace
	if b.opts.TraceCandidates {
		traced = extract.Trace(ix, voc, plain, subject, passages(res.Hits))
	}
	ans := &Answer{Question: txt, Mode: ModeExtractive, Passages: ranked[:min(k, len(ranked))], Citations: []Citation{}}
	if read != txt {
		ans.ReadAs = read
	}
	ans.Candidates = traced

	if b.gen != nil && !q.Offline {
		mctx := ctx
		if b.opts.ModelTimeout > 0 {
			var cancel context.CancelFunc
			mctx, cancel = context.WithDeadline(ctx, start.Add(b.opts.ModelTimeout))
			defer cancel()
		}
		if reason := b.answerWithModel(mctx, q, ans); reason == "" {
			ans.Mode = ModeLLM
			ans.Timings = timings(start, retrieved, ans.Timings.VerifyMS)
			return ans, nil
		} else if err := ctx.Err(); err != nil {
			// The asker went away (Ctrl-C, a shutdown): nothing was
			// replaced, and there is no one to answer.
			return nil, fmt.Errorf("couldn't answer: %w", err)
		} else {
			ans.FallbackReason = reason
			b.log.Warn("model answer replaced by extractive answer", "reason", reason)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("couldn't answer: %w", err)
	}
	ea := &extract.Answer{Passages: ans.Passages, Citations: ans.Citations}
	defer func() {
		if note != "" {
			ans.Text += "\n\n" + note
		}
	}()
	x := extract.Answerer{Threshold: b.opts.Threshold, Floor: b.opts.Floor}
	x.Answer(ix, voc, plain, subject, ea)
	if a := ea.Answerability; a != nil && a.Score < a.Threshold && len(ranked) > 0 {
		// Unsure: read the first passage's story whole, when it is a
		// short one. The question may name the story in words of one
		// passage and ask about another the search ranked past the pool
		// ("how many died in the riot at the Litoral jail in Guayaquil":
		// the death toll is three paragraphs below the names). The
		// second reading stands only if it is sure.
		if whole := wholeStory(ix, ranked, extract.NamedStory(ix, voc, plain, ranked)); len(whole) > len(ranked) {
			r := extract.Rank(ix, voc, plain, subject, whole)
			second := &extract.Answer{Passages: r[:min(k, len(r))], Citations: []cite.Citation{}}
			x.Answer(ix, voc, plain, subject, second)
			if a := second.Answerability; a != nil && a.Score >= a.Threshold {
				ea, ans.Passages = second, second.Passages
			}
		}
	}
	ans.Text, ans.Abstained, ans.Citations, ans.Answerability = ea.Text, ea.Abstained, ea.Citations, ea.Answerability
	if ans.Abstained {
		// numbered questions in one message, none answered together:
		// each is asked alone (an item holds no numbered items of its own)
		if parts := b.askParts(ctx, q, txt); parts != nil {
			parts.Timings, parts.FallbackReason, parts.DroppedClaims = ans.Timings, ans.FallbackReason, ans.DroppedClaims
			ans = parts
		}
	}
	if ans.Abstained {
		// a statement asked to be confirmed that the stories don't settle
		// as typed ("it said 13 dead right?"): what they say of its slot
		if p := b.askPremise(ctx, q, txt, asRead, voc); p != nil {
			p.Timings, p.FallbackReason, p.DroppedClaims = ans.Timings, ans.FallbackReason, ans.DroppedClaims
			ans = p
		}
	}
	if ans.Abstained {
		if p := b.askStatedBefore(ctx, q, txt); p != nil {
			p.Timings, p.FallbackReason, p.DroppedClaims = ans.Timings, ans.FallbackReason, ans.DroppedClaims
			ans = p
		}
	}
	ans.Text = SanitizeMentions(ans.Text)
	ans.Timings = timings(start, retrieved, ans.Timings.VerifyMS)
	return ans, nil
}

func timings(start, retrieved time.Time, verifyMS float64) Timings {
	now := time.Now()
	return Timings{RetrieveMS: ms(retrieved.Sub(start)), AnswerMS: ms(now.Sub(retrieved)), TotalMS: ms(now.Sub(start)), VerifyMS: verifyMS}
}

func passages(hits []retrieval.Hit) []Passage {
	out := make([]Passage, len(hits))
	for i, h := range hits {
		p := cite.FromChunk(i+1, h.Story, h.Chunk)
		p.Score, p.VectorRank, p.VectorScore, p.KeywordRank, p.KeywordScore = h.Score, h.VectorRank, h.VectorScore, h.KeywordRank, h.KeywordScore
		out[i] = p
	}
	return out
}

// readSpanish reads a question that looks Spanish into English, word by
// word through the installed bilingual dictionary, keeping the names the
// stories use. Without the dictionary the question is read as typed and
// the first such answer says what to install (once per bot).
func (b *Bot) readSpanish(ix Searcher, q string, voc *question.Vocabulary) (read, note string) {
	keep := func(w string) bool { return voc.IsName(text.Fold(w)) }
	looks := text.LooksSpanish(q)
	if !looks && (!text.MayBeSpanish(q, keep) || text.InDialect(q)) {
		return q, "" // English, or Hinglish or Taglish: the dictionary is not even loaded
	}
	sp, err := text.LoadSpanish()
	if !looks && (err != nil || !sp.Looks(q, keep)) {
		return q, ""
	}
	if err != nil {
		if b.spanishNoted.CompareAndSwap(false, true) {
			b.log.Warn("a question in Spanish, read as typed", "err", err)
			return q, "(Questions in Spanish are read through a Spanish-English dictionary: " + err.Error() + ".)"
		}
		return q, ""
	}
	uses := func(w string) bool {
		for _, t := range text.Terms(w) {
			if ix.DocFreq(t) == 0 {
				return false
			}
		}
		return true
	}
	return sp.GlossReverse(q, keep, uses, b.spanishReverse(sp, voc)), ""
}

// spanishReverse is the reverse index of the corpus's words (text.Reverse),
// made once per vocabulary, on the first question in Spanish.
func (b *Bot) spanishReverse(sp *text.Spanish, voc *question.Vocabulary) text.Reverse {
	b.esRevMu.Lock()
	defer b.esRevMu.Unlock()
	if b.esRevVoc != voc {
		b.esRev, b.esRevVoc = sp.Reverse(voc.Words()), voc
	}
	return b.esRev
}

// Source is one story of the corpus, as /sources lists it.
type Source struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	Date   string `json:"date,omitempty"`
}

// Sources lists the corpus's stories, sorted by source name.
func (b *Bot) Sources() []Source {
	stories := b.Index().Stories()
	out := make([]Source, len(stories))
	for i, s := range stories {
		out[i] = Source{Source: s.Source, Title: SanitizeMentions(s.Title), Date: s.Date}
	}
	return out
}

// SanitizeMentions defuses Discord mentions in text the bot writes
// (text.DefuseMentions).
func SanitizeMentions(s string) string { return text.DefuseMentions(s) }

// shortStory is the length of a story, in bytes, up to which an unsure
// answer reads it whole: a news story of a few paragraphs (the seed is
// 2,100), not an encyclopedia article, whose many other sentences would
// only compete with the answer.
const shortStory = 6000

// wholeStory is ranked with every other chunk of the story named
// (extract.NamedStory: the first passage's, or the story that holds every
// name the question gives; "" for the first passage's), numbered on from
// ranked's, when that story is short; else ranked.
func wholeStory(ix Searcher, ranked []Passage, named string) []Passage {
	stories := ix.Stories()
	if named == "" {
		named = ranked[0].Source
	}
	at := slices.IndexFunc(stories, func(s story.Story) bool { return s.Source == named })
	if at < 0 || len(stories[at].Text) > shortStory {
		return ranked
	}
	have := map[string]bool{}
	for _, p := range ranked {
		have[p.ChunkID] = true
	}
	out := ranked
	for _, c := range ix.Chunks() {
		if c.Story != at {
			continue
		}
		if p := cite.FromChunk(len(out)+1, &stories[at], &c); !have[p.ChunkID] {
			if len(out) == len(ranked) {
				out = append([]Passage(nil), ranked...)
			}
			out = append(out, p)
		}
	}
	return out
}
