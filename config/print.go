package config

import (
	"bytes"
	"fmt"
	"io"

	"github.com/BurntSushi/toml"
)

// Encode writes cfg as a TOML document that Decode reads back to the same
// configuration.
func Encode(w io.Writer, cfg Config) error {
	// Empty lists are written as [] so every key shows; Decode reads []
	// back as an empty list.
	for _, l := range []*[]string{&cfg.Discord.AllowedGuilds, &cfg.Discord.AllowedChannels, &cfg.Discord.AnswerChannels} {
		if *l == nil {
			*l = []string{}
		}
	}
	enc := toml.NewEncoder(w)
	enc.Indent = ""
	if err := enc.Encode(cfg); err != nil {
		return fmt.Errorf("couldn't write configuration: %w", err)
	}
	return nil
}

// WriteEffective prints the configuration in force, as TOML, followed by
// whether each secret is set in the environment. Secret values are never
// printed (they are not part of Config), and a password written into a
// URL is masked.
func WriteEffective(w io.Writer, cfg Config, getenv func(string) string) error {
	cfg.LLM.BaseURL = RedactURL(cfg.LLM.BaseURL)
	cfg.Discord.APIURL = RedactURL(cfg.Discord.APIURL)
	cfg.Weaviate.URL = RedactURL(cfg.Weaviate.URL)
	cfg.Verify.BaseURL = RedactURL(cfg.Verify.BaseURL)
	var b bytes.Buffer
	b.WriteString("# Effective configuration: defaults, then the file, then STORYBOT_* variables.\n")
	if err := Encode(&b, cfg); err != nil {
		return err
	}
	b.WriteString("\n# Secrets, read from the environment only:\n")
	for _, name := range []string{EnvDiscordToken, EnvOpenAIKey, EnvWeaviateKey, EnvVerifyKey} {
		state := "not set"
		if getenv != nil && getenv(name) != "" {
			state = "set"
		}
		fmt.Fprintf(&b, "#   %s: %s\n", name, state)
	}
	_, err := w.Write(b.Bytes())
	return err
}
