package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// "The passages don't say how long / how many / when X" is false when a
// sentence tells of X with a length of time ("a 60-day state", the verb
// of lasting aside), a number, or a time (one topic word is enough beside
// one: "when the election is" of "elections next month"). Another X, or
// no answer of the kind, leaves the absence standing.
func TestAbsenceOfWhatAPassageAnswersByKind(t *testing.T) {
	const p = "The government announced a 60-day state of emergency for the prisons. Some candidates have pledged prison reforms. " +
		"This latest surge of violence comes during campaigning for presidential elections next month. Police said 14 inmates were taken to hospital.\n"
	runEdgeCases(t, []edgeCase{
		{"how long, a compound length", p, "The passages don't say how long the state of emergency lasts [1].", "absence:"},
		{"how long, another thing", p, "The passages don't say how long the curfew lasts [1].", ""},
		{"how long, no length", p, "The passages don't say how long the prison reforms will take [1].", ""},
		{"how many, a number", p, "The passages don't say how many inmates were taken to hospital [1].", "absence:"},
		{"how many, no number", p, "The passages don't say how many candidates pledged reforms [1].", ""},
		{"when, one topic word and a time", p, "The passages don't say when the election is [1].", "absence:"},
		{"when, one topic word and no time", p, "The passages don't say when the reforms start [1].", ""},
	})
}

// What a model says is missing must be missing from every passage it
// saw, not only the one its marker cites; a claim naming a passage speaks
// of that one.
func TestAbsenceReadAcrossPassages(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\nThe government announced a 60-day state of emergency for the prisons.\n\nLasso has regularly declared states of emergency in the prisons.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) < 2 {
		t.Fatalf("story cut into %d passages, want 2 at least", len(ps))
	}
	last := len(ps)
	for _, tt := range []struct{ claim, want string }{
		{"The passages don't say how long the state of emergency lasts; they only note that Lasso has regularly declared states of emergency in the prisons [" + itoa(last) + "].", "absence: passage " + itoa(last-1)},
		{"Passage " + itoa(last) + " doesn't say how long the state of emergency lasts [" + itoa(last) + "].", ""},
		{"This passage doesn't say how long the state of emergency lasts [" + itoa(last) + "].", ""},
		{"The article doesn't say how long the state of emergency lasts [" + itoa(last) + "].", ""},
	} {
		got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "How long is the emergency?", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// The answer of a kind must be one: a date, a year or another thing's
// count is no "how many"; "after" or "for" beside one topic word no
// "why"; the verb "may", "last year's" no "when"; "15-year-old" or
// "years ago" no "how long". (Review of the twelfth session.)
func TestAbsenceKindsNeedAnAnswerOfTheKind(t *testing.T) {
	for _, c := range []struct{ passage, claim string }{
		{"Police arrested protesters on March 12.\n", "The passages don't say how many protesters were arrested [1]."},
		{"In 2023, police arrested protesters outside the prison.\n", "The passages don't say how many protesters were arrested [1]."},
		{"Two officers said protesters were injured.\n", "The passages don't say how many protesters were injured [1]."},
		{"She resigned on Monday after 10 years in office.\n", "The passages don't say why she resigned [1]."},
		{"He was arrested for the third time on Monday.\n", "The passages don't say why he was arrested [1]."},
		{"The election may be delayed, officials said.\n", "The passages don't say when the election is [1]."},
		{"Last year's vote was marred by violence.\n", "The passages don't say when the vote is [1]."},
		{"The 25-year-old suspect was held in Quito.\n", "The passages don't say how long the suspect will be held [1]."},
		{"The curfew was imposed three weeks ago.\n", "The passages don't say how long the curfew lasts [1]."},
		{"The curfew went on for weeks.\n", "The passages don't say how long the curfew lasts [1]."},
		{"Turnout in the 2023 elections was high.\n", "The passages don't say how many elections there were [1]."},
	} {
		if got := edgeReason(t, c.passage, "What happened?", c.claim); got != "" {
			t.Errorf("%q against %q: reason %q, want none", c.claim, c.passage, got)
		}
	}
}

// The second review's cases: a count two words before its noun, a count
// beside the deed, "last week", "the next several weeks" answer; "the
// report on the riot" as what is missing reads every passage.
func TestAbsenceKindsSecondReview(t *testing.T) {
	for _, c := range []struct{ passage, claim string }{
		{"Officials said 15 prison guards were held hostage at a local jail.\n", "The passages don't say how many guards were held hostage [1]."},
		{"Officials said 31 inmates were killed in the violence.\n", "The passages don't say how many were killed [1]."},
		{"The riot began last week in the northern wing.\n", "The passages don't say when the riot began [1]."},
		{"The curfew will stay in force for the next several weeks.\n", "The passages don't say how long the curfew stays in force [1]."},
	} {
		if got := edgeReason(t, c.passage, "What happened?", c.claim); !strings.HasPrefix(got, "absence:") {
			t.Errorf("%q against %q: reason %q, want the absence said after all", c.claim, c.passage, got)
		}
	}
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\nThe government will publish the report on the riot on Friday.\n\nThe riot left the wing in ruins.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	claim := "The passages don't say when the government will publish the report on the riot [" + itoa(len(ps)) + "]."
	if got := droppedFor(checkClaims(splitClaims(claim, len(ps)), "When is the report out?", ps, evidenceOf(ps))); !strings.HasPrefix(got, "absence:") {
		t.Errorf("%q: reason %q, want the absence read against every passage", claim, got)
	}
}
