package discord

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// The sources embed stays within Discord's 6,000 characters for all of a
// message's embeds, its title and footer counted, however long the
// citations are.
func TestSourcesEmbedWithinTotalWithHeader(t *testing.T) {
	t.Parallel()
	var cs []bot.Citation
	for i := range maxFields + 1 {
		cs = append(cs, bot.Citation{
			N: i + 1, Title: strings.Repeat("T", 400), Source: strings.Repeat("s", 400),
			Start: 1, End: 2, Quote: strings.Repeat("q", 2000),
		})
	}
	e := sourcesEmbed(cs)
	total := runes(e.Title)
	if e.Footer != nil {
		total += runes(e.Footer.Text)
	}
	for _, f := range e.Fields {
		total += runes(f.Name) + runes(f.Value)
	}
	if total > maxEmbedTotal {
		t.Errorf("embed text %d characters, want at most %d", total, maxEmbedTotal)
	}
}
