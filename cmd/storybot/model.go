package main

import (
	"fmt"
	"log/slog"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/llm"
	"github.com/storybot-dev/storybot/retrieval"
)

// model returns the embedder and, in LLM mode, the generator. LLM mode is
// on when a model server is configured: OPENAI_API_KEY and/or
// OPENAI_BASE_URL in the environment (the names the official SDKs read),
// or [llm] base_url in the config file; --offline turns it off. The key
// comes only from the environment and is never logged.
func (a *app) model(e *env, log *slog.Logger) (retrieval.Embedder, bot.Generator, error) {
	hash := retrieval.NewHashEmbedder(a.cfg.Retrieval.HashDim)
	if a.offline {
		return hash, nil, nil
	}
	l := a.cfg.LLM
	key := e.getenv("OPENAI_API_KEY")
	base := e.getenv("OPENAI_BASE_URL")
	if base == "" {
		base = l.BaseURL
	}
	if key == "" && base == "" {
		return hash, nil, nil
	}
	var m llm.Metrics
	if a.metrics != nil {
		m = a.metrics
	}
	cl, err := llm.New(llm.Config{
		BaseURL: base, APIKey: key, ChatModel: l.ChatModel, EmbeddingModel: l.EmbeddingModel,
		Timeout: l.Timeout.Duration, EmbedTimeout: l.EmbedTimeout.Duration,
		EmbedBatch: l.EmbedBatch, EmbedParallel: l.EmbedParallel, MaxRetries: l.MaxRetries,
		Temperature: l.Temperature, MaxTokens: l.MaxTokens, Stream: l.Stream,
	}, m, log)
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't set up LLM mode: %w", err)
	}
	a.llm = cl
	log.Info("LLM mode", "server", cl.Host(), "chat_model", l.ChatModel, "embedding_model", l.EmbeddingModel, "stream", l.Stream)
	return cl.Embedder(), cl.Generator(), nil
}
