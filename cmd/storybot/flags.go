package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/config"
	"golang.org/x/term"
)

var errHelp = errors.New("help shown")

// parse parses args into fs, turning -h into errHelp and flag mistakes
// into usage errors. Flags may come anywhere, before or after the
// arguments (storybot ask "How many died?" --json); after "--" everything
// is an argument. fs.Args() holds the arguments afterwards. A -k flag is
// checked against the one rule for k (config.MinK to config.MaxK).
func parse(fs *flag.FlagSet, e *env, args []string, usage string) error {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(e.stderr, "Usage: storybot %s\n\nFlags:\n", usage)
				printDefaults(e.stderr, fs)
				return errHelp
			}
			return usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Leave the arguments in fs.Args(), for the commands to read.
	if err := fs.Parse(append([]string{"--"}, pos...)); err != nil {
		return usageError{err.Error()}
	}
	var kErr error
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "k" {
			kErr = checkK(fmt.Sprintf("-k %s", f.Value), f.Value.String())
		}
	})
	return kErr
}

// checkK applies the one rule for k, wherever it is given (-k, a
// question's "k"): a whole number from config.MinK to config.MaxK.
func checkK(what, v string) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < config.MinK || n > config.MaxK {
		return usagef("%s: %s", what, config.WantK)
	}
	return nil
}

// printDefaults lists fs's flags as flag.PrintDefaults does, but shows a
// default only when the flag's own text does not already say it
// ("(default discord.shard_count)" is not followed by "(default -1)").
func printDefaults(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		if len(line) <= 4 { // "  -x" fits before the tab, as flag does it
			line += "\t"
		} else {
			line += "\n    \t"
		}
		line += strings.ReplaceAll(usage, "\n", "\n    \t")
		if d := f.DefValue; !strings.Contains(usage, "(default") && d != "" && d != "0" && d != "false" {
			if g, ok := f.Value.(flag.Getter); ok {
				if _, isString := g.Get().(string); isString {
					d = strconv.Quote(d)
				}
			}
			line += fmt.Sprintf(" (default %s)", d)
		}
		fmt.Fprintln(w, line)
	})
}

// questionArg joins the arguments into one question.
func questionArg(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }

// isTerminal reports whether r or w is a terminal.
func isTerminal(f any) bool {
	if lw, ok := f.(*lockedWriter); ok {
		f = lw.w
	}
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}
