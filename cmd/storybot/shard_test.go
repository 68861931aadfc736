package main

import (
	"strings"
	"testing"
)

// A shard outside 0..count-1 is a usage error (exit 2) before anything is
// loaded, whether the flags or the configuration name it.
func TestServeRejectsAShardOutsideTheCount(t *testing.T) {
	tests := []struct {
		name, config string
		flags        []string
		want         string // in the usage error; "" when the shard is fine
	}{
		{"id equal to count", "", []string{"--shard-id", "2", "--shard-count", "2"}, "--shard-id 2 is outside 0..1"},
		{"id past count", "", []string{"--shard-id", "3", "--shard-count", "2"}, "--shard-id 3 is outside 0..1"},
		{"id equal to the configured count", "[discord]\nshard_count = 2\n", []string{"--shard-id", "2"}, "--shard-id 2 is outside 0..1"},
		{"configured id past the count flag", "[discord]\nshard_id = 2\nshard_count = 3\n", []string{"--shard-count", "2"}, "--shard-id 2 is outside 0..1"},
		{"id with automatic sharding", "", []string{"--shard-id", "1", "--shard-count", "0"}, "needs --shard-count above 0"},
		{"last shard", "", []string{"--shard-id", "1", "--shard-count", "2"}, ""},
		{"first shard", "", []string{"--shard-id", "0", "--shard-count", "1"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"serve", "--data", t.TempDir()}, tt.flags...)
			if tt.config != "" {
				args = append(args, "--config", writeFile(t, tt.config))
			}
			// No DISCORD_TOKEN: a shard that is fine gets as far as asking for it.
			code, _, stderr := cli(t, "", args...)
			if tt.want == "" {
				if code != exitFail || !strings.Contains(stderr, "DISCORD_TOKEN is not set") {
					t.Errorf("exit %d, stderr %q; want the shard accepted (then no token)", code, stderr)
				}
				return
			}
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}
