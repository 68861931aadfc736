package bot

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// seedBotWith is a bot over the seed story alone, its model scripted.
func seedBotWith(t *testing.T, gen Generator) *Bot {
	t.Helper()
	seed, err := os.ReadFile(filepath.Join("..", "corpus", "000_ed2ba48890825abd.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return storyBot(t, string(seed), gen)
}

// TestOpenAnswered checks the absence claims the offline answerer
// refutes: a claim that the passages leave open a question they answer is
// dropped (and a reply that was nothing else gives way to the extractive
// answer), while a claim that they leave open one they don't answer, and
// a claim whose question leans on the reply, are kept.
func TestOpenAnswered(t *testing.T) {
	tests := []struct {
		name, q, reply string
		dropped        bool   // the absence claim is dropped
		mode           string // the answer's mode
		shows          string // what the answer must still show, if anything
	}{
		{"answered, with a fact beside it",
			"how did they get in",
			"The passages do not explain how the forces got inside; they only say footage showed weapons seized from the prison [1].",
			true, ModeExtractive, "controlled detonations"},
		{"answered, beside a claim that answers",
			"how many people died in the prison, and how did the forces get in",
			"The attorney general raised the death toll from 18 to 31 [1]. The passages don't explain how the forces got inside.",
			true, ModeLLM, "from 18 to 31"},
		{"not answered by the passages",
			"who leads the gangs",
			"Clashes between gangs began on Saturday [1]. The passages don't say who leads the gangs.",
			false, ModeLLM, "don't say who leads the gangs"},
		{"only hedged by the answerer",
			"who threw the molotov cocktail",
			"One civilian was hurt in a Molotov cocktail attack on the attorney general's office [1]. The passages don't say who threw the Molotov cocktail.",
			false, ModeLLM, "don't say who threw"},
		{"a question leaning on the reply",
			"who shot the mayor",
			"The mayor of Manta was shot dead on Sunday [1]. The passages don't say who shot him.",
			false, ModeLLM, "who shot him"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := seedBotWith(t, &scripted{text: tt.reply}).Ask(context.Background(), Question{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			var got bool
			for _, d := range ans.DroppedClaims {
				if d.Rule == DropRuleOpenAnswered {
					got = true
				}
			}
			if got != tt.dropped {
				t.Errorf("absence claim dropped = %v, want %v (dropped %+v)", got, tt.dropped, ans.DroppedClaims)
			}
			if ans.Mode != tt.mode {
				t.Errorf("mode %q, want %q (reason %q)", ans.Mode, tt.mode, ans.FallbackReason)
			}
			if !strings.Contains(ans.Text, tt.shows) {
				t.Errorf("answer %q does not show %q", ans.Text, tt.shows)
			}
		})
	}
}

// TestOpenAnsweredStream checks that a stream stops before an absence
// claim the final answer drops: what a stream shows is never withdrawn.
func TestOpenAnsweredStream(t *testing.T) {
	const first = "The attorney general raised the death toll from 18 to 31 [1]. "
	const reply = first + "The passages don't explain how the forces got inside. Rodriguez heads the SNAI [1]."
	var shown []string
	gen := &scripted{text: reply, partials: []string{first, reply[:len(reply)-30], reply}}
	ans, err := seedBotWith(t, gen).Ask(context.Background(), Question{Text: "how many people died in the prison, and how did the forces get in", OnPartial: func(s string) { shown = append(shown, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ans.Text, "don't explain") {
		t.Errorf("final answer kept the refuted absence claim: %q", ans.Text)
	}
	if len(shown) == 0 {
		t.Fatal("the stream showed nothing; want the first claim")
	}
	for _, s := range shown {
		if strings.Contains(s, "don't explain") {
			t.Errorf("the stream showed the refuted absence claim: %q", s)
		}
	}
}

// BenchmarkOpenAnswered measures the whole check of a model's reply in the
// bot on the seed story: the claim check, and for a reply with an absence
// claim the asking of its question (one offline answer over the passages).
func BenchmarkOpenAnswered(b *testing.B) {
	seed, err := os.ReadFile(filepath.Join("..", "corpus", "000_ed2ba48890825abd.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := story.Parse("ecuador.txt", string(seed))
	ix, err := retrieval.Build(context.Background(), []story.Story{s}, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		b.Fatal(err)
	}
	const fact = "The attorney general raised the death toll from 18 to 31 [1]."
	for _, bc := range []struct{ name, reply string }{
		{"facts only", fact},
		{"with an absence claim", fact + " The passages don't say who leads the gangs."},
	} {
		b.Run(bc.name, func(b *testing.B) {
			bt := New(ix, &scripted{text: bc.reply}, Options{}, nil)
			ans, err := bt.Ask(context.Background(), Question{Text: "how many people died, and who leads the gangs", Offline: true})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				a := &Answer{Question: ans.Question, Passages: ans.Passages, Citations: []Citation{}}
				if reason := bt.answerWithModel(context.Background(), Question{Text: a.Question}, a); reason != "" {
					b.Fatal(reason)
				}
			}
		})
	}
}
