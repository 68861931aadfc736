package bot_test

import (
	"context"
	"testing"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// BenchmarkAsk is a whole offline answer over the seed corpus, warm: the
// index is built once, then each iteration retrieves, picks sentences and
// builds citations.
func BenchmarkAsk(b *testing.B) {
	stories, err := story.Load(storybot.DefaultCorpus(), nil)
	if err != nil {
		b.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	bt := bot.New(ix, nil, bot.DefaultOptions(), nil)
	qs := []string{
		"How many people died?",
		"Who is the general director of the SNAI?",
		"Where were the prison guards held hostage?",
		"When did the clashes begin?",
		"What did the president of France say?",
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := bt.Ask(ctx, bot.Question{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
	}
}
