package ground

import (
	"strings"
	"testing"
)

// A title that is the story's first sentence (a full stop, MinLedeWords
// words) is text: its facts join the next sentence's. A short headline
// stays apart, supporting only what it says alone.
func TestLedeTitleIsText(t *testing.T) {
	const lede = " date 2023-08-03 STORY: Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday, leaving ships waiting at anchor.\n\n" +
		"The strike was called by the union after talks over pay broke down on Tuesday evening.\n"
	const headline = " date 2023-08-03 STORY: Dockworkers strike in Chile on Thursday\n\n" +
		"The strike was called by the union after talks over pay broke down on Tuesday evening.\n"
	for _, tt := range []struct{ name, story, claim, want string }{
		{"the lede's day with the next sentence", lede, "The walkout began on Thursday, after talks over pay broke down on Tuesday evening [1].", ""},
		{"a gap of days between the two", lede, "The walkout began on Thursday, two days after talks over pay broke down on Tuesday evening [1].", ""},
		{"a gap the days don't make", lede, "The walkout began on Thursday, four days after talks over pay broke down on Tuesday evening [1].", `number "4"`},
		{"a headline's day with the text", headline, "The walkout began on Thursday, after talks over pay broke down on Tuesday evening [1].", `date "thursday"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(verdictOn(t, tt.story, tt.claim))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
