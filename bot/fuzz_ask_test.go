package bot

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// FuzzAskOffline: any question, alone or as a follow-up, gets an answer or
// a clear error, never a panic, and every citation is the cited story's
// own bytes. (It found none of its own yet; the nounDoer panic of
// 2026-12-05 was found by asking SQuAD part A.)
func FuzzAskOffline(f *testing.F) {
	for _, q := range []string{
		"How many people died?", "how many ppl died in the big prisin fight in guayaquil in july??",
		"who governed Samarqand", "which prison was it tho", "and who said that",
		"what hours is the curfew in Duran, my cousin works nights there", "cuantos muertos hubo en la carcel",
		"how many bad guys can fit in the giant new jail", "¿?", "the the the", "who who", "Governor governor governed",
		"was it in Guayaquil", "summary 2", "\"", "123 456", "how many 31 of them", "what % of them",
	} {
		f.Add(q, "how many died")
	}
	ix := testindex.News(f)
	b := New(ix, nil, DefaultOptions(), nil)
	texts := map[string]string{}
	for _, s := range ix.Stories() {
		texts[s.Source] = s.Text
	}
	f.Fuzz(func(t *testing.T, q, last string) {
		if !utf8.ValidString(q) || !utf8.ValidString(last) {
			return
		}
		hist := []Turn{{Question: last, Answer: "The stories don't say."}}
		for _, h := range [][]Turn{nil, hist} {
			a, err := b.Ask(context.Background(), Question{Text: q, Offline: true, History: h})
			if err != nil {
				if _, cerr := CheckQuestion(q); cerr == nil {
					t.Fatalf("Ask(%q): %v", q, err)
				}
				continue
			}
			for _, c := range a.Citations {
				src, ok := texts[c.Source]
				if !ok || c.Start < 0 || c.End > len(src) || c.Start > c.End {
					t.Fatalf("Ask(%q): citation %s#%d-%d out of its story", q, c.Source, c.Start, c.End)
				}
				if src[c.Start:c.End] != c.Quote {
					t.Fatalf("Ask(%q): quote %q is not the story's bytes %q", q, c.Quote, src[c.Start:c.End])
				}
			}
		}
	})
}
