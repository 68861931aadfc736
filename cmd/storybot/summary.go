package main

import (
	"context"
	"encoding/json"
	"flag"
	"strings"

	"github.com/storybot-dev/storybot/config"
)

// runSummary summarises one story: the lead and its most central
// sentences, each cited. STORY is a source name (or its start) or words of
// the story's title; with several stories and none named, it lists them.
func runSummary(ctx context.Context, e *env, args []string) error {
	a := &app{cfg: config.Default()}
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	a.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, e, args, `summary [flags] [STORY]`); err != nil {
		return err
	}
	if err := a.Open(ctx, e, nil); err != nil {
		return err
	}
	defer a.Close()
	ans, err := a.bot.Summary(ctx, strings.TrimSpace(strings.Join(fs.Args(), " ")))
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(answerJSON{Question: ans.Question, Answer: ans})
	}
	printAnswer(e.stdout, ans)
	return nil
}
