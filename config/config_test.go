package config

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const example = "../config.example.toml"

func noEnv(string) string { return "" }

func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// The example documents every key, each set to its default, and is valid.
func TestExampleDocumentsEveryKeyAtItsDefault(t *testing.T) {
	var raw map[string]any
	md, err := toml.DecodeFile(example, &raw)
	if err != nil {
		t.Fatal(err)
	}
	inFile := map[string]bool{}
	for _, k := range md.Keys() {
		if len(k) == 2 {
			inFile[k.String()] = true
		}
	}
	for _, k := range Keys() {
		if !inFile[k] {
			t.Errorf("config.example.toml does not document %s", k)
		}
	}
	if len(inFile) != len(Keys()) {
		t.Errorf("config.example.toml has %d keys, Config has %d", len(inFile), len(Keys()))
	}

	cfg, err := Load(example, noEnv)
	if err != nil {
		t.Fatalf("Load(example): %v", err)
	}
	if diff := cmp.Diff(Default(), cfg, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("example differs from Default() (-default +example):\n%s", diff)
	}
	if err := cfg.Validate(); err != nil {
		t.Errorf("example does not validate: %v", err)
	}
}

func TestRoundTrip(t *testing.T) {
	exampleCfg, err := Load(example, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	changed := Default()
	changed.Corpus = Corpus{Dir: "/corpus", DataDir: "/data"}
	changed.Retrieval.K = 7
	changed.Retrieval.AnswerThreshold = 0.4
	changed.LLM.BaseURL = "http://127.0.0.1:8080/v1"
	changed.LLM.Timeout = Duration{90 * time.Second}
	changed.LLM.Stream = false
	changed.LLM.Temperature = 0.25
	changed.Discord.GuildID = "123456789012345678"
	changed.Discord.AllowedChannels = []string{"1", "2"}
	changed.Discord.ShardID, changed.Discord.ShardCount = 1, 2
	changed.HTTP.Addr = "127.0.0.1:9090"
	changed.Log = Log{Level: "debug", Format: "json"}

	for name, in := range map[string]Config{"example": exampleCfg, "changed": changed} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Encode(&b, in); err != nil {
				t.Fatal(err)
			}
			out := Default()
			out.Retrieval.K = 99 // proves the document sets it
			if err := Decode(&out, "encoded", b.Bytes()); err != nil {
				t.Fatalf("Decode(Encode(cfg)): %v\n%s", err, b.String())
			}
			if diff := cmp.Diff(in, out, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip changed the config (-in +out):\n%s", diff)
			}
		})
	}
}

func TestFileOverridesDefaultsAndKeepsTheRest(t *testing.T) {
	cfg := Default()
	err := Decode(&cfg, "f.toml", []byte("[retrieval]\nk = 8\n[discord]\nallowed_guilds = [\"42\"]\nshutdown_timeout = \"5s\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Retrieval.K = 8
	want.Discord.AllowedGuilds = []string{"42"}
	want.Discord.ShutdownTimeout = Duration{5 * time.Second}
	if diff := cmp.Diff(want, cfg); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Each case's message must contain every one of want.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"typo in key", "[discord]\nguild_di = \"1\"\n", []string{`unknown key "discord.guild_di"`, `did you mean "discord.guild_id"?`}},
		{"typo in key 2", "[retrieval]\nanswer_treshold = 0.5\n", []string{`"retrieval.answer_treshold"`, `"retrieval.answer_threshold"`}},
		{"key in wrong table", "[discord]\nk = 3\n", []string{`unknown key "discord.k"`, `did you mean "retrieval.k"?`}},
		{"key outside a table", "chat_model = \"x\"\n", []string{`unknown key "chat_model"`, `"llm.chat_model"`}},
		{"typo in table", "[discrod]\nguild_id = \"1\"\n", []string{"unknown table [discrod]", "did you mean [discord]?"}},
		{"unknown table", "[zzzzzzzzzz]\na = 1\n", []string{"unknown table [zzzzzzzzzz]", "[corpus], [retrieval]"}},
		{"nothing close", "[llm]\nqqqqqqqqqqqq = 1\n", []string{`unknown key "llm.qqqqqqqqqqqq"`, "see config.example.toml"}},
		{"section as value", "log = \"debug\"\n", []string{"log must be a table, like [log]"}},
		{"discord token", "[discord]\ntoken = \"abc\"\n", []string{"discord.token", "secrets are never read from the config file", "DISCORD_TOKEN"}},
		{"api key", "[llm]\napi_key = \"sk-abc\"\n", []string{"llm.api_key", "OPENAI_API_KEY"}},
		{"string wanted", "[llm]\nchat_model = 4\n", []string{"llm.chat_model = 4", "want a quoted string"}},
		{"int wanted", "[retrieval]\nk = \"five\"\n", []string{`retrieval.k = "five"`, "want a whole number"}},
		{"int not float", "[retrieval]\nk = 2.5\n", []string{"retrieval.k = 2.5", "want a whole number"}},
		{"int too big", "[retrieval]\nk = 99999999999\n", []string{"retrieval.k = 99999999999", "fits in 32 bits"}},
		{"float wanted", "[retrieval]\nanswer_threshold = \"high\"\n", []string{`retrieval.answer_threshold = "high"`, "want a number"}},
		{"bool wanted", "[llm]\nstream = \"yes\"\n", []string{`llm.stream = "yes"`, "want true or false"}},
		{"list wanted", "[discord]\nallowed_guilds = \"123\"\n", []string{`discord.allowed_guilds = "123"`, "want a list of quoted strings"}},
		{"list of strings wanted", "[discord]\nallowed_guilds = [123]\n", []string{"discord.allowed_guilds = [123]", "want a list of quoted strings"}},
		{"duration wanted", "[llm]\ntimeout = 30\n", []string{"llm.timeout = 30", "want a duration"}},
		{"bad duration", "[llm]\ntimeout = \"30 seconds\"\n", []string{`llm.timeout = "30 seconds"`, `like "30s"`}},
		{"syntax", "[llm]\ntimeout = \n", []string{"f.toml:2:", "couldn't parse TOML"}},
		{"unclosed table on line 1", "[llm\ntimeout = \"1s\"\n", []string{"f.toml:1:", "couldn't parse TOML"}},
		{"unclosed table on line 2", "# settings\n[llm\n", []string{"f.toml:2:", "couldn't parse TOML"}},
		{"unclosed table, no newline", "[llm", []string{"f.toml:1:", "couldn't parse TOML"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Default()
			err := Decode(&cfg, "f.toml", []byte(tt.doc))
			if err == nil {
				t.Fatalf("Decode(%q) = nil, want an error", tt.doc)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "sk-abc") || strings.Contains(err.Error(), `"abc"`) {
				t.Errorf("error %q repeats a secret", err)
			}
		})
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	cfg := Default()
	err := Decode(&cfg, "f.toml", []byte("[retrieval]\nkk = 1\nk = \"x\"\n[log]\nlevl = \"debug\"\n"))
	if err == nil {
		t.Fatal("want an error")
	}
	if n := len(strings.Split(err.Error(), "\n")); n != 3 {
		t.Errorf("got %d lines, want 3 (one per problem):\n%v", n, err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		want []string
	}{
		{"k zero", func(c *Config) { c.Retrieval.K = 0 }, []string{"retrieval.k = 0", "from 1 to 50"}},
		{"threshold zero", func(c *Config) { c.Retrieval.AnswerThreshold = 0 }, []string{"retrieval.answer_threshold = 0", "above 0 up to 1"}},
		{"no replicas", func(c *Config) { c.Weaviate.Replicas = 0 }, []string{"weaviate.replicas = 0", "1 to 16"}},
		{"no shards", func(c *Config) { c.Weaviate.Shards = 0 }, []string{"weaviate.shards = 0", "1 to 64"}},
		{"floor over the threshold", func(c *Config) { c.Retrieval.HedgeFloor = 0.5 }, []string{"retrieval.hedge_floor = 0.5", "above 0 up to 0.45"}},
		{"overlap too big", func(c *Config) { c.Retrieval.ChunkOverlap = 3 }, []string{"retrieval.chunk_overlap = 3", "from 0 to 2"}},
		{"base url", func(c *Config) { c.LLM.BaseURL = "localhost:8080" }, []string{`llm.base_url = "localhost:8080"`, "http:// or https://"}},
		{"base url password masked", func(c *Config) { c.LLM.BaseURL = "ftp://u:hunter2@h/" }, []string{"xxxxx", "http://"}},
		{"negative timeout", func(c *Config) { c.LLM.Timeout = Duration{-time.Second} }, []string{`llm.timeout = "-1s"`, "want a duration from 1s to 1h0m0s"}},
		{"temperature", func(c *Config) { c.LLM.Temperature = 3 }, []string{"llm.temperature = 3", "from 0 up to 2"}},
		{"guild id", func(c *Config) { c.Discord.GuildID = "my-server" }, []string{`discord.guild_id = "my-server"`, "Discord ID"}},
		{"channel id", func(c *Config) { c.Discord.AllowedChannels = []string{"1", "#general"} }, []string{`discord.allowed_channels = "#general"`}},
		{"rate", func(c *Config) { c.Discord.RatePerMinute = 0 }, []string{"discord.rate_per_minute = 0"}},
		{"shard id past count", func(c *Config) { c.Discord.ShardID, c.Discord.ShardCount = 2, 2 }, []string{"discord.shard_id = 2", "from 0 to 1"}},
		{"shard id without count", func(c *Config) { c.Discord.ShardID = 1 }, []string{"discord.shard_id = 1", "shard_count is 0"}},
		{"answer channels without message content", func(c *Config) { c.Discord.AnswerChannels = []string{"123456789012345678"} }, []string{"discord.answer_channels", "message_content = true"}},
		{"no shutdown time", func(c *Config) { c.Discord.ShutdownTimeout = Duration{} }, []string{"discord.shutdown_timeout"}},
		{"http addr", func(c *Config) { c.HTTP.Addr = "9090" }, []string{`http.addr = "9090"`, "host:port"}},
		{"log level", func(c *Config) { c.Log.Level = "verbose" }, []string{`log.level = "verbose"`, "debug, info, warn, error"}},
		{"verify mode", func(c *Config) { c.LLM.Verify = "llm" }, []string{`llm.verify = "llm"`, "want one of none, model"}},
		{"verify mode case", func(c *Config) { c.LLM.Verify = "Model" }, []string{`llm.verify = "Model"`}},
		{"verify base url", func(c *Config) { c.Verify.BaseURL = "ftp://u:hunter2@verifier/v1" }, []string{"verify.base_url", "http:// or https://"}},
		{"verify model blank", func(c *Config) { c.Verify.Model = "  " }, []string{`verify.model = "  "`, "want a model name"}},
		{"verify timeout zero", func(c *Config) { c.Verify.Timeout = Duration{} }, []string{`verify.timeout = "0s"`, "from 100ms to 2m0s"}},
		{"verify timeout long", func(c *Config) { c.Verify.Timeout = Duration{time.Hour} }, []string{`verify.timeout = "1h0m0s"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.edit(&c)
			err := c.Validate()
			if err == nil {
				t.Fatal("Validate() = nil, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error %q shows a password", err)
			}
		})
	}
}

// The verifier's settings that are allowed: off in two spellings, on with
// [llm]'s server, on with a server of its own.
func TestValidateVerify(t *testing.T) {
	for name, edit := range map[string]func(*Config){
		"default": func(*Config) {},
		"none":    func(c *Config) { c.LLM.Verify = VerifyOff },
		"model":   func(c *Config) { c.LLM.Verify = VerifyModel },
		"own server": func(c *Config) {
			c.LLM.Verify, c.Verify.BaseURL, c.Verify.Model = VerifyModel, "http://127.0.0.1:8081/v1", "judge"
		},
		"fast timeout": func(c *Config) { c.Verify.Timeout = Duration{100 * time.Millisecond} },
	} {
		c := Default()
		edit(&c)
		if err := c.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if Default().LLM.VerifyOn() {
		t.Error("verification is on by default")
	}
	c := Default()
	c.LLM.Verify = VerifyOff
	if c.LLM.VerifyOn() {
		t.Error(`llm.verify = "none" turns verification on`)
	}
}

func TestEnvOverrides(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.toml")
	if err := os.WriteFile(path, []byte("[retrieval]\nk = 8\nanswer_threshold = 0.6\n[discord]\nguild_id = \"1\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path, envMap(map[string]string{
		"STORYBOT_RETRIEVAL_K":              "9", // env beats the file
		"STORYBOT_DISCORD_GUILD_ID":         "123",
		"STORYBOT_DISCORD_ALLOWED_CHANNELS": " 10, 20 ,,30",
		"STORYBOT_LLM_STREAM":               "false",
		"STORYBOT_LLM_TIMEOUT":              "2m",
		"STORYBOT_LLM_VERIFY":               "model",
		"STORYBOT_VERIFY_MODEL":             "judge",
		"STORYBOT_HTTP_ADDR":                "127.0.0.1:9090",
		"STORYBOT_LOG_LEVEL":                "",
	}))
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Retrieval.K = 9
	want.Retrieval.AnswerThreshold = 0.6 // from the file, untouched by env
	want.Discord.GuildID = "123"
	want.Discord.AllowedChannels = []string{"10", "20", "30"}
	want.LLM.Stream = false
	want.LLM.Timeout = Duration{2 * time.Minute}
	want.LLM.Verify, want.Verify.Model = VerifyModel, "judge"
	want.HTTP.Addr = "127.0.0.1:9090"
	if diff := cmp.Diff(want, cfg); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestEnvErrors(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want []string
	}{
		{map[string]string{"STORYBOT_RETRIEVAL_K": "lots"}, []string{"STORYBOT_RETRIEVAL_K", `retrieval.k = "lots"`, "want a whole number"}},
		{map[string]string{"STORYBOT_LLM_STREAM": "maybe"}, []string{"STORYBOT_LLM_STREAM", "want true or false"}},
		{map[string]string{"STORYBOT_LLM_TIMEOUT": "5"}, []string{"STORYBOT_LLM_TIMEOUT", `llm.timeout = "5"`, "want a duration"}},
		{map[string]string{"STORYBOT_DISCORD_TOKEN": "abc"}, []string{"STORYBOT_DISCORD_TOKEN: is not read", "DISCORD_TOKEN instead"}},
		{map[string]string{"STORYBOT_LLM_API_KEY": "abc"}, []string{"OPENAI_API_KEY instead"}},
		{map[string]string{"STORYBOT_VERIFY_API_KEY": "abc"}, []string{"STORYBOT_VERIFY_API_KEY: is not read", "VERIFY_API_KEY instead"}},
		{map[string]string{"STORYBOT_VERIFY_TIMEOUT": "5"}, []string{"STORYBOT_VERIFY_TIMEOUT", `verify.timeout = "5"`, "want a duration"}},
	}
	for _, tt := range tests {
		_, err := Load("", envMap(tt.env))
		if err == nil {
			t.Errorf("Load with %v = nil error", tt.env)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error %q does not contain %q", err, w)
			}
		}
		if strings.Contains(err.Error(), "abc") {
			t.Errorf("error %q repeats a secret", err)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "couldn't read config file") {
		t.Errorf("err = %v, want couldn't read config file", err)
	}
}

func TestWriteEffectiveMasksSecrets(t *testing.T) {
	cfg := Default()
	cfg.LLM.BaseURL = "https://user:hunter2@llm.example/v1"
	var b bytes.Buffer
	err := WriteEffective(&b, cfg, envMap(map[string]string{"DISCORD_TOKEN": "tok-secret-123"}))
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, w := range []string{"DISCORD_TOKEN: set", "OPENAI_API_KEY: not set", "[discord]", "allowed_channels = []", "https://user:xxxxx@llm.example/v1"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	for _, secret := range []string{"tok-secret-123", "hunter2"} {
		if strings.Contains(out, secret) {
			t.Errorf("output shows secret %q", secret)
		}
	}
	// What is printed is itself a valid configuration file.
	back := Default()
	if err := Decode(&back, "printed", b.Bytes()); err != nil {
		t.Errorf("printed config does not decode: %v", err)
	}
}

func TestSuggest(t *testing.T) {
	tests := map[string]string{
		"retrieval.kk":          "retrieval.k",
		"discord.rate_per_min":  "discord.rate_per_minute",
		"discord.shardcount":    "discord.shard_count",
		"llm.MaxTokens":         "llm.max_tokens",
		"http.adr":              "http.addr",
		"log.formt":             "log.format",
		"retreival.hash_dim":    "retrieval.hash_dim",
		"llm.zzzzzzzzzzzzzzzzz": "",
	}
	for in, want := range tests {
		if got := Suggest(in); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckEnvNames(t *testing.T) {
	err := CheckEnvNames([]string{
		"PATH=/bin", "STORYBOT_CONFIG=x.toml", "STORYBOT_DISCORD_GUILD_ID=1", // fine
		"STORYBOT_DISCORD_GUILD_DI=123", // a typo
		"STORYBOT_NOTHING_LIKE_IT=1",    // no suggestion
	})
	if err == nil {
		t.Fatal("no error for misspelt variables")
	}
	msg := err.Error()
	for _, want := range []string{
		"STORYBOT_DISCORD_GUILD_DI: unknown environment variable (did you mean STORYBOT_DISCORD_GUILD_ID?)",
		"STORYBOT_NOTHING_LIKE_IT: unknown environment variable",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "STORYBOT_CONFIG") || strings.Contains(msg, "PATH") {
		t.Errorf("error names a known or foreign variable: %q", msg)
	}
	if err := CheckEnvNames([]string{"STORYBOT_LLM_CHAT_MODEL=m", "HOME=/root"}); err != nil {
		t.Errorf("known variables: %v", err)
	}
}

// Check reports every problem in one pass, whatever kind each is: a bad
// value in the file does not hide an unknown key, an out-of-range value or
// a bad environment variable, and every line starts with where the value
// came from.
func TestCheckReportsEveryProblem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.toml")
	doc := "[retrieval]\nk = 0\nchunk_bytes = \"x\"\nchunk_sentences = 1\n[llm]\ntimeout = \"0s\"\n[discord]\nguild_di = \"1\"\n[log]\nlevel = \"loud\"\n"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Check(path, envMap(map[string]string{"STORYBOT_LOG_FORMAT": "xml", "STORYBOT_LLM_STREAM": "maybe"}),
		[]string{"STORYBOT_LLM_TIMOUT=3s", "STORYBOT_LOG_FORMAT=xml"})
	if err == nil {
		t.Fatal("Check = nil, want every problem")
	}
	want := []string{
		path + `: unknown key "discord.guild_di" (did you mean "discord.guild_id"?)`,
		path + `: retrieval.chunk_bytes = "x": want a whole number`,
		`STORYBOT_LLM_STREAM: llm.stream = "maybe": want true or false`,
		`STORYBOT_LLM_TIMOUT: unknown environment variable (did you mean STORYBOT_LLM_TIMEOUT?)`,
		path + `: retrieval.k = 0: want a whole number from 1 to 50`,
		`defaults: retrieval.chunk_overlap = 1: want a whole number from 0 to 0`,
		path + `: llm.timeout = "0s": want a duration from 1s to 1h0m0s`,
		path + `: log.level = "loud": want one of debug, info, warn, error`,
		`STORYBOT_LOG_FORMAT: log.format = "xml": want one of text, json`,
	}
	got := strings.Split(err.Error(), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}

	// A file that can't be read or parsed still lets the environment and
	// the ranges be checked.
	_, err = Check(filepath.Join(t.TempDir(), "nope.toml"), envMap(map[string]string{"STORYBOT_RETRIEVAL_K": "99"}), nil)
	if err == nil || !strings.Contains(err.Error(), "nope.toml: couldn't read config file: no such file") ||
		!strings.Contains(err.Error(), "STORYBOT_RETRIEVAL_K: retrieval.k = 99: want a whole number from 1 to 50") {
		t.Errorf("missing file: %v", err)
	}
	if err := os.WriteFile(path, []byte("[llm]\ntimeout = \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Check(path, envMap(map[string]string{"STORYBOT_LOG_LEVEL": "loud"}), nil)
	if err == nil || !strings.Contains(err.Error(), path+":2: couldn't parse TOML") || !strings.Contains(err.Error(), "STORYBOT_LOG_LEVEL: log.level") {
		t.Errorf("syntax error: %v", err)
	}
	if _, err := Check(example, noEnv, []string{"HOME=/root"}); err != nil {
		t.Errorf("the example: %v", err)
	}
}
