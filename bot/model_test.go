package bot

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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

// testPassages cuts testStory into passages of two sentences, numbered
// from 1 in story order:
//
//	[1] title + death toll   [2] Rodriguez + quote   [3] Esmeraldas
func testPassages(t testing.TB) ([]Passage, story.Story) {
	t.Helper()
	s := story.Parse("ecuador.txt", testStory)
	chunks := story.Chunks(&s, 0, story.ChunkOptions{MaxSentences: 2, MaxBytes: 800, Overlap: 0})
	hits := make([]retrieval.Hit, len(chunks))
	for i := range chunks {
		hits[i] = retrieval.Hit{Chunk: &chunks[i], Story: &s}
	}
	ps := passages(hits)
	if len(ps) != 3 {
		t.Fatalf("test story cut into %d passages, want 3", len(ps))
	}
	return ps, s
}

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
	for _, g := range findGroups(txt) {
		for _, n := range g.ns {
			if n < 1 || n > len(cs) {
				t.Errorf("text marker [%d] points to no citation (have %d): %q", n, len(cs), txt)
			}
		}
	}
}

func TestCheckReply(t *testing.T) {
	ps, s := testPassages(t)
	tests := []struct {
		name  string
		reply string
		// want is the checked text, or "" when the reply must be rejected.
		want string
		// quotes are the cited sentences, by a substring of each.
		quotes []string
		reason string
	}{
		{
			name:   "cited answer passes",
			reply:  "The death toll rose from 18 to 31 [1].",
			want:   "The death toll rose from 18 to 31 [1].",
			quotes: []string{"from 18 to 31."},
		},
		{
			name:   "markers renumbered in order of use",
			reply:  "Guillermo Rodriguez heads the prison authority [2]. The toll rose to 31 [1].",
			want:   "Guillermo Rodriguez heads the prison authority [1]. The toll rose to 31 [2].",
			quotes: []string{"Guillermo Rodriguez is the general director", "raised the death toll"},
		},
		{
			name:   "claim citing no existing passage dropped, not shown without its marker",
			reply:  "The toll rose to 31 [7]. Fifteen guards were held hostage [3][0].",
			want:   "Fifteen guards were held hostage [1].",
			quotes: []string{"15 prison guards"},
		},
		{
			name:   "marker list",
			reply:  "The toll was 31 and 15 guards were held hostage [1, 3].",
			want:   "The toll was 31 and 15 guards were held hostage [1][2].",
			quotes: []string{"from 18 to 31", "15 prison guards"},
		},
		{
			name:   "same sentence cited twice gets one number",
			reply:  "The toll rose [1]. It rose to 31 [1].",
			want:   "The toll rose [1]. It rose to 31 [1].",
			quotes: []string{"from 18 to 31"},
		},
		{
			name:   "exact quote passes and cites its sentence",
			reply:  `Rodriguez said the operation "has been decisive" [2].`,
			want:   `Rodriguez said the operation "has been decisive" [1].`,
			quotes: []string{"This operation has been decisive"},
		},
		{
			name:   "quote with other marks, case, line break and ellipsis passes",
			reply:  "Rodriguez [2] said: “this operation has been decisive … how efficient and prepared our police” were.",
			want:   "Rodriguez [1] said: “this operation has been decisive … how efficient and prepared our police” were.",
			quotes: []string{"This operation has been decisive"},
		},
		{
			name:   "not-found marker abstains",
			reply:  prompts.NotFoundMarker,
			want:   NotFound,
			quotes: nil,
		},
		{
			name:   "mentions defused",
			reply:  "@everyone the toll is 31 [1] <@123>",
			want:   "@\u200beveryone the toll is 31 [1] <@\u200b123>",
			quotes: []string{"from 18 to 31"},
		},
		{name: "uncited answer rejected", reply: "The death toll rose to 31.", reason: "cites no passage"},
		{name: "only bad markers rejected", reply: "The death toll rose to 31 [4][9].", reason: "cites passage 4, which doesn't exist"},
		{name: "invented quote rejected", reply: `Rodriguez called it "a total failure" [2].`, reason: "is not in passage"},
		{name: "quote cited to the wrong passage rejected", reply: `The toll rose [1]. He said "has been decisive" [3].`, reason: "is not in passage"},
		{name: "invented quote across a line break rejected", reply: "The attorney general said \"no\none died\" [1].", reason: "is not in passage"},
		{name: "quote with its parts out of order rejected", reply: `Officials said "31 ... 18" [1].`, reason: "is not in passage"},
		{
			name:   "marker with many digits removed",
			reply:  "The toll rose to 31 [1000]. It rose from 18 to 31 [1].",
			want:   "It rose from 18 to 31 [1].",
			quotes: []string{"from 18 to 31"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := checkReply(tt.reply, "How many people died?", ps)
			if tt.want == "" {
				if !strings.Contains(reason, tt.reason) {
					t.Fatalf("reason = %q, want it to say %q (checked text %q)", reason, tt.reason, got.text)
				}
				return
			}
			if reason != "" {
				t.Fatalf("rejected: %s", reason)
			}
			if diff := cmp.Diff(tt.want, got.text); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
			if got.abstained != (tt.want == NotFound) {
				t.Errorf("abstained = %v", got.abstained)
			}
			checkCitations(t, s, got.text, got.citations)
			if len(got.citations) != len(tt.quotes) {
				t.Fatalf("%d citations, want %d: %+v", len(got.citations), len(tt.quotes), got.citations)
			}
			for i, q := range tt.quotes {
				if !strings.Contains(got.citations[i].Quote, q) {
					t.Errorf("citation %d quotes %q, want the sentence with %q", i+1, got.citations[i].Quote, q)
				}
			}
		})
	}
}

func FuzzCheckReply(f *testing.F) {
	for _, s := range []string{
		"The toll rose to 31 [1].", `He said "decisive" [2][3]`, "[1, 2, 99] x", "“a … b” [1]", prompts.NotFoundMarker,
		`"unclosed [2]`, "[", "[]", "[1,]", "\"\" [1]",
	} {
		f.Add(s)
	}
	ps, st := testPassages(f)
	f.Fuzz(func(t *testing.T, reply string) {
		got, reason := checkReply(reply, "How many people died?", ps)
		if reason != "" {
			return
		}
		checkCitations(t, st, got.text, got.citations)
		if !got.abstained && len(got.citations) == 0 {
			t.Errorf("accepted with no citation: %q", got.text)
		}
	})
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
	s := story.Parse("ecuador.txt", testStory)
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
