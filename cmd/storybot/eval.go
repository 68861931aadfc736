package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"

	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/eval"
)

func runEval(ctx context.Context, e *env, args []string) error {
	c := common{cfg: config.Default()}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	c.register(fs)
	minRecall := fs.Float64("min-recall", 0, "fail when retrieval recall@k is below this")
	minMRR := fs.Float64("min-mrr", 0, "fail when retrieval MRR is below this")
	minAcc := fs.Float64("min-accuracy", 0, "fail when answer accuracy is below this")
	minExact := fs.Float64("min-citation-exact", 1, "fail when the share of exact citations is below this")
	minAbsP := fs.Float64("min-abstain-precision", 0, "fail when abstention precision is below this")
	minAbsR := fs.Float64("min-abstain-recall", 0, "fail when abstention recall is below this")
	maxForbidden := fs.Int("max-forbidden", 0, "fail when more replies than this contain a string their question forbids (must_not)")
	if err := parse(fs, e, args, "eval [flags] FILE.jsonl"); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("eval needs one question file (JSON Lines)")
	}
	cases, err := eval.LoadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	p, err := c.open(ctx, e, nil)
	if err != nil {
		return err
	}
	corpus, _, err := c.corpusFS()
	if err != nil {
		return err
	}
	k := c.k
	if k == 0 {
		k = c.cfg.Retrieval.K
	}
	rep, err := eval.Run(ctx, p.bot, cases, k, corpus)
	if err != nil {
		return err
	}
	printReport(e.stdout, rep, c.verbose)
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
