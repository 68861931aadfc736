package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The edges of a reply's opening short answer: up to LeadAnswerWords (8)
// words it inherits the markers after it, a ninth makes it a sentence; a
// verb in -ed of four letters ("died", "fled") or an auxiliary ("is",
// "was") makes it a sentence too, which must cite. A label of up to 31
// letters ("**Short answer:**") is no part of the answer, and a heading
// before it ("### Answer") is structure, not the answer.
func TestLeadAnswerEdgesReview8(t *testing.T) {
	const em = " date 2023-07-26 STORY: Prison.\n\n" +
		"The government announced a 60-day state of emergency for the prisons. Lasso declared a state of emergency in Manabi and Los Rios.\n"
	const toll = " date 2023-07-26 STORY: Prison.\n\nThe attorney general raised the death toll from the violence to 31.\n"
	const fled = " date 2023-07-26 STORY: Prison.\n\nSixty inmates fled the prison on Friday.\n"
	const cited = "\n\nThe government announced a 60-day state of emergency for the prisons [1]."
	for _, tt := range []struct{ st, reply, want string }{
		{em, "**Answer:** Sixty days, for the prisons of the country." + cited, ""},                     // eight words
		{em, "**Answer:** Sixty days, for all the prisons of the country." + cited, "cites no passage"}, // nine
		{toll, "**Answer:** 31 died.\n\nThe attorney general raised the death toll to 31 [1].", "cites no passage"},
		{fled, "Sixty fled.\n\nSixty inmates fled the prison on Friday [1].", "cites no passage"},
		{toll, "The toll is 31.\n\nThe attorney general raised the death toll to 31 [1].", "cites no passage"},
		{em, "It was sixty days." + cited, "cites no passage"},
		{em, "**Short answer:** Manabi and Los Rios.\n\nLasso declared a state of emergency in Manabi and Los Rios [1].", ""},
		{em, "### Answer\n\nSixty days." + cited, ""},
	} {
		v := verdictOn(t, tt.st, tt.reply)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.reply, got, tt.want)
		}
	}
}

// An opening answer that already inherits the markers ending its own
// paragraph keeps them: "Ninety days." before a sentence citing the
// 60-day passage is checked against that passage only, not against every
// passage the reply cites later.
func TestLeadAnswerKeepsItsParagraphsMarkersReview8(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\n"+
		"The government announced a 60-day state of emergency for the prisons.\n\nLasso later extended the emergency to ninety days.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	sixty, ninety := 0, 0
	for i, p := range ps {
		switch {
		case strings.Contains(p.Text, "60-day"):
			sixty = i + 1
		case strings.Contains(p.Text, "ninety"):
			ninety = i + 1
		}
	}
	if sixty == 0 || ninety == 0 {
		t.Fatalf("no passage of each sentence in %+v", ps)
	}
	reply := "Ninety days. The government announced a 60-day state of emergency for the prisons [" + string(rune('0'+sixty)) + "].\n\n" +
		"Lasso later extended the emergency to ninety days [" + string(rune('0'+ninety)) + "]."
	v, _ := Check(reply, "What happened?", ps)
	if got := droppedFor(v); !strings.Contains(got, `number "90" is not in passage `+string(rune('0'+sixty))) {
		t.Errorf("%q: reason %q, want the opening answer dropped against passage %d alone", reply, got, sixty)
	}
}
