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
	var ck checker
	c.Retrieval.check(&ck)
	c.Weaviate.check(&ck, c.Retrieval.Backend)
	c.LLM.check(&ck)
	c.Verify.check(&ck)
	c.Discord.check(&ck)
	c.HTTP.check(&ck)
	c.Log.check(&ck)
	return errors.Join(ck.errs...)
}

// checker collects the problems of one Validate, with a check for each
// kind of value.
type checker struct{ errs []error }

func (ck *checker) bad(key string, v any, want string) {
	ck.errs = append(ck.errs, &Problem{Key: key, Msg: fmt.Sprintf("%s = %s: %s", key, show(v), want)})
}

func (ck *checker) intIn(key string, v, lo, hi int) {
	if v < lo || v > hi {
		ck.bad(key, v, fmt.Sprintf("want a whole number from %d to %d", lo, hi))
	}
}

// floatIn wants v from lo (above lo, when loOpen) up to hi; never NaN.
func (ck *checker) floatIn(key string, v, lo, hi float64, loOpen bool) {
	ok := v >= lo && v <= hi // false for NaN
	if loOpen && v == lo {
		ok = false
	}
	if !ok {
		open := "from"
		if loOpen {
			open = "above"
		}
		ck.bad(key, v, fmt.Sprintf("want a number %s %g up to %g", open, lo, hi))
	}
}

func (ck *checker) durIn(key string, d Duration, lo, hi time.Duration) {
	if d.Duration < lo || d.Duration > hi {
		ck.bad(key, d, fmt.Sprintf("want a duration from %s to %s", lo, hi))
	}
}

func (ck *checker) oneOf(key, v string, allowed ...string) {
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	ck.bad(key, v, "want one of "+strings.Join(allowed, ", "))
}

func (ck *checker) httpURL(key, v string, optional bool) {
	if v == "" && optional {
		return
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		ck.bad(key, RedactURL(v), "want an http:// or https:// URL")
	}
}

func (ck *checker) snowflake(key, v string) {
	if _, err := strconv.ParseUint(v, 10, 64); err != nil {
		ck.bad(key, v, "want a Discord ID (digits only; right-click > Copy ID in Discord)")
	}
}

func (r Retrieval) check(ck *checker) {
	ck.intIn("retrieval.k", r.K, MinK, MaxK)
	ck.floatIn("retrieval.answer_threshold", r.AnswerThreshold, 0, 1, true)
	ck.floatIn("retrieval.hedge_floor", r.HedgeFloor, 0, r.AnswerThreshold, true)
	ck.intIn("retrieval.chunk_sentences", r.ChunkSentences, 1, 50)
	ck.intIn("retrieval.chunk_bytes", r.ChunkBytes, 100, 100_000)
	ck.intIn("retrieval.chunk_overlap", r.ChunkOverlap, 0, max(0, r.ChunkSentences-1))
	ck.intIn("retrieval.hash_dim", r.HashDim, 16, 8192)
	ck.oneOf("retrieval.backend", r.Backend, "chromem", "weaviate")
}

// check checks the [weaviate] section; its URL is required when backend
// is "weaviate".
func (w Weaviate) check(ck *checker, backend string) {
	ck.httpURL("weaviate.url", w.URL, backend != "weaviate")
	if !weaviateClass.MatchString(w.Collection) {
		ck.bad("weaviate.collection", w.Collection, "want a Weaviate class name: a capital letter, then letters, digits or _")
	}
	ck.durIn("weaviate.timeout", w.Timeout, time.Second, 10*time.Minute)
	ck.intIn("weaviate.batch_size", w.BatchSize, 1, 10_000)
	ck.intIn("weaviate.replicas", w.Replicas, 1, 16)
	ck.intIn("weaviate.shards", w.Shards, 1, 64)
	if w.Fallback != "" {
		ck.oneOf("weaviate.fallback", w.Fallback, "chromem")
	}
}

func (l LLM) check(ck *checker) {
	ck.httpURL("llm.base_url", l.BaseURL, true)
	if strings.TrimSpace(l.ChatModel) == "" {
		ck.bad("llm.chat_model", l.ChatModel, "want a model name")
	}
	if strings.TrimSpace(l.EmbeddingModel) == "" {
		ck.bad("llm.embedding_model", l.EmbeddingModel, "want a model name")
	}
	ck.durIn("llm.timeout", l.Timeout, time.Second, time.Hour)
	ck.durIn("llm.embed_timeout", l.EmbedTimeout, time.Second, time.Hour)
	ck.durIn("llm.start_timeout", l.StartTimeout, time.Second, 10*time.Minute)
	ck.intIn("llm.embed_batch", l.EmbedBatch, 1, 2048)
	ck.intIn("llm.embed_parallel", l.EmbedParallel, 1, 64)
	ck.intIn("llm.max_retries", l.MaxRetries, 0, 10)
	ck.floatIn("llm.temperature", l.Temperature, 0, 2, false)
	ck.intIn("llm.max_tokens", l.MaxTokens, 16, 100_000)
	if l.Verify != "" {
		ck.oneOf("llm.verify", l.Verify, VerifyOff, VerifyModel)
	}
}

// check checks the [verify] section, whether or not llm.verify is on, so
// a mistake shows before it is switched on.
func (v Verify) check(ck *checker) {
	ck.httpURL("verify.base_url", v.BaseURL, true)
	if v.Model != "" && strings.TrimSpace(v.Model) == "" {
		ck.bad("verify.model", v.Model, `want a model name, or "" for llm.chat_model`)
	}
	ck.durIn("verify.timeout", v.Timeout, 100*time.Millisecond, 2*time.Minute)
}

func (d Discord) check(ck *checker) {
	ck.httpURL("discord.api_url", d.APIURL, false)
	if d.GuildID != "" {
		ck.snowflake("discord.guild_id", d.GuildID)
	}
	for _, list := range []struct {
		key string
		ids []string
	}{{"discord.allowed_guilds", d.AllowedGuilds}, {"discord.allowed_channels", d.AllowedChannels}, {"discord.answer_channels", d.AnswerChannels}} {
		for _, id := range list.ids {
			ck.snowflake(list.key, id)
		}
	}
	if len(d.AnswerChannels) > 0 && !d.MessageContent {
		ck.bad("discord.answer_channels", strings.Join(d.AnswerChannels, ","), "needs discord.message_content = true: without that intent Discord sends those channels' messages without their text")
	}
	ck.floatIn("discord.rate_per_minute", d.RatePerMinute, 0, 600, true)
	ck.intIn("discord.rate_burst", d.RateBurst, 1, 100)
	ck.intIn("discord.max_in_flight", d.MaxInFlight, 1, 1000)
	ck.intIn("discord.queue_size", d.QueueSize, 1, 100_000)
	ck.durIn("discord.max_queue_wait", d.MaxQueueWait, time.Second, 14*time.Minute)
	ck.intIn("discord.follow_up_depth", d.FollowUpDepth, 0, 20)
	ck.durIn("discord.shutdown_timeout", d.ShutdownTimeout, time.Second, 10*time.Minute)
	ck.intIn("discord.shard_count", d.ShardCount, 0, 10_000)
	if d.ShardCount == 0 {
		if d.ShardID != 0 {
			ck.bad("discord.shard_id", d.ShardID, "want 0 when shard_count is 0 (automatic sharding)")
		}
	} else {
		ck.intIn("discord.shard_id", d.ShardID, 0, d.ShardCount-1)
	}
}

func (h HTTP) check(ck *checker) {
	if a := h.Addr; a != "" {
		if _, port, err := net.SplitHostPort(a); err != nil || port == "" {
			ck.bad("http.addr", a, `want host:port, like "127.0.0.1:9090", or "" for off`)
		} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
			ck.bad("http.addr", a, "want a port from 0 to 65535")
		}
	}
}

func (l Log) check(ck *checker) {
	ck.oneOf("log.level", l.Level, "debug", "info", "warn", "error")
	ck.oneOf("log.format", l.Format, "text", "json")
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
