// Command bankreport asks every question of the question bank
// (testdata/bank) offline and prints, per writer and part (tune or report),
// the answerable questions answered right, answered wrong, hedged and
// refused, and the unanswerable ones refused or hedged and answered:
//
//	go run ./scripts/bankreport [-bank testdata/bank] [-squad ../shared/benchmarks/squad2/corpus] [-chat] [-v]
//
// News questions are asked of testdata/news, SQuAD questions of the SQuAD
// part-A articles; without those the SQuAD files are skipped.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/eval"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

func main() {
	bank := flag.String("bank", "testdata/bank", "the question bank: `dir`/{tune,report}/WRITER/{news,squad}.jsonl")
	news := flag.String("news", "testdata/news", "the news corpus")
	squad := flag.String("squad", "../shared/benchmarks/squad2/corpus", "the SQuAD part-A corpus")
	threshold := flag.Float64("threshold", 0, "the answer threshold (0: the default)")
	diag := flag.Bool("diag", false, "for each answerable question of the tune part: outcome, the evidence passage's rank, whether the best candidate holds a gold answer, and the answerability score")
	chat := flag.Bool("chat", false, "ask each writer's file as one conversation, as `storybot chat` does: every question is asked with the one before it and its answer as the last turn, and the bot decides whether it leans on it (without -chat every question is asked alone)")
	seed := flag.String("seed", "", "the default corpus: ask the news questions whose evidence is in this story `file` (and the unanswerable ones) of a corpus of that story alone, as the embedded default answers them; follow-ups and the SQuAD files are left out")
	features := flag.String("features", "", "write each question's answerability score and features, one JSON line each, for scripts/fitanswer: the tune part to `prefix`.tune.jsonl, the report part to prefix.report.jsonl")
	verbose := flag.Bool("v", false, "list every question of the tune part that was not answered right or refused rightly (the report part is only counted)")
	flag.Parse()
	ctx := context.Background()
	bots := map[string]*bot.Bot{}
	corpora := map[string]fs.FS{"news": os.DirFS(*news), "squad": os.DirFS(*squad)}
	var seedText string
	if *seed != "" {
		data, err := os.ReadFile(*seed)
		if err != nil {
			log.Fatal(err)
		}
		seedText = foldSpaces(string(data))
		corpora["news"] = fstest.MapFS{filepath.Base(*seed): {Data: data}}
	}
	files, err := filepath.Glob(filepath.Join(*bank, "*", "*", "*.jsonl"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no question files under %s", *bank)
	}
	var all []eval.Result
	bySplit := map[string][]eval.Result{}
	keyOf := map[string]string{}
	for _, f := range files {
		set := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		writer := filepath.Base(filepath.Dir(f))
		split := filepath.Base(filepath.Dir(filepath.Dir(f)))
		b, ok := bots[set]
		if !ok {
			b, err = newBot(ctx, corpora[set], *threshold)
			if err != nil {
				log.Printf("skipping %s: %v", f, err)
				continue
			}
			bots[set] = b
		}
		cases, err := eval.LoadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		if *seed != "" {
			if set != "news" {
				continue
			}
			cases = ofStory(cases, seedText)
		}
		if *chat {
			chain(cases)
		}
		rep, err := eval.Run(ctx, b, cases, 0, corpora[set])
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range rep.Results {
			keyOf[r.Case.ID] = split + " " + writer
			if *diag && split == "tune" && r.Case.Answerable {
				fmt.Println(diagLine(r))
			}
			if *verbose && split == "tune" && eval.OutcomeOf(r) != eval.Right && !(eval.OutcomeOf(r) != eval.Wrong && !r.Case.Answerable) {
				fmt.Printf("%-8s %-6s %-14s %s\n    -> %s\n", eval.OutcomeOf(r), map[bool]string{true: "ans", false: "unans"}[r.Case.Answerable], r.Case.ID, r.Case.Question, clip(r.Answer.Text))
			}
		}
		all = append(all, rep.Results...)
		bySplit[split] = append(bySplit[split], rep.Results...)
	}
	if *features != "" {
		for split, rs := range bySplit {
			if err := writeFeatures(*features+"."+split+".jsonl", rs); err != nil {
				log.Fatal(err)
			}
		}
	}
	fmt.Println()
	eval.WriteTallies(os.Stdout, eval.TallyBy(all, func(r eval.Result) string { return keyOf[r.Case.ID] }))
	fmt.Println()
	eval.WriteTallies(os.Stdout, eval.TallyBy(all, func(r eval.Result) string { return strings.Fields(keyOf[r.Case.ID])[0] + " (all)" }))
}

// ofStory keeps the questions a story alone answers or no story does:
// answerable ones whose evidence is in its (space-folded) text, and the
// unanswerable ones; follow-ups, which may lean on a question left out,
// are dropped.
func ofStory(cases []eval.Case, folded string) []eval.Case {
	var out []eval.Case
	for _, c := range cases {
		if c.Follows != "" {
			continue
		}
		if !c.Answerable || c.Evidence != "" && strings.Contains(folded, foldSpaces(c.Evidence)) {
			out = append(out, c)
		}
	}
	return out
}

// foldSpaces lower-cases s, writes its curly apostrophes straight and
// runs of space as one.
func foldSpaces(s string) string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s))
	return strings.Join(strings.Fields(s), " ")
}

// chain makes cases one conversation: each follows the one before it,
// unless it names the question it follows.
func chain(cases []eval.Case) {
	for i := 1; i < len(cases); i++ {
		if cases[i].Follows == "" {
			cases[i].Follows = cases[i-1].ID
		}
	}
}

func newBot(ctx context.Context, fsys fs.FS, threshold float64) (*bot.Bot, error) {
	stories, err := story.Load(fsys, nil)
	if err != nil {
		return nil, err
	}
	if len(stories) == 0 {
		return nil, fmt.Errorf("no stories")
	}
	ix, err := retrieval.Build(ctx, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		return nil, err
	}
	opts := bot.DefaultOptions()
	if threshold > 0 {
		opts.Threshold = threshold
	}
	return bot.New(ix, nil, opts, nil), nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}

// diagLine tells where an answerable question was lost: the evidence's
// passage rank (0: not retrieved), whether the best candidate holds a gold
// answer (cand), and the score against the threshold.
func diagLine(r eval.Result) string {
	a := r.Answer.Answerability
	score, hit := 0.0, false
	if a != nil {
		score = a.Score
		for _, g := range r.Case.Answers {
			if strings.Contains(strings.ToLower(a.Candidate), strings.ToLower(g)) {
				hit = true
			}
		}
	}
	line := fmt.Sprintf("DIAG %-7s rank=%d cand=%-5v score=%.2f %-14s %s", eval.OutcomeOf(r), r.Rank, hit, score, r.Case.ID, clip(r.Case.Question))
	if !hit && a != nil {
		line += fmt.Sprintf("\n    gold %q\n    cand %s", r.Case.Answers, clip(a.Candidate))
	}
	return line
}

// writeFeatures writes the features of results to path.
func writeFeatures(path string, results []eval.Result) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, _, err := eval.WriteFeatures(f, results); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
