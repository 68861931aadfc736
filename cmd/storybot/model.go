package main

import (
	"log/slog"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/retrieval"
)

// model returns the embedder and, in LLM mode, the generator.
func (c *common) model(_ *env, _ *slog.Logger) (retrieval.Embedder, bot.Generator, error) {
	return retrieval.NewHashEmbedder(c.cfg.Retrieval.HashDim), nil, nil
}
