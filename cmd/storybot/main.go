// Command storybot answers questions about a corpus of news stories, with
// citations anyone can check: on the terminal (ask, chat), for scripts and
// evaluations (ask --json, eval), and on Discord (serve).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first signal starts a graceful stop, a second one
		// ends the process at once.
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed, or an eval fell below a floor
	exitUsage = 2 // the command line was wrong
)

// usageError is a command-line mistake: exit 2 with its one-line reason.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// env is what a command runs with: its streams and its environment, so
// tests run the whole program in process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// environ lists the environment ("NAME=value"), to catch misspelt
	// STORYBOT_ variables; nil skips that check.
	environ func() []string
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"ask", "answer one question, or one per line of standard input with --json", runAsk},
		{"chat", "ask questions in an interactive loop", runChat},
		{"index", "build or refresh the index and print what it holds", runIndex},
		{"eval", "score answers against a question file", runEval},
		{"serve", "run the Discord bot", runServe},
		{"config", "check a configuration file and print the effective settings", runConfig},
		{"health", "probe a running storybot's /healthz (the container's HEALTHCHECK)", runHealth},
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, args, &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, environ: os.Environ})
}

func runEnv(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		var ue usageError
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, errHelp):
			return exitOK
		case errors.As(err, &ue):
			fmt.Fprintf(e.stderr, "storybot %s: %s\n", c.name, ue.msg)
			return exitUsage
		default:
			fmt.Fprintf(e.stderr, "storybot %s: %v\n", c.name, err)
			return exitFail
		}
	}
	fmt.Fprintf(e.stderr, "storybot: unknown command %q (run 'storybot help')\n", args[0])
	return exitUsage
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "storybot answers questions about news stories, citing the exact text.")
	fmt.Fprintln(w, "\nUsage: storybot <command> [flags] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'storybot <command> --help' for a command's flags.")
}
