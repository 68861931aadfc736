package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"golang.org/x/term"
)

// chatHistory is how many earlier turns a follow-up sees.
const chatHistory = 3

func runChat(ctx context.Context, e *env, args []string) error {
	c := common{cfg: config.Default()}
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	c.register(fs)
	if err := parse(fs, e, args, "chat [flags]"); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("chat takes no arguments; type questions at the prompt")
	}
	p, err := c.open(ctx, e, nil)
	if err != nil {
		return err
	}
	interactive := false
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		interactive = true
	}
	if interactive {
		n := len(p.bot.Sources())
		noun := "stories"
		if n == 1 {
			noun = "story"
		}
		fmt.Fprintf(e.stdout, "storybot: %d %s. Ask a question; /sources lists them, /new starts over, /quit ends.\n", n, noun)
	}
	var history []bot.Turn
	prompt := func() {
		if interactive {
			fmt.Fprint(e.stdout, "> ")
		}
	}
	errQuit := errors.New("quit")
	prompt()
	err = eachLine(e.stdin, func(raw string, tooLong bool) error {
		line := strings.TrimSpace(raw)
		switch {
		case tooLong:
			fmt.Fprintln(e.stdout, bot.ErrQuestionTooLong)
		case line == "":
		case line == "/quit" || line == "/exit":
			return errQuit
		case line == "/sources":
			for _, s := range p.bot.Sources() {
				fmt.Fprintf(e.stdout, "- %s (%s) %s\n", s.Title, s.Date, s.Source)
			}
		case line == "/new":
			history = nil
		default:
			ans, err := p.bot.Ask(ctx, bot.Question{Text: line, History: history, Offline: c.offline})
			if errors.Is(err, bot.ErrQuestionTooLong) {
				fmt.Fprintln(e.stdout, err)
				break
			}
			if err != nil {
				return err
			}
			printAnswer(e.stdout, ans)
			fmt.Fprintln(e.stdout)
			history = append(history, bot.Turn{Question: ans.Question, Answer: ans.Text})
			if len(history) > chatHistory {
				history = history[len(history)-chatHistory:]
			}
		}
		prompt()
		return nil
	})
	if errors.Is(err, errQuit) {
		return nil
	}
	return err
}
