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
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	// SIGINT and SIGTERM end a command gracefully (its context is
	// cancelled); a second one ends the process at once. chat takes them
	// itself: Ctrl-C there cancels the answer being written.
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, environ: os.Environ,
		signals: sigs, defaultSignals: func() { signal.Reset(os.Interrupt, syscall.SIGTERM) }}
	os.Exit(runEnv(context.Background(), os.Args[1:], e))
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed, or an eval fell below a floor
	exitUsage = 2 // the command line was wrong
	// exitInterrupted: a signal (Ctrl-C, SIGTERM) cancelled the command,
	// 128 + SIGINT's number, as shells report a process Ctrl-C ended.
	exitInterrupted = 130
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
	// signals delivers SIGINT and SIGTERM (nil: none are caught), and
	// defaultSignals gives them back their default action (ending the
	// process), for the second one.
	signals        <-chan os.Signal
	defaultSignals func()
	// waitNotice is how long a command waits in silence before it says
	// what it is waiting for (0: defaultWaitNotice).
	waitNotice time.Duration
}

// defaultWaitNotice: two seconds of silence is when a person starts to
// wonder whether the command hangs.
const defaultWaitNotice = 2 * time.Second

// noticeAfter is e.waitNotice, or its default.
func (e *env) noticeAfter() time.Duration {
	if e.waitNotice > 0 {
		return e.waitNotice
	}
	return defaultWaitNotice
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
	// ownSignals: the command reads e.signals itself; others have their
	// context cancelled by the first signal.
	ownSignals bool
}

func commands() []command {
	return []command{
		{name: "ask", summary: "answer one question, or one per line of standard input with --json", run: runAsk},
		{name: "chat", summary: "ask questions in an interactive loop", run: runChat, ownSignals: true},
		{name: "summary", summary: "summarise a story, each sentence cited (or list the stories)", run: runSummary},
		{name: "index", summary: "build or refresh the index and print what it holds", run: runIndex},
		{name: "eval", summary: "score answers against a question file", run: runEval},
		{name: "serve", summary: "run the Discord bot", run: runServe},
		{name: "config", summary: "check a configuration file and print the effective settings", run: runConfig},
		{name: "health", summary: "probe a running storybot's /healthz (the container's HEALTHCHECK)", run: runHealth},
		{name: "version", summary: "print the version and the revision it was built from", run: runVersion},
	}
}

func runEnv(ctx context.Context, args []string, e *env) int {
	// Notices ("waiting for the model server...") and logs write to
	// stderr from more than one goroutine.
	ee := *e
	ee.stderr = &lockedWriter{w: e.stderr}
	e = &ee
	if len(args) == 2 && args[0] == "help" {
		// storybot help ask = storybot ask --help
		args = []string{args[1], "--help"}
	}
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args = append([]string{"version"}, args[1:]...)
	}
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
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var signalled atomic.Bool
		if e.signals != nil && !c.ownSignals {
			go func() {
				select {
				case <-e.signals:
					signalled.Store(true)
					cancel()
					if e.defaultSignals != nil {
						e.defaultSignals()
					}
				case <-ctx.Done():
				}
			}()
		}
		err := c.run(ctx, e, args[1:])
		var ue usageError
		switch {
		case err == nil:
			return exitOK
		case signalled.Load() && errors.Is(err, context.Canceled):
			// What failed is the cancellation itself ("context canceled"):
			// say that it was cancelled, as chat does. Other errors (serve
			// failing to shut down) are reported as they are.
			fmt.Fprintln(e.stderr, "(cancelled)")
			return exitInterrupted
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
	fmt.Fprintln(w, "\nRun 'storybot help <command>' (or 'storybot <command> --help') for a command's flags.")
}

// lockedWriter serializes writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
