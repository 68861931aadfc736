package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

// runVersion prints the module version and the VCS revision from the
// build information: "storybot v1.2.3 (revision 0123abcd, 2025-01-02T03:04:05Z, modified; go1.26.8)".
func runVersion(_ context.Context, e *env, args []string) error {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprintln(e.stderr, "Usage: storybot version\n\nPrints the module version and the VCS revision the binary was built from.")
			return errHelp
		}
		return usagef("version takes no arguments")
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(info))
	return nil
}

func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "storybot (no build information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	var parts []string
	if rev != "" {
		parts = append(parts, "revision "+rev)
	}
	if when != "" {
		parts = append(parts, when)
	}
	if modified {
		parts = append(parts, "modified")
	}
	detail := strings.Join(parts, ", ")
	if detail != "" {
		detail += "; "
	}
	return fmt.Sprintf("storybot %s (%s%s)", v, detail, info.GoVersion)
}
