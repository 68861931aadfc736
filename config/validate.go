package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Problem is one value out of range: Key names it, and the error text is
// "key = value: what is allowed".
type Problem struct {
	Key string
	Msg string
}

func (p *Problem) Error() string { return p.Msg }

// The range of retrieval.k, which -k and a question's "k" share.
const (
	MinK = 1
	MaxK = 50
)

// WantK says what k may be, in the words every check of it uses.
var WantK = fmt.Sprintf("want a whole number from %d to %d", MinK, MaxK)

// Validate checks every value's range once, after loading and flags. Each
// problem names the key, the value and what is allowed; all are reported,
// one per line, each a *Problem.
func (c Config) Validate() error {
	var errs []error
	bad := func(key string, v any, want string) {
		errs = append(errs, &Problem{Key: key, Msg: fmt.Sprintf("%s = %s: %s", key, show(v), want)})
	}
	intIn := func(key string, v, lo, hi int) {
		if v < lo || v > hi {
			bad(key, v, fmt.Sprintf("want a whole number from %d to %d", lo, hi))
		}
	}
	floatIn := func(key string, v, lo, hi float64, loOpen bool) {
		ok := v >= lo && v <= hi // false for NaN
		if loOpen && v == lo {
			ok = false
		}
		if !ok {
			open := "from"
			if loOpen {
				open = "above"
			}
			bad(key, v, fmt.Sprintf("want a number %s %g up to %g", open, lo, hi))
		}
	}
	durIn := func(key string, d Duration, lo, hi time.Duration) {
		if d.Duration < lo || d.Duration > hi {
			bad(key, d, fmt.Sprintf("want a duration from %s to %s", lo, hi))
		}
	}
	oneOf := func(key, v string, allowed ...string) {
		for _, a := range allowed {
			if v == a {
				return
			}
		}
		bad(key, v, "want one of "+strings.Join(allowed, ", "))
	}
	httpURL := func(key, v string, optional bool) {
		if v == "" && optional {
			return
		}
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(key, RedactURL(v), "want an http:// or https:// URL")
		}
	}
	snowflake := func(key, v string) {
		if _, err := strconv.ParseUint(v, 10, 64); err != nil {
			bad(key, v, "want a Discord ID (digits only; right-click > Copy ID in Discord)")
		}
	}

	r := c.Retrieval
	intIn("retrieval.k", r.K, MinK, MaxK)
	floatIn("retrieval.answer_threshold", r.AnswerThreshold, 0, 1, true)
	floatIn("retrieval.hedge_floor", r.HedgeFloor, 0, r.AnswerThreshold, true)
	intIn("retrieval.chunk_sentences", r.ChunkSentences, 1, 50)
	intIn("retrieval.chunk_bytes", r.ChunkBytes, 100, 100_000)
	intIn("retrieval.chunk_overlap", r.ChunkOverlap, 0, max(0, r.ChunkSentences-1))
	intIn("retrieval.hash_dim", r.HashDim, 16, 8192)
	oneOf("retrieval.backend", r.Backend, "chromem", "weaviate")

	w := c.Weaviate
	if r.Backend == "weaviate" {
		httpURL("weaviate.url", w.URL, false)
	} else {
		httpURL("weaviate.url", w.URL, true)
	}
	if !weaviateClass.MatchString(w.Collection) {
		bad("weaviate.collection", w.Collection, "want a Weaviate class name: a capital letter, then letters, digits or _")
	}
	durIn("weaviate.timeout", w.Timeout, time.Second, 10*time.Minute)
	intIn("weaviate.batch_size", w.BatchSize, 1, 10_000)
	intIn("weaviate.replicas", w.Replicas, 1, 16)
	if w.Fallback != "" {
		oneOf("weaviate.fallback", w.Fallback, "chromem")
	}

	l := c.LLM
	httpURL("llm.base_url", l.BaseURL, true)
	if strings.TrimSpace(l.ChatModel) == "" {
		bad("llm.chat_model", l.ChatModel, "want a model name")
	}
	if strings.TrimSpace(l.EmbeddingModel) == "" {
		bad("llm.embedding_model", l.EmbeddingModel, "want a model name")
	}
	durIn("llm.timeout", l.Timeout, time.Second, time.Hour)
	durIn("llm.embed_timeout", l.EmbedTimeout, time.Second, time.Hour)
	durIn("llm.start_timeout", l.StartTimeout, time.Second, 10*time.Minute)
	intIn("llm.embed_batch", l.EmbedBatch, 1, 2048)
	intIn("llm.embed_parallel", l.EmbedParallel, 1, 64)
	intIn("llm.max_retries", l.MaxRetries, 0, 10)
	floatIn("llm.temperature", l.Temperature, 0, 2, false)
	intIn("llm.max_tokens", l.MaxTokens, 16, 100_000)

	d := c.Discord
	httpURL("discord.api_url", d.APIURL, false)
	if d.GuildID != "" {
		snowflake("discord.guild_id", d.GuildID)
	}
	for _, list := range []struct {
		key string
		ids []string
	}{{"discord.allowed_guilds", d.AllowedGuilds}, {"discord.allowed_channels", d.AllowedChannels}, {"discord.answer_channels", d.AnswerChannels}} {
		for _, id := range list.ids {
			snowflake(list.key, id)
		}
	}
	if len(d.AnswerChannels) > 0 && !d.MessageContent {
		bad("discord.answer_channels", strings.Join(d.AnswerChannels, ","), "needs discord.message_content = true: without that intent Discord sends those channels' messages without their text")
	}
	floatIn("discord.rate_per_minute", d.RatePerMinute, 0, 600, true)
	intIn("discord.rate_burst", d.RateBurst, 1, 100)
	intIn("discord.max_in_flight", d.MaxInFlight, 1, 1000)
	intIn("discord.queue_size", d.QueueSize, 1, 100_000)
	durIn("discord.max_queue_wait", d.MaxQueueWait, time.Second, 14*time.Minute)
	intIn("discord.follow_up_depth", d.FollowUpDepth, 0, 20)
	durIn("discord.shutdown_timeout", d.ShutdownTimeout, time.Second, 10*time.Minute)
	intIn("discord.shard_count", d.ShardCount, 0, 10_000)
	if d.ShardCount == 0 {
		if d.ShardID != 0 {
			bad("discord.shard_id", d.ShardID, "want 0 when shard_count is 0 (automatic sharding)")
		}
	} else {
		intIn("discord.shard_id", d.ShardID, 0, d.ShardCount-1)
	}

	if a := c.HTTP.Addr; a != "" {
		if _, port, err := net.SplitHostPort(a); err != nil || port == "" {
			bad("http.addr", a, `want host:port, like "127.0.0.1:9090", or "" for off`)
		} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
			bad("http.addr", a, "want a port from 0 to 65535")
		}
	}
	oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	oneOf("log.format", c.Log.Format, "text", "json")
	return errors.Join(errs...)
}

// weaviateClass is what Weaviate accepts as a class (collection) name.
var weaviateClass = regexp.MustCompile(`^[A-Z][_0-9A-Za-z]*$`)

// show writes a value as it would appear in the TOML file.
func show(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case Duration:
		return strconv.Quote(x.Duration.String())
	default:
		return fmt.Sprint(x)
	}
}
