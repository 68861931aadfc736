package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/eval"
)

// evalFormat describes the question file, for eval --help.
const evalFormat = `FILE holds one question per line as a JSON object (JSON Lines); blank lines
and lines starting with # are skipped. Keys:
  "question"    the question (required)
  "answerable"  true when the corpus answers it; false: the right reply is to abstain
  "answers"     accepted answers: the reply must contain one of them
  "evidence"    text of a story that must be retrieved and cited
  "must_not"    strings the reply must never contain (a planted falsehood)
  "id", "kind"  a name and a kind (fact, paraphrase, unanswerable, adversarial)
  "writer"      who wrote the question
  "follows"     the id of the question this one follows in a conversation
Example:
  {"id": "toll", "question": "How many people died?", "answerable": true, "answers": ["31"]}
It prints retrieval recall@k and MRR, answer accuracy, citation exactness
and abstention precision and recall; the -min-* flags make it exit 1 below a floor.`

func runEval(ctx context.Context, e *env, args []string) error {
	a := &app{cfg: config.Default()}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	a.register(fs)
	minRecall := fs.Float64("min-recall", 0, "fail when retrieval recall@k is below this")
	minMRR := fs.Float64("min-mrr", 0, "fail when retrieval MRR is below this")
	minAcc := fs.Float64("min-accuracy", 0, "fail when answer accuracy is below this")
	minExact := fs.Float64("min-citation-exact", 1, "fail when the share of exact citations is below this")
	minAbsP := fs.Float64("min-abstain-precision", 0, "fail when abstention precision is below this")
	minAbsR := fs.Float64("min-abstain-recall", 0, "fail when abstention recall is below this")
	maxForbidden := fs.Int("max-forbidden", 0, "fail when more replies than this contain a string their question forbids (must_not)")
	sweep := fs.Bool("sweep", false, "after the report, print the answerability trade-off over thresholds 0 to 1 (extractive mode)")
	features := fs.String("features", "", "write each question's answerability score and features to `file`, one JSON line each, for scripts/fitanswer")
	claims := fs.Bool("claims", false, "FILE is labelled model answers (the faith format: source, response, hallucinated): score the claim check as a hallucination detector, per data set")
	verbose := fs.Bool("claims-v", false, "with --claims: list every false alarm (its rule and reason) and every miss")
	if err := parse(fs, e, args, "eval [flags] FILE.jsonl\n\n"+evalFormat); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("eval needs one question file (JSON Lines)")
	}
	if *claims {
		// The claim check alone: no corpus, no index, no model.
		return eval.RunClaims(fs.Arg(0), e.stdout, *verbose)
	}
	cases, err := eval.LoadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	if err := a.Open(ctx, e, nil); err != nil {
		return err
	}
	defer a.Close()
	corpus, _, err := a.corpusFS()
	if err != nil {
		return err
	}
	k := a.k
	if k == 0 {
		k = a.cfg.Retrieval.K
	}
	rep, err := eval.Run(ctx, a.bot, cases, k, corpus)
	if err != nil {
		return err
	}
	printReport(e.stdout, rep, a.verbose)
	if *sweep {
		if err := printSweep(e.stdout, rep); err != nil {
			return err
		}
	}
	if *features != "" {
		if err := writeFeatures(e, *features, rep); err != nil {
			return err
		}
	}
	var failed []string
	check := func(name string, got, floor float64) {
		if got < floor {
			failed = append(failed, fmt.Sprintf("%s %.3f < %.3f", name, got, floor))
		}
	}
	check("recall@k", rep.RecallAtK, *minRecall)
	check("MRR", rep.MRR, *minMRR)
	check("accuracy", rep.Accuracy, *minAcc)
	check("citation exactness", rep.CitationExact, *minExact)
	check("abstention precision", rep.AbstainPrecision, *minAbsP)
	check("abstention recall", rep.AbstainRecall, *minAbsR)
	if rep.Forbidden > *maxForbidden {
		failed = append(failed, fmt.Sprintf("%d replies contain forbidden text > %d", rep.Forbidden, *maxForbidden))
	}
	if len(failed) > 0 {
		return fmt.Errorf("below the floor: %v", failed)
	}
	return nil
}

func printReport(w io.Writer, r *eval.Report, verbose bool) {
	for _, res := range r.Results {
		if res.Correct && !verbose {
			continue
		}
		mark := "right"
		if !res.Correct {
			mark = "wrong"
		}
		fmt.Fprintf(w, "%s [%s] %s\n", mark, res.Case.Kind, res.Case.Question)
		if !res.Correct {
			fmt.Fprintf(w, "     %s; got: %s\n", res.Why, res.Answer.Text)
		}
	}
	fmt.Fprintf(w, "questions:            %d\n", len(r.Results))
	fmt.Fprintf(w, "recall@%d:             %.3f\n", r.K, r.RecallAtK)
	fmt.Fprintf(w, "MRR:                  %.3f\n", r.MRR)
	fmt.Fprintf(w, "answer accuracy:      %.3f\n", r.Accuracy)
	kinds := make([]string, 0, len(r.ByKind))
	for k := range r.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		v := r.ByKind[k]
		fmt.Fprintf(w, "  %-18s  %d/%d\n", k+":", v[0], v[1])
	}
	fmt.Fprintf(w, "citation exactness:   %.3f (%d citations)\n", r.CitationExact, r.Citations)
	fmt.Fprintf(w, "evidence cited:       %.3f\n", r.EvidenceCited)
	fmt.Fprintf(w, "abstention precision: %.3f\n", r.AbstainPrecision)
	fmt.Fprintf(w, "abstention recall:    %.3f\n", r.AbstainRecall)
	fmt.Fprintf(w, "forbidden text:       %d replies\n", r.Forbidden)
}

// printSweep prints the answerability trade-off: per threshold θ, the
// answerable questions answered right (candidate holds an accepted answer
// and score ≥ θ) and the unanswerable ones abstained on (score < θ), each
// as a count and a share, and the mean of the two shares.
func printSweep(w io.Writer, r *eval.Report) error {
	points, skipped := eval.SweepPoints(r.Results)
	fmt.Fprintf(w, "\nanswerability sweep: %d questions", len(points))
	if skipped > 0 {
		fmt.Fprintf(w, " (%d without an answerability score skipped)", skipped)
	}
	fmt.Fprintln(w)
	if len(points) == 0 {
		fmt.Fprintln(w, "no answer carries an answerability score (LLM mode, or a bot that does not score); nothing to sweep")
		return nil
	}
	rows, _ := eval.SweepResults(r.Results)
	thresholds, floors := eval.OperatingPoints(r.Results)
	marks := map[float64]string{}
	for _, f := range floors {
		marks[f] = "bot floor"
	}
	for _, t := range thresholds {
		if marks[t] != "" {
			marks[t] = "bot threshold and floor"
		} else {
			marks[t] = "bot threshold"
		}
	}
	return eval.WriteSweep(w, rows, marks)
}

// writeFeatures writes the features file for scripts/fitanswer.
func writeFeatures(e *env, path string, r *eval.Report) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("couldn't write features: %w", err)
	}
	written, skipped, err := eval.WriteFeatures(f, r.Results)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("couldn't write features to %s: %w", path, err)
	}
	fmt.Fprintf(e.stderr, "wrote %d feature lines to %s", written, path)
	if skipped > 0 {
		fmt.Fprintf(e.stderr, " (%d questions without an answerability score skipped)", skipped)
	}
	fmt.Fprintln(e.stderr)
	return nil
}
