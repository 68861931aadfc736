package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A quote narrows what a claim is checked against, not the story it is
// from: the title's names ("... in Ecuador") may be used with the quoted
// sentence as with a plain marker's passage. And a speaker given by a post
// the cited passage never mentions ("Ecuador's attorney general called the
// operation decisive" of a soundbite under the SNAI director's line) is
// another's words; the post the passage names, a loose one ("an
// official"), or a verb of saying past SpeakerReach is left alone.
func TestTitleNamesInAQuoteAndTheSpeakersPost(t *testing.T) {
	const st = " date 2023-07-26 STORY: Soldiers retake a rioting prison in Ecuador\n\nThe army entered the prison on Monday. Guards searched the cells.\n\nOn Monday, current President Guillermo Lasso declared a state of emergency. SNAI GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING: \"This operation has been decisive.\""
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 3, MaxBytes: 1000})
	last := len(ps)
	for _, tt := range []struct{ name, claim, want string }{
		{"a title name with a quote", "He is Ecuador's current president, Guillermo Lasso [N: \"current President Guillermo Lasso\"].", ""},
		{"another's post", "Ecuador's attorney general called the operation decisive [N: \"This operation has been decisive\"].", "who: the claim gives the words to a attorney"},
		{"the passage's post", "The SNAI's general director called the operation decisive [N: \"This operation has been decisive\"].", ""},
	} {
		claim := strings.ReplaceAll(tt.claim, "[N:", "["+itoa(last)+":")
		got := droppedFor(checkClaims(splitClaims(claim, len(ps)), "What happened?", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q: reason %q, want %q", tt.name, claim, got, tt.want)
		}
	}
	ev := evidenceOf(ps)
	for _, claim := range []string{
		"on the first day of the long operation the attorney general said it was decisive",
		"an official called the operation decisive",
	} {
		if got := speakerRoleRule(strings.Fields(claim), []int{last}, ev); got != "" {
			t.Errorf("%q: %q, want no reason (past SpeakerReach, or a loose post)", claim, got)
		}
	}
	if got := speakerRoleRule(strings.Fields("the attorney general said it was decisive"), []int{last}, ev); got == "" {
		t.Error("a post the passage never mentions, within reach: no reason")
	}
	// Narrowed to the soundbite's sentence, the passage still names the
	// president (in the sentence before it): the whole view is read.
	e := &ev[last-1]
	q := e.sents[len(e.sents)-1]
	narrowed := []evidence{e.narrow([]text.Span{{Start: q.start, End: q.end}})}
	if narrowed[0].words["president"] {
		t.Fatal("the narrowed view kept the president's sentence; the test reads nothing")
	}
	if !roleInCited("president", []int{1}, narrowed) {
		t.Error("a post of the passage outside the quoted sentence read as never mentioned")
	}
}

func itoa(n int) string { return string(rune('0' + n)) }
