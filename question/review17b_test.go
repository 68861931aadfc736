package question

import "testing"

// "how" before an adverb or adjective asks a degree, a speed, a time or a
// judgement, not a method, whatever verb follows: "how fast did the police
// retake the prison" wants how long it took, "how early did the clashes
// start" a time, "how effective have the states of emergency been" a
// judgement. howDegreeQ lists only some of these words.
func TestReview17bHowDegreeNotMethod(t *testing.T) {
	for _, q := range []string{
		"how fast did the police retake the prison",
		"how quickly did the army regain control",
		"how early did the clashes start",
		"how deadly did the riot get",
		"how violent did it get in esmeraldas",
		"how frequently does lasso declare states of emergency",
		"how effective have the states of emergency been",
	} {
		t.Run(q, func(t *testing.T) {
			if got := FormOf(q).WhyHow; got == "how" {
				t.Errorf("%q: read as a method question (how), want no method asked", q)
			}
		})
	}
}

// A remark that someone has not said how, like "the footage doesnt show
// how", asks no method; "explained" is "explain" as "showed" is "show".
func TestReview17bTellingHowNotMethod(t *testing.T) {
	for _, q := range []string{
		"the police haven't explained how",
	} {
		t.Run(q, func(t *testing.T) {
			if got := FormOf(q).WhyHow; got == "how" {
				t.Errorf("%q: read as a method question (how), want none", q)
			}
		})
	}
}

// The uninverted "how" as people type it, with a plain noun subject and a
// plain verb ("how inmates got the guns inside", "how guards were taken
// hostage"), and "but how?" closing a remark, asks a method as "how they
// get in" does.
func TestReview17bHowPlainMissed(t *testing.T) {
	for _, q := range []string{
		"how inmates got the guns inside?",
		"how guards were taken hostage in esmeraldas",
		"so they retook the prison. but how?",
	} {
		t.Run(q, func(t *testing.T) {
			if got := FormOf(q).WhyHow; got != "how" {
				t.Errorf("%q: WhyHow %q, want how", q, got)
			}
		})
	}
}
