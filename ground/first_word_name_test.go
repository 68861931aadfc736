package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A claim's first word is a name when one of the passages writes it as
// one: it must then be in the passage the claim cites ("Quiroz also handed
// out water [2]" where passage 2 is the church volunteers'), as any name
// must. A first word the cited passage holds passes.
func TestFirstWordNameMustBeInTheCitedPassage(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\n"+
		"Maria Quiroz said she had not heard from her son since Friday.\n\n"+
		"Volunteers from a local church handed out water and blankets to about 200 families.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	mother, church := 0, 0
	for i, p := range ps {
		switch {
		case strings.Contains(p.Text, "Quiroz") && !strings.Contains(p.Text, "church"):
			mother = i + 1
		case strings.Contains(p.Text, "church") && !strings.Contains(p.Text, "Quiroz"):
			church = i + 1
		}
	}
	if mother == 0 || church == 0 {
		t.Fatalf("no passage of the mother alone and of the church alone in %+v", ps)
	}
	cite := func(claim string, n int) string { return strings.Replace(claim, "[n]", "["+string(rune('0'+n))+"]", 1) }
	for _, tt := range []struct {
		claim string
		n     int
		want  string
	}{
		{"Quiroz also handed out water and blankets to about 200 families [n].", church, `name "Quiroz"`},
		{"Quiroz had not heard from her son since Friday [n].", mother, ""},
		{"Volunteers handed out water and blankets to about 200 families [n].", church, ""},
	} {
		v := checkClaims(splitClaims(cite(tt.claim, tt.n), len(ps)), "What did Maria Quiroz say?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
