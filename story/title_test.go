package story

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// longStory is a newswire story longer than firstSentence's windows
// whose first sentence is first.
func longStory(first string) string {
	return " date 2023-07-26 STORY: " + first + strings.Repeat(" The guards were freed on Tuesday. Officials said 31 died.", 120)
}

// firstSentence finds the sentence a split of the whole text finds first,
// though it splits only a window of a long story.
func FuzzFirstSentence(f *testing.F) {
	for _, first := range []string{
		"Police retook the prison.",
		"Acme Corp. The company said it would act.",
		"The U.S. Treasury said on Feb. 26 it would act.",
		"WASHINGTON, Feb 26 - The U.S. Agriculture\n  Department said it would buy\n\n  grain.",
		strings.Repeat("word ", 400) + "end.",
		strings.Repeat("x", 1500) + ". Then more.",
		"",
	} {
		f.Add(longStory(first))
		f.Add(first)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		s := Parse("f.txt", txt)
		got, ok := firstSentence(txt, s.Body)
		all := text.Sentences(txt, s.Body, len(txt))
		if ok != (len(all) > 0) || ok && got != all[0] {
			t.Fatalf("firstSentence = %v, %v; the whole split's first is %v", got, ok, all[:min(1, len(all))])
		}
	})
}

func TestTitleOfALongStory(t *testing.T) {
	s := Parse("a.txt", longStory("Acme Corp. The company said it would act."))
	if want := "Acme Corp."; s.Title != want {
		t.Errorf("title %q, want %q", s.Title, want)
	}
	s = Parse("b.txt", longStory("The U.S. Treasury said on Feb. 26 it would act."))
	if want := "The U.S. Treasury said on Feb. 26 it would act."; s.Title != want {
		t.Errorf("title %q, want %q", s.Title, want)
	}
}
