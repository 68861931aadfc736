package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/config"
)

// loadConfig sets c.cfg from the defaults, the --config file (else
// $STORYBOT_CONFIG) and the STORYBOT_<SECTION>_<KEY> variables, and
// validates it. Flags are applied afterwards by the code that reads them
// (--corpus, --data and -k win over the configuration).
func (a *app) loadConfig(e *env) error {
	path := a.configPath(e)
	var environ []string
	if e.environ != nil {
		environ = e.environ()
	}
	cfg, err := config.Check(path, e.getenv, environ)
	if err != nil {
		n := strings.Count(err.Error(), "\n") + 1
		what := "problem"
		if n > 1 {
			what = "problems"
		}
		return fmt.Errorf("invalid configuration, %d %s:\n%w", n, what, err)
	}
	a.cfg = cfg
	return nil
}

// configPath is the file named by --config, else by $STORYBOT_CONFIG, else "".
func (a *app) configPath(e *env) string {
	if a.config != "" {
		return a.config
	}
	return e.getenv(config.EnvFile)
}

const configUsage = `config check [FILE]

Checks a configuration file (FILE, else --config, else $STORYBOT_CONFIG,
else none: the defaults) together with the STORYBOT_<SECTION>_<KEY>
environment overrides, and prints the effective configuration as TOML
with secrets shown only as set or not set.

Exit status: 0 when the configuration is valid; 1 when it is not (an
unknown key, a secret in the file, a bad value), with one line per
problem naming the key; 2 for a wrong command line.`

// runConfig runs "storybot config check [FILE]".
func runConfig(_ context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("missing subcommand: storybot %s", firstLine(configUsage))
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(e.stderr, "Usage: storybot %s\n", configUsage)
		return errHelp
	}
	if args[0] != "check" {
		return usagef("unknown subcommand %q: storybot %s", args[0], firstLine(configUsage))
	}
	a := &app{}
	fs := flag.NewFlagSet("config check", flag.ContinueOnError)
	fs.StringVar(&a.config, "config", "", "TOML configuration `file` (default: $STORYBOT_CONFIG, else none)")
	if err := parse(fs, e, args[1:], configUsage); err != nil {
		return err
	}
	switch fs.NArg() {
	case 0:
	case 1:
		a.config = fs.Arg(0)
	default:
		return usagef("config check takes at most one FILE, got %d arguments", fs.NArg())
	}
	if err := a.loadConfig(e); err != nil {
		return err
	}
	if err := config.WriteEffective(e.stdout, a.cfg, e.getenv); err != nil {
		return err
	}
	what := "defaults and environment"
	if p := a.configPath(e); p != "" {
		what = p
	}
	fmt.Fprintf(e.stderr, "configuration OK (%s)\n", what)
	return nil
}

func firstLine(s string) string {
	for i := range len(s) {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
