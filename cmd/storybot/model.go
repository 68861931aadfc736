package main

import (
	"cmp"
	"fmt"
	"log/slog"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
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
		if l.VerifyOn() {
			log.Warn("llm.verify = \"model\" does nothing without a model server: answers are extractive")
		}
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
	if !l.VerifyOn() {
		return cl.Embedder(), cl.Generator(), nil
	}
	v, err := a.verifier(e, cl, m, log)
	if err != nil {
		return nil, nil, err
	}
	return cl.Embedder(), bot.WithVerifier(cl.Generator(), v, a.cfg.Verify.Timeout.Duration), nil
}

// verifier returns the model that labels the claims of each answer
// (llm.verify = "model"): on [llm]'s server through cl, or on [verify]
// base_url with a client of its own and the key in VERIFY_API_KEY, so
// OPENAI_API_KEY never goes to another server.
func (a *app) verifier(e *env, cl *llm.Client, m llm.Metrics, log *slog.Logger) (*llm.Verifier, error) {
	vc, l := cl, a.cfg.LLM
	if base := a.cfg.Verify.BaseURL; base != "" {
		var err error
		vc, err = llm.New(llm.Config{
			BaseURL: base, APIKey: e.getenv(config.EnvVerifyKey), ChatModel: cmp.Or(a.cfg.Verify.Model, l.ChatModel),
			EmbeddingModel: l.EmbeddingModel, Timeout: a.cfg.Verify.Timeout.Duration, MaxRetries: l.MaxRetries,
		}, m, log)
		if err != nil {
			return nil, fmt.Errorf("couldn't set up the verifier: %w", err)
		}
		a.verifyLLM = vc
	}
	v := vc.Verifier(a.cfg.Verify.Model)
	log.Info("answers verified by a model", "server", vc.Host(), "model", v.Model(), "timeout", a.cfg.Verify.Timeout.Duration)
	return v, nil
}
