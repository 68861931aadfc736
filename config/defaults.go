package config

import "time"

// The defaults that packages above config use too, each written once,
// here, with why: config sits below them, so they can name these and
// config can name no package above it. Chunking's defaults are story's
// (story.DefaultChunkOptions), below config.
const (
	// DefaultHashDim: 384 dimensions keep feature collisions rare for the
	// vocabulary of a few sentences (a chunk has ~60 words, ~300
	// features) while a vector stays at 1.5 KB. retrieval.DefaultHashDim.
	DefaultHashDim = 384

	// DefaultLLMTimeout: a few hundred tokens take a hosted model 5-20 s
	// and a small local one up to a minute; past that the user is better
	// served by the extractive answer. llm.DefaultTimeout.
	DefaultLLMTimeout = 60 * time.Second
	// DefaultEmbedTimeout: a batch of 64 chunks embeds in about a second
	// on a hosted model and several on a CPU-only local one.
	// llm.DefaultEmbedTimeout.
	DefaultEmbedTimeout = 30 * time.Second
	// DefaultEmbedBatch: 64 chunks of ~150 tokens stay far below every
	// server's input limit (OpenAI: 2048 inputs, 300k tokens).
	// llm.DefaultEmbedBatch.
	DefaultEmbedBatch = 64
	// DefaultVerifyTimeout bounds the verifier's one call (llm.verify =
	// "model"). Its prompt is the cited passages and the kept claims (about
	// 1,500 tokens) and its reply a label and a few words per claim (under
	// 300 tokens): a hosted small model answers that in 1-3 s. Every
	// answer waits for the verifier, so its time is added to each one; 5 s
	// leaves room for one slow reply and a quick retry, and a verifier
	// slower than that only delays an answer the rules already accepted,
	// which is then shown unverified. llm.DefaultVerifyTimeout.
	DefaultVerifyTimeout = 5 * time.Second

	// DefaultCollection is the Weaviate collection (class) storybot uses:
	// a class name starts with a capital letter.
	DefaultCollection = "Storybot"
	// DefaultWeaviateTimeout bounds each request to Weaviate, a search
	// included. Ten seconds is over ten times the slowest request measured
	// (BENCHMARKS.md, 100,000 chunks on two busy cores: a search's p95
	// 0.23 s, a 500-object batch write about 0.8 s), so an attempt still
	// unanswered by then is stuck, not slow: a retry, or the local index,
	// serves a waiting asker better. weaviate.DefaultTimeout.
	DefaultWeaviateTimeout = 10 * time.Second
	// DefaultWeaviateBatch: 200 objects with 1,536-dimension vectors are
	// about 3 MB of JSON, under the request limits of proxies commonly put
	// in front of Weaviate, and a failed batch is cheap to send again.
	// weaviate.DefaultBatchSize.
	DefaultWeaviateBatch = 200

	// DefaultK: five passages of three sentences hold the answer to a news
	// question in all of our eval set's answerable questions (recall@5 =
	// 1.0) while staying small enough for a model's prompt. bot.DefaultK.
	DefaultK = 5
	// DefaultAnswerThreshold and DefaultHedgeFloor are the offline mode's
	// operating point on its answerability score, chosen on the tuning sets
	// (README "Evaluation"): at or above the threshold it answers, below the
	// floor it says the stories don't say, in between it hedges. A wrong
	// answer costs more than a hedge, which still shows the closest
	// passage. extract.DefaultThreshold, extract.DefaultFloor.
	DefaultAnswerThreshold = 0.45
	DefaultHedgeFloor      = 0.2

	// DefaultQueueSize: questions waiting for a free answer slot; past
	// this a new one is refused at once rather than left to wait longer
	// than DefaultMaxQueueWait.
	DefaultQueueSize = 500
	// DefaultMaxQueueWait: an interaction token lives 15 minutes; a
	// question that waited 10 still has time to be answered.
	DefaultMaxQueueWait = 10 * time.Minute
	// DefaultShutdownTimeout: answers in flight get this long to finish
	// on SIGTERM, under the 30 s a container runtime waits before SIGKILL.
	DefaultShutdownTimeout = 20 * time.Second
)
