// Command fitselect fits the weights of the extractive answerer's candidate
// score (extract/select.go), which picks the answer sentence among the
// sentences of the searched passages. For each answerable question of the
// given sets it asks the bot offline with every candidate traced, marks the
// candidates that hold a gold answer, and fits a conditional logit: the
// probability that the candidate the score puts first is one that holds an
// answer, with an L2 penalty. It prints the fitted weights as Go source,
// scaled so the coverage weight is 1 (the score's scale, which the
// answerability score reads through its margin, stays put), and how often
// the first candidate holds an answer per set, with the current weights and
// the fitted ones, and for each set with it left out of the fit.
//
//	go run ./scripts/fitselect corpus:testdata/eval.jsonl \
//	    testdata/news:testdata/bank/tune/teen/news.jsonl ...
//
// An argument is CORPUS:FILE or CORPUS:FILE:WEIGHT (each question of the
// file counts WEIGHT, default 1). -misses lists the questions the current
// weights get wrong while a candidate holds the answer; -trace Q prints
// the best candidates of one question.
//
// On 2026-12-05, over the tuning sets (the bank's eight tune writers, SQuAD
// part A tune at weight 0.5, testdata/eval.jsonl, casual/tune.jsonl,
// news/questions-tune.jsonl; 973 questions with an answer among their
// candidates), the first candidate held an answer in 0.746 of them with the
// hand-set weights, 0.748 with fitted ones and 0.731 when each set was left
// out of the fit: no weighting of these features does better, so the
// hand-set weights stay and the features they don't weigh (lede, focus,
// quote, words) are read only in a trace. What is lost is lost in the
// features (a word of the question the answer says another way, a count
// not read as one), not in their weights.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/eval"
	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// group is one question's candidates: their features and whether each
// holds a gold answer.
type group struct {
	id, q  string
	texts  []string
	set    string
	weight float64
	x      [][]float64
	pos    []bool
}

func main() {
	lambda := flag.Float64("lambda", 0.01, "L2 penalty on the standardised weights, per question")
	misses := flag.Bool("misses", false, "instead of fitting, list the questions whose first candidate holds no answer while another does: the first candidate and the best that does")
	trace := flag.String("trace", "", "instead of fitting, print the best candidates for this `question` over the corpus given as the one argument")
	after := flag.String("after", "", "with -trace: the `question` asked before it, which it may follow up")
	flag.Parse()
	if *trace != "" {
		if err := traceOne(flag.Arg(0), *after, *trace); err != nil {
			log.Fatal(err)
		}
		return
	}
	if flag.NArg() == 0 {
		log.Fatal("usage: fitselect [-lambda L] CORPUS:FILE[:WEIGHT]...")
	}
	names := extract.SelectionFeatures()
	var groups []group
	bots := map[string]*bot.Bot{}
	ctx := context.Background()
	for _, arg := range flag.Args() {
		parts := strings.Split(arg, ":")
		if len(parts) < 2 {
			log.Fatalf("%s: want CORPUS:FILE[:WEIGHT]", arg)
		}
		weight := 1.0
		if len(parts) == 3 {
			w, err := strconv.ParseFloat(parts[2], 64)
			if err != nil {
				log.Fatalf("%s: weight: %v", arg, err)
			}
			weight = w
		}
		corpus := os.DirFS(parts[0])
		b, ok := bots[parts[0]]
		if !ok {
			var err error
			if b, err = newBot(ctx, corpus); err != nil {
				log.Fatalf("%s: %v", parts[0], err)
			}
			bots[parts[0]] = b
		}
		cases, err := eval.LoadFile(parts[1])
		if err != nil {
			log.Fatal(err)
		}
		rep, err := eval.Run(ctx, b, cases, 0, corpus)
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range rep.Results {
			if g, ok := label(r, names); ok {
				g.set, g.weight = strings.TrimSuffix(strings.TrimSuffix(parts[1], "/news.jsonl"), "/squad.jsonl"), weight
				groups = append(groups, g)
			}
		}
	}
	current := extract.SelectionWeights()
	if *misses {
		for _, g := range groups {
			if top(g, current) == 1 {
				continue
			}
			fmt.Printf("MISS %s %s\n", g.id, g.q)
			shown := 0
			for i := range g.x {
				if g.pos[i] && shown == 0 || i == 0 {
					fmt.Printf("  %v %.3f %s\n     %s\n", g.pos[i], dot(current, g.x[i]), clip(g.texts[i]), feats(names, g.x[i]))
					if g.pos[i] {
						shown++
					}
				}
			}
		}
		return
	}
	fitted := fit(groups, nil, len(names), *lambda)
	fmt.Println("// Fitted by `go run ./scripts/fitselect` (see its doc).")
	fmt.Println("var selWeights = [nSel]float64{")
	for i, n := range names {
		fmt.Printf("\tsel%s: %.4g, // %s\n", goName(n), fitted[i], n)
	}
	fmt.Println("}")
	sets := map[string]bool{}
	for _, g := range groups {
		sets[g.set] = true
	}
	var order []string
	for s := range sets {
		order = append(order, s)
	}
	sort.Strings(order)
	fmt.Printf("\n%-50s %5s %8s %8s %8s\n", "set", "n", "current", "fitted", "left out")
	var n, c, f, o float64
	for _, s := range order {
		left := fit(groups, func(g group) bool { return g.set != s }, len(names), *lambda)
		var sn, sc, sf, so float64
		for _, g := range groups {
			if g.set != s {
				continue
			}
			sn++
			sc += top(g, current)
			sf += top(g, fitted)
			so += top(g, left)
		}
		fmt.Printf("%-50s %5.0f %8.3f %8.3f %8.3f\n", s, sn, sc/sn, sf/sn, so/sn)
		n, c, f, o = n+sn, c+sc, f+sf, o+so
	}
	fmt.Printf("%-50s %5.0f %8.3f %8.3f %8.3f\n", "all", n, c/n, f/n, o/n)
}

// label reads one result: its candidates' features, and which hold a gold
// answer. A question none holds, or whose answers most candidates hold (a
// bare "no"), teaches nothing and is left out.
func label(r eval.Result, names []string) (group, bool) {
	if !r.Case.Answerable || len(r.Case.Answers) == 0 || r.Answer == nil || len(r.Answer.Candidates) < 2 {
		return group{}, false
	}
	var g group
	npos := 0
	for _, c := range r.Answer.Candidates {
		x := make([]float64, len(names))
		for i, n := range names {
			x[i] = c.Features[n]
		}
		hit := false
		for _, a := range r.Case.Answers {
			if a = text.Fold(strings.TrimSpace(a)); a != "" && strings.Contains(text.Fold(c.Text), a) {
				hit = true
			}
		}
		if hit {
			npos++
		}
		g.x, g.pos, g.texts = append(g.x, x), append(g.pos, hit), append(g.texts, c.Text)
	}
	if npos == 0 || 2*npos > len(g.pos) {
		return group{}, false
	}
	g.id, g.q = r.Case.ID, r.Case.Question
	return g, true
}

// top is 1 when the candidate w scores highest holds an answer (ties: the
// first, as the answerer takes them).
func top(g group, w []float64) float64 {
	best, bi := math.Inf(-1), -1
	for i, x := range g.x {
		if s := dot(w, x); s > best {
			best, bi = s, i
		}
	}
	if bi >= 0 && g.pos[bi] {
		return 1
	}
	return 0
}

func dot(w, x []float64) float64 {
	var s float64
	for i := range w {
		s += w[i] * x[i]
	}
	return s
}

// fit minimises the weighted conditional-logit loss over the groups keep
// admits (all when nil) by gradient descent on standardised features, and
// returns the weights in the features' own scale, divided by the coverage
// weight (feature 0) when that is positive.
func fit(groups []group, keep func(group) bool, nf int, lambda float64) []float64 {
	var use []group
	for _, g := range groups {
		if keep == nil || keep(g) {
			use = append(use, g)
		}
	}
	mean, sd := make([]float64, nf), make([]float64, nf)
	var cnt float64
	for _, g := range use {
		for _, x := range g.x {
			for i, v := range x {
				mean[i] += v
			}
			cnt++
		}
	}
	for i := range mean {
		mean[i] /= cnt
	}
	for _, g := range use {
		for _, x := range g.x {
			for i, v := range x {
				sd[i] += (v - mean[i]) * (v - mean[i])
			}
		}
	}
	for i := range sd {
		if sd[i] = math.Sqrt(sd[i] / cnt); sd[i] == 0 {
			sd[i] = 1
		}
	}
	z := func(x []float64) []float64 {
		out := make([]float64, nf)
		for i, v := range x {
			out[i] = (v - mean[i]) / sd[i]
		}
		return out
	}
	zs := make([][][]float64, len(use))
	var wsum float64
	for gi, g := range use {
		for _, x := range g.x {
			zs[gi] = append(zs[gi], z(x))
		}
		wsum += g.weight
	}
	w := make([]float64, nf)
	// Adam, full batch.
	m, v := make([]float64, nf), make([]float64, nf)
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	for it := 1; it <= 3000; it++ {
		grad := make([]float64, nf)
		for gi, g := range use {
			s := make([]float64, len(zs[gi]))
			mx := math.Inf(-1)
			for i, x := range zs[gi] {
				s[i] = dot(w, x)
				mx = max(mx, s[i])
			}
			var all, pos float64
			for i := range s {
				s[i] = math.Exp(s[i] - mx)
				all += s[i]
				if g.pos[i] {
					pos += s[i]
				}
			}
			for i, x := range zs[gi] {
				p := s[i] / all
				q := 0.0
				if g.pos[i] {
					q = s[i] / pos
				}
				for j := range grad {
					grad[j] += g.weight / wsum * (p - q) * x[j]
				}
			}
		}
		for j := range grad {
			grad[j] += 2 * lambda * w[j]
			m[j] = b1*m[j] + (1-b1)*grad[j]
			v[j] = b2*v[j] + (1-b2)*grad[j]*grad[j]
			mh, vh := m[j]/(1-math.Pow(b1, float64(it))), v[j]/(1-math.Pow(b2, float64(it)))
			w[j] -= lr * mh / (math.Sqrt(vh) + eps)
		}
	}
	out := make([]float64, nf)
	for j := range w {
		out[j] = w[j] / sd[j]
	}
	if out[0] > 0 {
		c := out[0]
		for j := range out {
			out[j] /= c
		}
	}
	return out
}

func goName(n string) string {
	var b strings.Builder
	for _, p := range strings.Split(n, "_") {
		b.WriteString(strings.ToUpper(p[:1]) + p[1:])
	}
	return b.String()
}

func newBot(ctx context.Context, fsys fs.FS) (*bot.Bot, error) {
	stories, err := story.Load(fsys, nil)
	if err != nil {
		return nil, err
	}
	ix, err := retrieval.Build(ctx, stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		return nil, err
	}
	opts := bot.DefaultOptions()
	opts.TraceCandidates = true
	return bot.New(ix, nil, opts, nil), nil
}

func traceOne(corpus, before, q string) error {
	b, err := newBot(context.Background(), os.DirFS(corpus))
	if err != nil {
		return err
	}
	var history []bot.Turn
	if before != "" {
		last, err := b.Ask(context.Background(), bot.Question{Text: before, Offline: true})
		if err != nil {
			return err
		}
		fmt.Printf("before: %s\n", last.Text)
		history = []bot.Turn{{Question: before, Answer: last.Text}}
	}
	ans, err := b.Ask(context.Background(), bot.Question{Text: q, Offline: true, History: history})
	if err != nil {
		return err
	}
	fmt.Printf("read as %q\nanswer: %s\n", ans.ReadAs, ans.Text)
	if a := ans.Answerability; a != nil {
		fmt.Printf("answerability %.3f %v\n", a.Score, a.Features)
	}
	for i, c := range ans.Candidates {
		if i == 8 {
			break
		}
		var fs []string
		for _, n := range extract.SelectionFeatures() {
			if v, ok := c.Features[n]; ok {
				fs = append(fs, fmt.Sprintf("%s=%.2f", n, v))
			}
		}
		t := c.Text
		if len(t) > 110 {
			t = t[:110] + "…"
		}
		fmt.Printf("%.3f %s\n      %s\n", c.Score, t, strings.Join(fs, " "))
	}
	return nil
}

func clip(t string) string {
	if len(t) > 110 {
		return t[:110] + "…"
	}
	return t
}

func feats(names []string, x []float64) string {
	var fs []string
	for i, n := range names {
		if x[i] != 0 {
			fs = append(fs, fmt.Sprintf("%s=%.2f", n, x[i]))
		}
	}
	return strings.Join(fs, " ")
}
