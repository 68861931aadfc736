package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A denial reported after a verb of saying reaches the fourth word of the
// reported clause ("said her son had not called"): a claim stating it
// states what the passage denies.
func TestReportedNegationFourthWordReview8(t *testing.T) {
	const p = "Maria Quiroz said her son had not called since Friday.\n"
	runEdgeCases(t, []edgeCase{
		{"the denial stated", p, "Her son called on Friday [1].", `negation: the passage denies "call"`},
		{"the denial kept", p, "Her son has not called since Friday [1].", ""},
	})
}

// A bound on a rounding the passage also bounds is the passage's ("about
// 200" and "more than 200"); where it gives the number both rounded and
// exact, a bound is reported against the rounding.
func TestBoundOfARoundingEdgesReview8(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the passage bounds it too", "Volunteers handed out blankets to about 200 families. By Friday, more than 200 families had come.\n", "Volunteers gave blankets to more than 200 families [1].", ""},
		{"rounded and exact", "Volunteers handed out blankets to about 200 families. The church fed 200 families.\n", "Volunteers gave blankets to nearly 200 families [1].", "precision: the passage gives about 200, the claim a bound"},
	})
}

// "Full" before any naming noun ("the full text", "its full title")
// quantifies nothing; "only" reaches the passages five words on ("the only
// casualty figure in the passages") and "these passages" as "the
// passages".
func TestWholeAndOnlyTalkEdgesReview8(t *testing.T) {
	const union = "Two workers were killed in separate accidents at the port in March, according to the union.\n"
	runEdgeCases(t, []edgeCase{
		{"the full text", "The government published the text of the decree on Tuesday.\n", "The government published the full text of the decree on Tuesday [1].", ""},
		{"the full title", "The decree's title is Decree 824.\n", "The decree's full title is Decree 824 [1].", ""},
		{"only, five words to the passages", union, "The only casualty figure in the passages is the union's: two workers were killed at the port in March [1].", ""},
		{"only, these passages", union, "The only figure these passages give is the union's: two workers were killed at the port in March [1].", ""},
	})
}

// "Why" after "were" or "'re" draws a cause as after "is" and "are".
func TestWhyAfterPluralPastReview8(t *testing.T) {
	const p = "Two workers were killed at the port in March. The strike was called after talks broke down.\n"
	runEdgeCases(t, []edgeCase{
		{"were why", p, "Those deaths were why the strike was called [1].", `link: the claim says "why"`},
		{"they're why", p, "The deaths, they're why the strike was called [1].", `link: the claim says "why"`},
	})
}

// To a why question, "provoked" and "in response to" give a motive that
// needs the passage's link, as "prompted" does. "Cause" after an
// adjective in -al ("a local cause") is a noun of no link.
func TestMotiveAndCauseNounEdgesReview8(t *testing.T) {
	const strike = "The strike was called by the union after talks broke down. Two workers were killed at the port in March.\n"
	const charity = "Half the proceeds go to charity.\n"
	for _, tt := range []struct{ passage, asked, claim, want string }{
		{strike, "Why did the union call the strike?", "The deaths of two workers in March provoked the strike [1].", `link: the claim says "provoked"`},
		{strike, "Why did the union call the strike?", "The union called the strike in response to the deaths of two workers in March [1].", `link: the claim says "response"`},
		{charity, "What happens to the proceeds?", "Half the proceeds go to a local cause [1].", ""},
		{charity, "What happens to the proceeds?", "Half the proceeds go to a national cause [1].", ""},
	} {
		if got := edgeReason(t, tt.passage, tt.asked, tt.claim); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A supposition within the five words after its hedge: "possibly fled
// from the city to Colombia" supposes the flight to Colombia the passage
// states. A supposition most of whose words no one sentence holds ("fled
// old overcrowded coastal prisons") is not the passage's statement made
// unsure. "Reportedly" of a sentence attributed by "according to" is a
// fair reading; "may" of a sentence that attributes is not; "possibly
// also fled" supposes the flight; a passage that says it under "if" is
// unsure too.
func TestAddedHedgeEdgesReview8(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the fifth word", "The gang controls the city. Its leader fled to Colombia.\n", "Its leader possibly fled from the city to Colombia [1].", "supposes"},
		{"mostly words of other sentences", "Its leader fled the prison on Monday. The prison is old. It is overcrowded. It stands on the coast.\n", "Its leader probably fled old overcrowded coastal prisons [1].", ""},
		{"reportedly, according to", "Dockworkers walked off the job on Thursday, according to the union.\n", "Dockworkers reportedly walked off the job on Thursday [1].", ""},
		{"may, of a report", "The union said it wants two extra safety inspectors on every night shift.\n", "The union may be seeking two extra safety inspectors on every night shift [1].", "supposes"},
		{"possibly also", "Its leader fled the prison before the raid.\n", "Its leader possibly also fled the prison before the raid [1].", "supposes"},
		{"the passage's if", "If the guards left, its leader fled the prison before the raid.\n", "Its leader possibly fled the prison before the raid [1].", ""},
	})
}

// "When" before a simple past four words on tells when and states the
// event ("ended when the operator finally agreed"). Before no simple past
// ("until the need ends", "until the two sides set a date", where "set"
// may be the present), or with "will" or "would" before its verb ("until
// workers would be paid"), it is a condition.
func TestConditionalEdgesReview8(t *testing.T) {
	const p = "The union said the strike would continue until the operator agreed to a 9 percent pay rise.\n"
	runEdgeCases(t, []edgeCase{
		{"a past verb four words on", p, "The strike ended when the operator finally agreed to a 9 percent pay rise [1].", "only as a plan or a condition"},
	})
	for _, tt := range []struct {
		claim string
		cond  bool
	}{
		{"the strike ended when the operator finally agreed", false},
		{"the strike will go on until workers would be paid more", true},
		{"extra buses run until the need ends", true},
		{"workers stay out until the two sides set a date for talks", true},
	} {
		if got := conditional(text.Words(tt.claim)); got != tt.cond {
			t.Errorf("conditional(%q) = %v, want %v", tt.claim, got, tt.cond)
		}
	}
}
