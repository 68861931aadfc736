// Package config is storybot's configuration: plain structs, their
// defaults, and loading from a TOML file and the environment.
package config

import (
	"time"

	"github.com/storybot-dev/storybot/story"
)

// Config is the whole configuration. Secrets are not part of it: the
// Discord token and the model API key come only from the environment.
type Config struct {
	Corpus    Corpus    `toml:"corpus"`
	Retrieval Retrieval `toml:"retrieval"`
	Weaviate  Weaviate  `toml:"weaviate"`
	LLM       LLM       `toml:"llm"`
	Verify    Verify    `toml:"verify"`
	Discord   Discord   `toml:"discord"`
	HTTP      HTTP      `toml:"http"`
	Log       Log       `toml:"log"`
}

// Corpus says where the stories and the index live.
type Corpus struct {
	// Dir holds the stories; "" means ./corpus when it exists, else the
	// corpus embedded in the binary.
	Dir string `toml:"dir"`
	// DataDir holds the index snapshot; "" means the user cache directory.
	DataDir string `toml:"data_dir"`
}

// Retrieval tunes search and extractive answers.
type Retrieval struct {
	K int `toml:"k"`
	// AnswerThreshold and HedgeFloor are the offline mode's operating
	// point on its answerability score (see bot.Options).
	AnswerThreshold float64 `toml:"answer_threshold"`
	HedgeFloor      float64 `toml:"hedge_floor"`
	ChunkSentences  int     `toml:"chunk_sentences"`
	ChunkBytes      int     `toml:"chunk_bytes"`
	ChunkOverlap    int     `toml:"chunk_overlap"`
	HashDim         int     `toml:"hash_dim"`
	// Backend is where search finds its candidates: "chromem" (in
	// process) or "weaviate" (the [weaviate] collection).
	Backend string `toml:"backend"`
}

// Weaviate configures the shared index when retrieval.backend is
// "weaviate". The API key, if any, comes from WEAVIATE_API_KEY only.
type Weaviate struct {
	URL        string `toml:"url"`
	Collection string `toml:"collection"`
	// Timeout bounds each request to Weaviate, a search included.
	Timeout   Duration `toml:"timeout"`
	BatchSize int      `toml:"batch_size"`
	// Replicas is the replication factor a new collection gets.
	Replicas int `toml:"replicas"`
	// Shards is how many shards a new collection is split into.
	Shards int `toml:"shards"`
	// Writer makes serve write the collection (at start and on every
	// corpus reload); other serve processes only read it.
	Writer bool `toml:"writer"`
	// Fallback "chromem" lets serve start on the in-process index when
	// Weaviate is unreachable at start; "" makes that an error.
	Fallback string `toml:"fallback"`
}

// LLM configures the OpenAI-compatible model server. The API key comes
// from OPENAI_API_KEY only.
type LLM struct {
	// BaseURL of the server's /v1 API; OPENAI_BASE_URL overrides it.
	BaseURL        string   `toml:"base_url"`
	ChatModel      string   `toml:"chat_model"`
	EmbeddingModel string   `toml:"embedding_model"`
	Timeout        Duration `toml:"timeout"`
	EmbedTimeout   Duration `toml:"embed_timeout"`
	// StartTimeout bounds the first embeddings request made for the
	// corpus: a server that doesn't answer it is not waited for.
	StartTimeout  Duration `toml:"start_timeout"`
	EmbedBatch    int      `toml:"embed_batch"`
	EmbedParallel int      `toml:"embed_parallel"`
	MaxRetries    int      `toml:"max_retries"`
	Temperature   float64  `toml:"temperature"`
	MaxTokens     int      `toml:"max_tokens"`
	Stream        bool     `toml:"stream"`
	// Verify names a second check of the claims the deterministic check
	// kept: "" or "none" is off; "model" asks a model, once per answer,
	// to label each claim against its quote (the [verify] section).
	Verify string `toml:"verify"`
}

// Verify configures the model that labels an answer's claims when
// llm.verify is "model". Empty values take [llm]'s: the same server, key
// and chat model. A verifier on a server of its own gets its key from
// VERIFY_API_KEY only: OPENAI_API_KEY is never sent to another server.
type Verify struct {
	// BaseURL of the verifier's /v1 API; "" is [llm]'s server.
	BaseURL string `toml:"base_url"`
	// Model labels the claims; "" is llm.chat_model.
	Model string `toml:"model"`
	// Timeout bounds the one verifying call, retries included; past it
	// the checked answer is shown unverified.
	Timeout Duration `toml:"timeout"`
}

// The values of llm.verify.
const (
	VerifyOff   = "none"
	VerifyModel = "model"
)

// VerifyOn reports whether llm.verify asks a model to verify answers.
func (l LLM) VerifyOn() bool { return l.Verify == VerifyModel }

// Discord configures the bot. The token comes from DISCORD_TOKEN only.
type Discord struct {
	APIURL          string   `toml:"api_url"`
	GuildID         string   `toml:"guild_id"`
	AllowedGuilds   []string `toml:"allowed_guilds"`
	AllowedChannels []string `toml:"allowed_channels"`
	AnswerChannels  []string `toml:"answer_channels"`
	MessageContent  bool     `toml:"message_content"`
	RatePerMinute   float64  `toml:"rate_per_minute"`
	RateBurst       int      `toml:"rate_burst"`
	MaxInFlight     int      `toml:"max_in_flight"`
	QueueSize       int      `toml:"queue_size"`
	MaxQueueWait    Duration `toml:"max_queue_wait"`
	FollowUpDepth   int      `toml:"follow_up_depth"`
	ShutdownTimeout Duration `toml:"shutdown_timeout"`
	ShardID         int      `toml:"shard_id"`
	ShardCount      int      `toml:"shard_count"`
}

// HTTP configures the health and metrics listener; "" is off.
type HTTP struct {
	Addr string `toml:"addr"`
}

// Log configures logging.
type Log struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

// Duration is a time.Duration written as "30s" in TOML.
type Duration struct{ time.Duration }

// UnmarshalText parses "1m30s".
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration as "1m30s".
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// Default returns the configuration with every default set; each value's
// reason is in config.example.toml.
func Default() Config {
	chunk := story.DefaultChunkOptions
	return Config{
		Retrieval: Retrieval{K: DefaultK, AnswerThreshold: DefaultAnswerThreshold, HedgeFloor: DefaultHedgeFloor,
			ChunkSentences: chunk.MaxSentences, ChunkBytes: chunk.MaxBytes, ChunkOverlap: chunk.Overlap,
			HashDim: DefaultHashDim, Backend: "chromem"},
		Weaviate: Weaviate{URL: "http://127.0.0.1:8080", Collection: DefaultCollection, Timeout: Duration{DefaultWeaviateTimeout}, BatchSize: DefaultWeaviateBatch, Replicas: 1, Shards: 1},
		LLM: LLM{
			ChatModel: "gpt-4o-mini", EmbeddingModel: "text-embedding-3-small",
			Timeout: Duration{DefaultLLMTimeout}, EmbedTimeout: Duration{DefaultEmbedTimeout},
			StartTimeout: Duration{10 * time.Second},
			EmbedBatch:   DefaultEmbedBatch, EmbedParallel: 2, MaxRetries: 3, Temperature: 0, MaxTokens: 600, Stream: true,
		},
		Verify: Verify{Timeout: Duration{DefaultVerifyTimeout}},
		Discord: Discord{
			APIURL: "https://discord.com", RatePerMinute: 6, RateBurst: 3, MaxInFlight: 8,
			QueueSize: DefaultQueueSize, MaxQueueWait: Duration{DefaultMaxQueueWait},
			FollowUpDepth: 3, ShutdownTimeout: Duration{DefaultShutdownTimeout},
		},
		Log: Log{Level: "info", Format: "text"},
	}
}
