// Command claimscore scores storybot's claim check as a detector of
// unsupported answers on a labelled file in the faith format
// (../shared/benchmarks/faith/README.md): per data set, precision, recall,
// F1, balanced accuracy, the share of faithful answers flagged, and the
// reasons of false alarms and misses.
//
//	go run ./scripts/claimscore ../shared/benchmarks/faith/dev.jsonl
//	go run ./scripts/claimscore -v FILE   # also every false alarm and miss
//	go run ./scripts/claimscore -half even FILE   # the tuning half (odd: the check)
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/storybot-dev/storybot/eval"
)

func main() {
	verbose := flag.Bool("v", false, "list every false alarm (with its rule and reason) and every miss")
	half := flag.String("half", "", "score one half of the file by ID parity: even (for tuning) or odd (for checking)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: claimscore [-v] [-half even|odd] FILE.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := eval.RunClaimsHalf(flag.Arg(0), os.Stdout, *verbose, *half); err != nil {
		fmt.Fprintln(os.Stderr, "claimscore:", err)
		os.Exit(1)
	}
}
