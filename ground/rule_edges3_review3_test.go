package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// More edges: a rounded number exactly NearShare from the passage's is
// near it; "not just" denies nothing; "confirmed" with no "that" claims
// no verification; a claim that is itself a condition ("when talks
// broke down") states no outcome; an item the question names is no
// invented list item; "the most" the passage also says plainly is no
// "one of the most".
func TestMoreRuleEdgesReview3(t *testing.T) {
	for _, tt := range []struct{ passage, claim, notWant, want string }{
		{"250 inmates escaped.", "About 275 inmates escaped [1].", "number", ""},
		{"250 inmates escaped.", "About 225 inmates escaped [1].", "number", ""},
		{"250 inmates escaped.", "About 276 inmates escaped [1].", "", `number "276"`},
		{"Union leaders said the strike is not just about pay.", "Union leaders said the strike is about pay [1].", "negation", ""},
		{"Police announced the arrest of two men on Monday.", "Police confirmed the arrest of two men on Monday [1].", "modality", ""},
		{"Union leaders would call a strike when talks broke down.", "When talks broke down, union leaders called a strike [1].", "outcome", ""},
		{"Union leaders would call a strike when talks broke down.", "Union leaders called a strike [1].", "", "only as a plan"},
		{"Litoral is one of the most dangerous prisons in the country. Officials call it the most dangerous prison in Guayaquil.",
			"Litoral is the most dangerous prison in Guayaquil [1].", "quantifier", ""},
	} {
		st := " date 2023-07-27 STORY: Prison.\n\n" + tt.passage + "\n"
		got := droppedFor(verdictOn(t, st, tt.claim))
		if tt.notWant != "" && strings.Contains(got, tt.notWant) {
			t.Errorf("%q on %q: reason %q, want none of %q", tt.claim, tt.passage, got, tt.notWant)
		}
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
	// an item the question asks about, added to the passage's list, is
	// still an item the passage does not list: "Did police seize weapons
	// and explosives?" is not answered yes by footage of weapons and
	// ammunition. (Review 3 had it pass as the question's word; a blind
	// reply writer of the twenty-third session labelled the same answer
	// bad, and it is: no passage says explosives were seized.)
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Footage released by police showed automatic weapons and ammunition seized from inside the prison.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	claim := "Police seized automatic weapons, ammunition and explosives from inside the prison [1]."
	v := checkClaims(splitClaims(claim, len(ps)), "Did police seize weapons and explosives?", ps, evidenceOf(ps))
	if got := droppedFor(v); !strings.Contains(got, "listed item") {
		t.Errorf("%q asked about explosives: reason %q, want the listed item dropped", claim, got)
	}
}

// "The authority published" states the outcome "The prison authority
// published" does; the passage has it only as a plan ("would publish").
func TestPlanAfterTwoWordSubjectReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The prison authority said it would publish an updated list of transferred inmates on Thursday. " +
		"The union said the strike would continue until the operator agreed to a pay rise.\n"
	for _, claim := range []string{
		`The authority published an updated list of transferred inmates on Thursday [1].`,
		`The operator agreed to a pay rise [1].`,
	} {
		if got := droppedFor(verdictOn(t, st, claim)); !strings.Contains(got, "only as a plan") {
			t.Errorf("%q: reason %q, want the plan rule", claim, got)
		}
	}
}
