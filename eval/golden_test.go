package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/retrieval"
)

// -update rewrites the golden files from the bot's current answers. Use it
// on purpose, then read the diff (git diff testdata/golden) before committing:
// every changed line is a changed answer.
var update = flag.Bool("update", false, "rewrite testdata/golden from the current answers")

// goldenAnswer is one offline answer as the golden file keeps it: what a user
// sees (text, abstention, how the question was read) and every citation's
// span, so a citation one byte off or a different sentence chosen shows as a diff.
type goldenAnswer struct {
	Set       string   `json:"set"`
	ID        string   `json:"id"`
	Question  string   `json:"question"`
	ReadAs    string   `json:"read_as,omitempty"`
	Answer    string   `json:"answer"`
	Abstained bool     `json:"abstained"`
	Citations []string `json:"citations"`
	Fallback  string   `json:"fallback,omitempty"`
	Dropped   []string `json:"dropped,omitempty"`
}

func golden(set string, c Case, a *bot.Answer) goldenAnswer {
	g := goldenAnswer{Set: set, ID: c.ID, Question: c.Question, ReadAs: a.ReadAs, Answer: a.Text,
		Abstained: a.Abstained, Citations: []string{}, Fallback: a.FallbackReason}
	for _, cit := range a.Citations {
		g.Citations = append(g.Citations, fmt.Sprintf("[%d] %s#%d-%d", cit.N, cit.Source, cit.Start, cit.End))
	}
	for _, d := range a.DroppedClaims {
		g.Dropped = append(g.Dropped, fmt.Sprintf("%+v", d))
	}
	return g
}

// compareGolden checks got, one JSON line per answer, against the golden file,
// and names each answer that changed.
func compareGolden(t *testing.T, name string, got []goldenAnswer) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, g := range got {
		if err := enc.Encode(g); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./eval -run Golden -update to create it)", err)
	}
	wl := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	gl := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(wl) != len(gl) {
		t.Errorf("%s: %d answers, golden file has %d", name, len(gl), len(wl))
	}
	changed := 0
	for i := 0; i < min(len(wl), len(gl)); i++ {
		if wl[i] != gl[i] {
			changed++
			if changed <= 20 {
				t.Errorf("%s line %d changed:\n want %s\n  got %s", name, i+1, wl[i], gl[i])
			}
		}
	}
	if changed > 0 {
		t.Errorf("%s: %d of %d answers changed; if on purpose, run go test ./eval -run Golden -update and review git diff testdata/golden", name, changed, len(gl))
	}
}

// TestGoldenOfflineAnswers keeps every offline answer of the question sets in
// testdata, with its citations' byte spans, in testdata/golden: any change to
// the answering core that changes an answer shows here, line by line.
func TestGoldenOfflineAnswers(t *testing.T) {
	seed := testindex.Of(t, storybot.DefaultCorpus())
	news := testindex.Of(t, os.DirFS(filepath.Join("..", "testdata", "news")))
	sets := []struct {
		name, file string
		ix         *retrieval.Index
	}{
		{"eval", "eval.jsonl", seed},
		{"holdout", "holdout.jsonl", seed},
		{"casual-tune", "casual/tune.jsonl", seed},
		{"casual-holdout", "casual/holdout.jsonl", seed},
		{"news-tune", "news/questions-tune.jsonl", news},
		{"news-holdout", "news/questions-holdout.jsonl", news},
	}
	var got []goldenAnswer
	for _, s := range sets {
		cases, err := LoadFile(filepath.Join("..", "testdata", s.file))
		if err != nil {
			t.Fatal(err)
		}
		b := bot.New(s.ix, nil, bot.Options{}, nil)
		for _, c := range cases {
			a, err := b.Ask(context.Background(), bot.Question{Text: c.Question, Offline: true})
			if err != nil {
				t.Fatalf("%s %s: %v", s.name, c.ID, err)
			}
			got = append(got, golden(s.name, c, a))
		}
	}
	if len(got) < 280 {
		t.Fatalf("only %d questions asked; the sets hold 287", len(got))
	}
	compareGolden(t, "offline-answers.jsonl", got)
}

// scriptedReply is a model that always replies with the same text.
type scriptedReply string

func (s scriptedReply) Generate(context.Context, bot.GenerateRequest) (bot.GenerateResult, error) {
	return bot.GenerateResult{Text: string(s)}, nil
}

// TestGoldenModelReplies keeps what the claim check made of every labelled
// model reply in testdata/replies: the text shown, the claims dropped and the
// reason for a fallback.
func TestGoldenModelReplies(t *testing.T) {
	ix := testindex.Of(t, os.DirFS(filepath.Join("..", "testdata", "replies", "corpus")))
	var got []goldenAnswer
	for _, part := range []string{"tune", "holdout"} {
		f, err := os.ReadFile(filepath.Join("..", "testdata", "replies", part+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(f)), "\n") {
			var r struct {
				ID, Question, Reply string
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatal(err)
			}
			b := bot.New(ix, scriptedReply(r.Reply), bot.Options{}, nil)
			a, err := b.Ask(context.Background(), bot.Question{Text: r.Question})
			if err != nil {
				t.Fatalf("%s: %v", r.ID, err)
			}
			got = append(got, golden("replies-"+part, Case{ID: r.ID, Question: r.Question}, a))
		}
	}
	compareGolden(t, "model-replies.jsonl", got)
}
