package bot

import (
	"context"
	"strings"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/text"
)

// Summary summarises one story: the one whose source name or title best
// matches about (e.g. "Ecuador prison", "000_ed2b"), or the only story.
// With several stories and nothing to choose by, it lists them, one line
// each.
func (b *Bot) Summary(ctx context.Context, about string) (*Answer, error) {
	ix := b.Index()
	ans := &Answer{Question: strings.TrimSpace("summary " + about), Mode: ModeExtractive, Citations: []cite.Citation{}}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ea := &extract.Answer{Citations: ans.Citations}
	switch st := extract.PickStory(ix, about); {
	case st != nil:
		extract.SummarizeStory(ix, st, ea)
	case strings.TrimSpace(about) == "":
		extract.ListStories(ix, ea)
	default:
		extract.NoMatch(ix, strings.TrimSpace(about), ea)
	}
	ans.Text, ans.Abstained, ans.Citations = text.DefuseMentions(ea.Text), ea.Abstained, ea.Citations
	return ans, nil
}
