package discord

import (
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// Exactly as many citations as fields fit: all shown, no "and 0 more".
func TestSourcesEmbedFullWithoutFooter(t *testing.T) {
	t.Parallel()
	var cs []bot.Citation
	for i := range maxFields {
		cs = append(cs, bot.Citation{N: i + 1, Title: "T", Source: "s.txt", Start: 0, End: 1, Quote: "q"})
	}
	e := sourcesEmbed(cs)
	if len(e.Fields) != maxFields || e.Footer != nil {
		t.Errorf("%d fields, footer %+v; want %d fields and no footer", len(e.Fields), e.Footer, maxFields)
	}
}
