package bot

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/ground"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/prompts"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

const testStory = " date 2023-07-26 STORY: Soldiers retake a rioting prison in Ecuador.\n\n" +
	"Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\n" +
	"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.\n\n" +
	"\"This operation has been decisive, complied with human rights, and shown how efficient\n" +
	"and prepared our police and armed forces are.\"\n\n" +
	"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n"

// checkCitations asserts the citation contract: each quote is exactly the
// source bytes [start, end), numbered 1..n, and every [n] of the text
// points at one of them.
func checkCitations(t *testing.T, s story.Story, txt string, cs []Citation) {
	t.Helper()
	for i, c := range cs {
		if c.N != i+1 {
			t.Errorf("citation %d numbered %d", i, c.N)
		}
		if c.Source != s.Source || c.Start < 0 || c.End > len(s.Text) || c.Start >= c.End {
			t.Fatalf("citation %d points outside its source: %+v", c.N, c)
		}
		if c.Quote != s.Text[c.Start:c.End] {
			t.Errorf("citation %d quote %q is not the source bytes [%d,%d) %q", c.N, c.Quote, c.Start, c.End, s.Text[c.Start:c.End])
		}
	}
	for _, n := range ground.MarkerNumbers(txt) {
		{
			if n < 1 || n > len(cs) {
				t.Errorf("text marker [%d] points to no citation (have %d): %q", n, len(cs), txt)
			}
		}
	}
}

// scripted is a Generator that answers from a script.
type scripted struct {
	text     string
	err      error
	partials []string
	got      GenerateRequest
}

func (g *scripted) Generate(_ context.Context, req GenerateRequest) (GenerateResult, error) {
	g.got = req
	for _, p := range g.partials {
		if req.OnPartial != nil {
			req.OnPartial(p)
		}
	}
	if g.err != nil {
		return GenerateResult{}, g.err
	}
	return GenerateResult{Text: g.text, Usage: Usage{PromptTokens: 100, CompletionTokens: 20, TotalTokens: 120}}, nil
}

func testBot(t *testing.T, gen Generator) *Bot {
	t.Helper()
	return storyBot(t, testStory, gen)
}

// storyBot is a bot over one story, ecuador.txt, holding txt.
func storyBot(t *testing.T, txt string, gen Generator) *Bot {
	t.Helper()
	s := story.Parse("ecuador.txt", txt)
	ix, err := retrieval.Build(context.Background(), []story.Story{s}, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return New(ix, gen, Options{}, nil)
}

func TestAskWithModel(t *testing.T) {
	const q = "How many people died in the prison violence?"
	tests := []struct {
		name     string
		gen      *scripted
		mode     string
		fallback string // substring of FallbackReason; "" for none
	}{
		{"cited", &scripted{text: "The toll rose from 18 to 31 [1]."}, ModeLLM, ""},
		{"abstains", &scripted{text: prompts.NotFoundMarker}, ModeLLM, ""},
		{"uncited falls back", &scripted{text: "The toll rose to 31."}, ModeExtractive, "cites no passage"},
		{"misquote falls back", &scripted{text: `The general said "we failed" [1].`}, ModeExtractive, "is not in passage"},
		{"model error falls back", &scripted{err: errors.New("couldn't get an answer: the model server failed")}, ModeExtractive, "model failed: couldn't get an answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := testBot(t, tt.gen).Ask(context.Background(), Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if ans.Mode != tt.mode {
				t.Errorf("mode = %q, want %q (reason %q)", ans.Mode, tt.mode, ans.FallbackReason)
			}
			if tt.fallback == "" && ans.FallbackReason != "" || !strings.Contains(ans.FallbackReason, tt.fallback) {
				t.Errorf("fallback_reason = %q, want %q", ans.FallbackReason, tt.fallback)
			}
			if len(tt.gen.got.Passages) == 0 {
				t.Error("the generator got no passages")
			}
			s := story.Parse("ecuador.txt", testStory)
			checkCitations(t, s, ans.Text, ans.Citations)
			if ans.Mode == ModeLLM && !ans.Abstained && len(ans.Citations) == 0 {
				t.Error("llm answer without citations")
			}
			if tt.gen.err == nil && (ans.Usage == nil || ans.Usage.TotalTokens != 120) {
				t.Errorf("usage = %+v, want the model's 120 tokens", ans.Usage)
			}
			if ans.Abstained && (ans.Text != NotFound || len(ans.Citations) != 0) {
				t.Errorf("abstention = %q with %d citations", ans.Text, len(ans.Citations))
			}
		})
	}
}

// TestExtractiveAnswerSkipsPlantedText: the offline answer never quotes a
// sentence that addresses an AI or a fake passage block.
func TestExtractiveAnswerSkipsPlantedText(t *testing.T) {
	// The labelled replies' corpus has a story with an injection: an
	// instruction to readers, a role change and a fake passage block.
	ix := testindex.Of(t, os.DirFS(testindex.Testdata("replies", "corpus")))
	b := New(ix, nil, Options{}, nil)
	for _, q := range []string{"What should readers visit?", "How many inmates died?", "Who are you now?", "What instructions are there?"} {
		ans, err := b.Ask(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"example-scam", "500", "pirate", "Ignore all", "<passage", "</passage"} {
			if strings.Contains(ans.Text, bad) {
				t.Errorf("%q: the extractive answer presents planted text %q: %q", q, bad, ans.Text)
			}
		}
	}
}
