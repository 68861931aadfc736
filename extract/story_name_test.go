package extract

import (
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A sentence whose story never uses a name the question asks about loses
// to one whose story does, though it holds more of the question's other
// words itself.
func TestCandidateStoryLacksAskedName(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"quito.md":     {Data: []byte("# Soldiers retake a jail\n\nSoldiers retook a jail in Quito. More than 400 inmates have died in prison clashes.\n")},
		"guayaquil.md": {Data: []byte("# Gangs fight\n\nIn all, 31 inmates died in the clashes on Saturday. The fight was in Guayaquil.\n")},
		"floods.md":    {Data: []byte("# Floods\n\nRain flooded Guayaquil. A prison roof fell.\n")},
		"reform.md":    {Data: []byte("# Prison reform\n\nA prison law passed.\n")},
		"markets.md":   {Data: []byte("# Markets\n\nPrices rose in Lima.\n")},
	})
	var ps []cite.Passage
	stories := ix.Stories()
	for i, c := range ix.Chunks() {
		ps = append(ps, cite.FromChunk(i+1, &stories[c.Story], &ix.Chunks()[i]))
	}
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), "how many inmates died in the prison clashes in guayaquil", "")
	var best *candidate
	for _, c := range rq.candidates(ix, ps) {
		if best == nil || c.score > best.score {
			best = c
		}
	}
	if best == nil || best.p.Source != "guayaquil.md" {
		t.Fatalf("best candidate = %+v, want a sentence of guayaquil.md", best)
	}
}
