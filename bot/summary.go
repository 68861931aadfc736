package bot

import (
	"context"
	"strings"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/story"
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
	if st := b.pickStory(ctx, ix, about); st == nil {
		extract.ListStories(ix, ea)
	} else {
		extract.SummarizeStory(ix, st, ea)
	}
	ans.Text, ans.Abstained, ans.Citations = text.DefuseMentions(ea.Text), ea.Abstained, ea.Citations
	return ans, nil
}

// pickStory finds the story a summary is asked for: by source name, else
// by the best keyword match of its title and text; nil when there are
// several and about is empty.
func (b *Bot) pickStory(ctx context.Context, ix Searcher, about string) *story.Story {
	stories := ix.Stories()
	about = strings.TrimSpace(about)
	if about == "" {
		if len(stories) == 1 {
			return &stories[0]
		}
		return nil
	}
	for i := range stories {
		s := &stories[i]
		if s.Source == about || strings.TrimSuffix(s.Source, ".txt") == about || strings.HasPrefix(s.Source, about) {
			return s
		}
	}
	res, err := ix.Search(ctx, about, 1)
	if err != nil || len(res.Hits) == 0 {
		return nil
	}
	return res.Hits[0].Story
}
