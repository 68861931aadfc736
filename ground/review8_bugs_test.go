package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Bugs the mutation review of this session's rules found (review8), each
// pinned where the rule decides.
func TestReview8Bugs(t *testing.T) {
	const buses = "Police said 14 inmates had been taken to hospital. A spokesperson said extra buses would run until midnight.\n"
	const agreed = "The union said the port operator had not agreed to a pay rise.\n"
	const leader = "Its leader was using the prison phones to give orders.\n"
	const lopez = "Maria Lopez spoke to reporters outside. Families gathered at the gate. \"They tell us nothing.\"\n"
	runEdgeCases(t, []edgeCase{
		// 3. a denial reported up to six words after "said"
		{"a denial five words after said", agreed, "The port operator agreed to a pay rise [1].", "negation"},
		// 6. "may be using": a five-letter -ing verb is an event too
		{"may be using", leader, "Its leader may be using the prison phones to give orders [1].", "supposes"},
	})
	const port = "The strike was called by the union after talks broke down. Two workers were killed at the port in March.\n"
	for _, tt := range []struct{ st, asked, claim, want string }{
		// 2. a count after "more" or "other" keeps its noun
		{buses, "Will there be buses for the families?", "Yes, 14 more buses will run until midnight [1].", `number "14" is said of "inmates"`},
		// 5. "in revenge for" is a motive the passage must draw
		{port, "Why did the union call the strike?", "The union called the strike in revenge for the deaths of two workers [1].", `link: the claim says "revenge"`},
	} {
		v := verdictWith(t, " date 2023-07-26 STORY: Port.\n\n"+tt.st, tt.asked, tt.claim)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// 7. a speaker named two sentences before the quotation is its speaker
	// for the name rule as for the speaker rule
	if got := edgeReason(t, lopez, "What did Maria Lopez say?", `Maria Lopez said: "They tell us nothing." [1: "They tell us nothing"]`); got != "" {
		t.Errorf("speaker two sentences back: reason %q, want none", got)
	}
}

// Spanish bugs of review8: a word after an article is no adjective of it
// (1), and "del 13 al 31" is a change as "de 13 a 31" is (4).
func TestReview8SpanishBugs(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nIn Esmeraldas, inmates took 15 prison guards hostage at a local jail. The attorney general raised the death toll from 18 to 31.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	ev := evidenceOf(ps)
	if g, _ := glossSpanish("En Esmeraldas, los penitenciarios tomaron como rehenes a 15 guardias", []int{1}, ev); !strings.Contains(g, "penitenciarios") {
		t.Errorf("the word after an article was dropped as an adjective: %q", g)
	}
	if g, _ := glossSpanish("15 guardias penitenciarios fueron tomados como rehenes", []int{1}, ev); strings.Contains(g, "penitenciarios") {
		t.Errorf("the adjective after a noun was kept: %q", g)
	}
	for _, tt := range []struct{ claim, want string }{
		{"El fiscal general elevó el número de muertos del 13 al 31 [1].", "from 13 to 31"},
	} {
		_, got := Check(tt.claim, "¿Qué pasó en Esmeraldas?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
