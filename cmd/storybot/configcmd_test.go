package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runConfigTest runs the whole program in process with the given
// environment and returns the exit code and both streams.
func runConfigTest(t *testing.T, envv map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return envv[k] }}
	code := runEnv(context.Background(), args, e)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "storybot.toml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigCheckExample(t *testing.T) {
	code, out, errs := runConfigTest(t, map[string]string{"DISCORD_TOKEN": "tok-very-secret"}, "config", "check", "../../config.example.toml")
	if code != exitOK {
		t.Fatalf("exit %d, want 0; stderr:\n%s", code, errs)
	}
	for _, w := range []string{"[retrieval]\nk = 5\n", "DISCORD_TOKEN: set", "OPENAI_API_KEY: not set"} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out+errs, "tok-very-secret") {
		t.Error("the token's value was printed")
	}
	if !strings.Contains(errs, "configuration OK (../../config.example.toml)") {
		t.Errorf("stderr = %q", errs)
	}
}

func TestConfigCheckErrors(t *testing.T) {
	tests := []struct {
		name string
		file string // "" means no file argument
		env  map[string]string
		args []string
		code int
		want []string
	}{
		{name: "typo", file: "[discord]\nguild_di = \"1\"\n", code: exitFail,
			want: []string{"storybot config: invalid configuration", `unknown key "discord.guild_di" (did you mean "discord.guild_id"?)`}},
		{name: "token in file", file: "[discord]\ntoken = \"abc123\"\n", code: exitFail,
			want: []string{"discord.token", "set DISCORD_TOKEN in the environment"}},
		{name: "bad value", file: "[retrieval]\nk = 0\n", code: exitFail,
			want: []string{"invalid configuration, 1 problem:\n", "storybot.toml: retrieval.k = 0: want a whole number from 1 to 50"}},
		{name: "every problem at once", file: "[retrieval]\nk = 0\nhash_dim = \"x\"\n[discord]\nguild_di = \"1\"\n", env: map[string]string{"STORYBOT_LOG_LEVEL": "loud"}, code: exitFail,
			want: []string{"invalid configuration, 4 problems:\n", `storybot.toml: unknown key "discord.guild_di"`, `storybot.toml: retrieval.hash_dim = "x": want a whole number`,
				"storybot.toml: retrieval.k = 0: want a whole number from 1 to 50", `STORYBOT_LOG_LEVEL: log.level = "loud": want one of`}},
		{name: "bad env", env: map[string]string{"STORYBOT_LOG_LEVEL": "loud"}, code: exitFail,
			want: []string{`STORYBOT_LOG_LEVEL: log.level = "loud": want one of debug, info, warn, error`}},
		{name: "file from STORYBOT_CONFIG", env: map[string]string{"STORYBOT_CONFIG": "/nonexistent/storybot.toml"}, code: exitFail,
			want: []string{"couldn't read config file", "/nonexistent/storybot.toml"}},
		{name: "no subcommand", args: []string{"config"}, code: exitUsage, want: []string{"missing subcommand"}},
		{name: "wrong subcommand", args: []string{"config", "chekc"}, code: exitUsage, want: []string{`unknown subcommand "chekc"`}},
		{name: "two files", args: []string{"config", "check", "a", "b"}, code: exitUsage, want: []string{"at most one FILE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"config", "check"}
				if tt.file != "" {
					args = append(args, writeFile(t, tt.file))
				}
			}
			code, out, errs := runConfigTest(t, tt.env, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if strings.Contains(out+errs, "abc123") {
				t.Error("a secret was printed")
			}
			if tt.code != exitOK && out != "" {
				t.Errorf("printed a configuration although it is invalid:\n%s", out)
			}
		})
	}
}

func TestLoadConfigOrder(t *testing.T) {
	file := writeFile(t, "[retrieval]\nk = 8\nanswer_threshold = 0.6\n")
	other := writeFile(t, "[retrieval]\nk = 2\n")
	tests := []struct {
		name     string
		flag     string
		env      map[string]string
		wantK    int
		wantCov  float64
		wantAddr string
	}{
		{name: "defaults", wantK: 5, wantCov: 0.45},
		{name: "--config", flag: file, wantK: 8, wantCov: 0.6},
		{name: "STORYBOT_CONFIG", env: map[string]string{"STORYBOT_CONFIG": file}, wantK: 8, wantCov: 0.6},
		{name: "--config beats STORYBOT_CONFIG", flag: other, env: map[string]string{"STORYBOT_CONFIG": file}, wantK: 2, wantCov: 0.45},
		{name: "env beats file", flag: file, env: map[string]string{"STORYBOT_RETRIEVAL_K": "3", "STORYBOT_HTTP_ADDR": ":9090"}, wantK: 3, wantCov: 0.6, wantAddr: ":9090"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := app{config: tt.flag}
			e := &env{getenv: func(k string) string { return tt.env[k] }}
			if err := c.loadConfig(e); err != nil {
				t.Fatal(err)
			}
			if c.cfg.Retrieval.K != tt.wantK || c.cfg.Retrieval.AnswerThreshold != tt.wantCov || c.cfg.HTTP.Addr != tt.wantAddr {
				t.Errorf("k, answer_threshold, http.addr = %d, %g, %q; want %d, %g, %q",
					c.cfg.Retrieval.K, c.cfg.Retrieval.AnswerThreshold, c.cfg.HTTP.Addr, tt.wantK, tt.wantCov, tt.wantAddr)
			}
		})
	}
}
