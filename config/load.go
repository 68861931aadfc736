package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/storybot-dev/storybot/text"
)

// EnvFile names the environment variable that points at the configuration
// file when --config is not given.
const EnvFile = "STORYBOT_CONFIG"

// EnvPrefix starts every override variable: STORYBOT_<SECTION>_<KEY>, for
// example STORYBOT_DISCORD_GUILD_ID. Lists are comma-separated.
const EnvPrefix = "STORYBOT_"

// Secrets are read from these environment variables only; they are never
// configuration keys, so they can never be committed in a file.
const (
	EnvDiscordToken = "DISCORD_TOKEN"
	EnvOpenAIKey    = "OPENAI_API_KEY"
	EnvWeaviateKey  = "WEAVIATE_API_KEY"
	// EnvVerifyKey is the key of a verifier on a server of its own
	// ([verify] base_url); on [llm]'s server it uses EnvOpenAIKey.
	EnvVerifyKey = "VERIFY_API_KEY"
)

// Check loads the configuration as Load does, checks the environment's
// STORYBOT_ names (environ as os.Environ gives it; nil skips that) and
// validates the result, reporting every problem in one pass: a TOML syntax
// error, unknown keys, values of the wrong kind, bad or misspelt variables
// and values out of range. A key that can't be read keeps its default, so
// the other checks still run. Every line of the error has one form,
// "where: what", where is the file (with a line number for a syntax error),
// the environment variable, or "defaults" for a default that another
// setting makes invalid.
func Check(path string, getenv func(string) string, environ []string) (Config, error) {
	cfg := Default()
	origin := map[string]string{}
	var errs []error
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			errs = append(errs, fmt.Errorf("%s: couldn't read config file: %w", path, err))
		} else if err := decode(&cfg, path, data, func(key string) { origin[key] = path }); err != nil {
			errs = append(errs, err)
		}
	}
	if getenv != nil {
		if err := applyEnv(&cfg, getenv, func(key, name string) { origin[key] = name }); err != nil {
			errs = append(errs, err)
		}
	}
	if environ != nil {
		if err := CheckEnvNames(environ); err != nil {
			errs = append(errs, err)
		}
	}
	if err := cfg.Validate(); err != nil {
		for _, e := range unjoin(err) {
			where := "defaults"
			var p *Problem
			if errors.As(e, &p) && origin[p.Key] != "" {
				where = origin[p.Key]
			}
			errs = append(errs, fmt.Errorf("%s: %w", where, e))
		}
	}
	return cfg, errors.Join(errs...)
}

// unjoin lists the errors errors.Join put together.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Load returns the configuration: the defaults, then the TOML file at path
// (none when path is ""), then the STORYBOT_<SECTION>_<KEY> variables read
// through getenv. Flags are applied by the caller afterwards. It does not
// call Validate. Every problem found is reported, one per line.
func Load(path string, getenv func(string) string) (Config, error) {
	cfg := Default()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("couldn't read config file: %w", err)
		}
		if err := Decode(&cfg, path, data); err != nil {
			return cfg, err
		}
	}
	if getenv != nil {
		if err := ApplyEnv(&cfg, getenv); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

// Decode sets the keys present in the TOML document data on top of cfg.
// name is used in messages (the file's path). An unknown key, a secret, a
// value of the wrong kind or a TOML syntax error is an error; keys the
// document does not set keep their value in cfg.
func Decode(cfg *Config, name string, data []byte) error {
	return decode(cfg, name, data, nil)
}

// errorLine is the line of a TOML syntax error, counted from its byte
// offset: BurntSushi/toml counts a newline it trips on ("[llm" with no
// "]") as the start of the next line, so its Line is one too many there.
func errorLine(data []byte, p toml.Position) int {
	if p.Start < 0 || p.Start > len(data) {
		return p.Line
	}
	return 1 + bytes.Count(data[:p.Start], []byte("\n"))
}

// decode is Decode, telling set about every key it sets.
func decode(cfg *Config, name string, data []byte, set func(key string)) error {
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return fmt.Errorf("%s:%d: couldn't parse TOML: %s", name, errorLine(data, perr.Position), perr.Message)
		}
		return fmt.Errorf("%s: couldn't parse TOML: %w", name, err)
	}
	fields := fieldsOf(cfg)
	var errs []error
	// Sorted so messages come in a stable order.
	for _, top := range sortedKeys(doc) {
		v := doc[top]
		sec, ok := v.(map[string]any)
		if ok && !isSection(top) {
			errs = append(errs, tableError(name, top))
			continue
		}
		if !ok {
			errs = append(errs, keyError(name, top))
			continue
		}
		for _, k := range sortedKeys(sec) {
			key := top + "." + k
			f, ok := fields[key]
			if !ok {
				errs = append(errs, keyError(name, key))
				continue
			}
			if err := f.setTOML(sec[k]); err != nil {
				errs = append(errs, fmt.Errorf("%s: %s = %s: %w", name, key, showTOML(sec[k]), err))
			} else if set != nil {
				set(key)
			}
		}
	}
	return errors.Join(errs...)
}

// ApplyEnv sets every key that has a STORYBOT_<SECTION>_<KEY> variable.
// An empty variable counts as unset. STORYBOT_DISCORD_TOKEN and
// STORYBOT_LLM_API_KEY are errors pointing at the real secret variables.
func ApplyEnv(cfg *Config, getenv func(string) string) error {
	return applyEnv(cfg, getenv, nil)
}

// applyEnv is ApplyEnv, telling set about every key it sets and the
// variable it came from.
func applyEnv(cfg *Config, getenv func(string) string, set func(key, name string)) error {
	var errs []error
	for _, s := range []struct{ name, use string }{
		{"STORYBOT_DISCORD_TOKEN", EnvDiscordToken},
		{"STORYBOT_LLM_API_KEY", EnvOpenAIKey},
		{"STORYBOT_WEAVIATE_API_KEY", EnvWeaviateKey},
		{"STORYBOT_VERIFY_API_KEY", EnvVerifyKey},
	} {
		if getenv(s.name) != "" {
			errs = append(errs, fmt.Errorf("%s: is not read: set the secret in %s instead", s.name, s.use))
		}
	}
	fields := fieldsOf(cfg)
	for _, key := range Keys() {
		name := EnvName(key)
		raw := getenv(name)
		if raw == "" {
			continue
		}
		if err := fields[key].setString(raw); err != nil {
			errs = append(errs, fmt.Errorf("%s: %s = %q: %w", name, key, raw, err))
		} else if set != nil {
			set(key, name)
		}
	}
	return errors.Join(errs...)
}

// CheckEnvNames reports STORYBOT_ variables in environ ("NAME=value"
// entries, as os.Environ gives) that name no configuration key: a typo
// there would otherwise be ignored in silence.
func CheckEnvNames(environ []string) error {
	known := map[string]bool{EnvFile: true, "STORYBOT_DISCORD_TOKEN": true, "STORYBOT_LLM_API_KEY": true, "STORYBOT_WEAVIATE_API_KEY": true, "STORYBOT_VERIFY_API_KEY": true}
	// Read by the tests and benchmarks (weaviate/weaviatetest), not by
	// storybot: CI sets them for the whole run.
	for _, name := range []string{"STORYBOT_REQUIRE_WEAVIATE", "STORYBOT_WEAVIATE_BIN", "STORYBOT_BENCH_CHUNKS"} {
		known[name] = true
	}
	for _, k := range Keys() {
		known[EnvName(k)] = true
	}
	var errs []error
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, EnvPrefix) || known[name] {
			continue
		}
		// STORYBOT_DISCORD_GUILD_DI is the key discord.guild_di.
		guess := strings.ToLower(strings.TrimPrefix(name, EnvPrefix))
		guess = strings.Replace(guess, "_", ".", 1)
		msg := fmt.Sprintf("%s: unknown environment variable", name)
		if s := Suggest(guess); s != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", EnvName(s))
		}
		errs = append(errs, errors.New(msg))
	}
	return errors.Join(errs...)
}

// EnvName is the environment variable that overrides key ("discord.guild_id"
// is STORYBOT_DISCORD_GUILD_ID).
func EnvName(key string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// Keys lists every configuration key as "section.key", in the order of the
// Config struct.
func Keys() []string {
	var out []string
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		sf := t.Field(i)
		sec := tagName(sf)
		for j := range sf.Type.NumField() {
			out = append(out, sec+"."+tagName(sf.Type.Field(j)))
		}
	}
	return out
}

func isSection(name string) bool {
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		if tagName(t.Field(i)) == name {
			return true
		}
	}
	return false
}

func tagName(sf reflect.StructField) string {
	name, _, _ := strings.Cut(sf.Tag.Get("toml"), ",")
	return name
}

// field is one settable key of a Config.
type field struct{ v reflect.Value }

func fieldsOf(cfg *Config) map[string]field {
	out := map[string]field{}
	root := reflect.ValueOf(cfg).Elem()
	for i := range root.NumField() {
		sec := tagName(root.Type().Field(i))
		sv := root.Field(i)
		for j := range sv.NumField() {
			out[sec+"."+tagName(sv.Type().Field(j))] = field{sv.Field(j)}
		}
	}
	return out
}

var durationType = reflect.TypeFor[Duration]()

// The allowed kinds of value, as messages say them.
const (
	wantString   = "want a quoted string"
	wantInt      = "want a whole number"
	wantFloat    = "want a number"
	wantBool     = "want true or false"
	wantList     = `want a list of quoted strings, like ["123", "456"]`
	wantDuration = `want a duration in quotes, like "30s" or "1m30s"`
)

// setTOML sets the field from a decoded TOML value.
func (f field) setTOML(v any) error {
	if f.v.Type() == durationType {
		s, ok := v.(string)
		if !ok {
			return errors.New(wantDuration)
		}
		return f.setString(s)
	}
	switch f.v.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return errors.New(wantString)
		}
		f.v.SetString(s)
	case reflect.Int:
		n, ok := v.(int64)
		if !ok {
			return errors.New(wantInt)
		}
		if n < math.MinInt32 || n > math.MaxInt32 {
			return fmt.Errorf("%s that fits in 32 bits", wantInt)
		}
		f.v.SetInt(n)
	case reflect.Float64:
		switch n := v.(type) {
		case float64:
			f.v.SetFloat(n)
		case int64:
			f.v.SetFloat(float64(n))
		default:
			return errors.New(wantFloat)
		}
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			return errors.New(wantBool)
		}
		f.v.SetBool(b)
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return errors.New(wantList)
		}
		var out []string
		for _, x := range list {
			s, ok := x.(string)
			if !ok {
				return errors.New(wantList)
			}
			out = append(out, s)
		}
		f.v.Set(reflect.ValueOf(out))
	default:
		panic("config: no decoder for field kind " + f.v.Kind().String()) // a programming error in Config, caught by the tests
	}
	return nil
}

// setString sets the field from an environment variable's text.
func (f field) setString(s string) error {
	if f.v.Type() == durationType {
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return errors.New(strings.ReplaceAll(wantDuration, " in quotes", ""))
		}
		f.v.Set(reflect.ValueOf(Duration{d}))
		return nil
	}
	s = strings.TrimSpace(s)
	switch f.v.Kind() {
	case reflect.String:
		f.v.SetString(s)
	case reflect.Int:
		n, err := strconv.ParseInt(s, 10, 32)
		if err != nil {
			return errors.New(wantInt)
		}
		f.v.SetInt(n)
	case reflect.Float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return errors.New(wantFloat)
		}
		f.v.SetFloat(n)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return errors.New(wantBool)
		}
		f.v.SetBool(b)
	case reflect.Slice:
		var out []string
		for _, x := range strings.Split(s, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
		f.v.Set(reflect.ValueOf(out))
	default:
		panic("config: no decoder for field kind " + f.v.Kind().String())
	}
	return nil
}

// showTOML writes a decoded value back the way a user wrote it, short.
func showTOML(v any) string {
	var s string
	switch x := v.(type) {
	case string:
		s = strconv.Quote(x)
	case map[string]any:
		s = "a table"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = showTOML(e)
		}
		s = "[" + strings.Join(parts, ", ") + "]"
	case time.Time:
		s = x.Format(time.RFC3339)
	default:
		s = fmt.Sprint(x)
	}
	const max = 60
	if r := []rune(s); len(r) > max {
		s = string(r[:max]) + "…"
	}
	return s
}

// keyError explains an unknown key: a secret put in the file, or a typo
// with the closest known key.
func keyError(name, key string) error {
	if env := secretEnv(key); env != "" {
		return fmt.Errorf("%s: %s: secrets are never read from the config file; set %s in the environment", name, key, env)
	}
	if !strings.Contains(key, ".") && isSection(key) {
		return fmt.Errorf("%s: %s must be a table, like [%s]", name, key, key)
	}
	if s := Suggest(key); s != "" {
		return fmt.Errorf("%s: unknown key %q (did you mean %q?)", name, key, s)
	}
	return fmt.Errorf("%s: unknown key %q (see config.example.toml for the keys)", name, key)
}

// secretEnv returns the variable a secret-looking key belongs in, or "".
func secretEnv(key string) string {
	sec, leaf, ok := strings.Cut(strings.ToLower(key), ".")
	if !ok {
		sec, leaf = "", sec
	}
	switch leaf {
	case "token", "bot_token", "discord_token":
		return EnvDiscordToken
	case "api_key", "apikey", "openai_api_key", "key", "secret", "password":
		if sec == "discord" {
			return EnvDiscordToken
		}
		if sec == "weaviate" {
			return EnvWeaviateKey
		}
		return EnvOpenAIKey
	}
	return ""
}

// tableError explains an unknown [table], suggesting the closest section.
func tableError(name, table string) error {
	best, bestD := "", math.MaxInt
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		s := tagName(t.Field(i))
		if d := text.EditDistance(strings.ToLower(table), s, maxSuggestDistance); d < bestD {
			best, bestD = s, d
		}
	}
	if bestD <= max(2, len(table)/3) {
		return fmt.Errorf("%s: unknown table [%s] (did you mean [%s]?)", name, table, best)
	}
	return fmt.Errorf("%s: unknown table [%s] (the tables are %s)", name, table, strings.Join(sections(), ", "))
}

func sections() []string {
	var out []string
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		out = append(out, "["+tagName(t.Field(i))+"]")
	}
	return out
}

// Suggest returns the known key closest to an unknown one, or "" when
// none is close: first the same key name in another section (a key put
// under the wrong table), then the smallest edit distance, if it is at most
// a third of the key's length (at least 2).
func Suggest(key string) string {
	keys := Keys()
	leaf := key[strings.LastIndex(key, ".")+1:]
	for _, k := range keys {
		if strings.EqualFold(k[strings.Index(k, ".")+1:], leaf) {
			return k
		}
	}
	sec, hasSec := "", strings.Contains(key, ".")
	if hasSec {
		sec = key[:strings.Index(key, ".")]
	}
	best, bestD := "", math.MaxInt
	for _, k := range keys {
		d := text.EditDistance(strings.ToLower(key), k, maxSuggestDistance)
		if !hasSec || !isSection(sec) {
			// A misspelt or missing section: compare the key names too.
			d = min(d, text.EditDistance(strings.ToLower(leaf), k[strings.Index(k, ".")+1:], maxSuggestDistance))
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	if bestD > max(2, len(key)/3) {
		return ""
	}
	return best
}

// maxSuggestDistance bounds the edit distance computed for a "did you
// mean" suggestion; no suggestion is that far anyway.
const maxSuggestDistance = 64

func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
