package ground

import (
	"strings"
	"testing"
)

// "due" draws a cause only as "due to": "due on Friday" is a date.
func TestDueWithoutToDrawsNoCause(t *testing.T) {
	const p = "Tenants pay rent on Friday.\n"
	runEdgeCases(t, []edgeCase{
		{"due on", p, "Rent is due on Friday [1].", ""},
		{"because", p, "Tenants pay rent on Friday because the bank closes [1].", "link"},
	})
}

// A time order the anchor itself uses ("after the vote") is no reversal,
// even when the same sentence has the opposite word for another event.
func TestTimeOrderTheAnchorUses(t *testing.T) {
	const p = "Before the vote, the mayor spoke; after the vote, the council met.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's order", p, "The council met after the vote [1].", ""},
	})
	runEdgeCases(t, []edgeCase{
		{"reversed", "The mayor spoke before the council voted.\n", "The mayor spoke after the council voted [1].", "reverse order"},
	})
}

// A "how" question asks for a mechanism: a cause in the answer reports
// what was asked; to "What happened?" the same claim asserts a link the
// passage does not draw.
func TestHowQuestionAsksForACause(t *testing.T) {
	const p = "The toll rose to 31 dollars.\n\nDrivers now pay more.\n"
	const claim = "Drivers now pay more because the toll rose [1]."
	if got := edgeReason(t, p, "How does the toll affect drivers?", claim); got != "" {
		t.Errorf("asked how: dropped %q", got)
	}
	if got := edgeReason(t, p, "What happened?", claim); !strings.Contains(got, `link: the claim says "because"`) {
		t.Errorf("asked what happened: reason %q, want the link", got)
	}
}

// An outcome verb after "to be" two words back is an infinitive: waiting
// to be released is not being released.
func TestOutcomeAfterToBeIsNotStated(t *testing.T) {
	const p = "The guards are waiting in the jail.\n"
	runEdgeCases(t, []edgeCase{
		{"to be released", p, "The guards are waiting to be released [1].", ""},
		{"released", p, "The guards were released from the jail [1].", `outcome "released"`},
	})
}

// An outcome the claim words with a synonym the passage's verb has
// ("seized" for "captured") is the passage's outcome.
func TestOutcomeSynonymOfTheClaimsVerb(t *testing.T) {
	const p = "Soldiers captured the port.\n"
	runEdgeCases(t, []edgeCase{
		{"synonym", p, "Soldiers seized the port [1].", ""},
		{"other outcome", p, "Soldiers bombed the port [1].", `outcome "bombed"`},
	})
}

// A progressive ("were escaping") states the outcome: the passage must
// hold it.
func TestProgressiveOutcomeIsStated(t *testing.T) {
	const p = "The inmates were fighting in the prison on Monday.\n"
	runEdgeCases(t, []edgeCase{
		{"passage's verb", p, "The inmates were fighting in the prison on Monday [1].", ""},
		{"progressive outcome", p, "The inmates were escaping from the prison on Monday [1].", `outcome "escaping"`},
	})
}

// A day moved to another event is caught only for an event of two words:
// "rained" alone is too little to tell events apart, and the passage may
// give the event on several days.
func TestDayBindingNeedsTwoWordsAndAnotherDayOnly(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"one-word event", "It rained on Sunday and Monday.\n", "It rained on Monday [1].", ""},
		{"said on both days", "Crews worked on Sunday. Crews worked on Monday.\n", "Crews worked on Monday [1].", ""},
		{"moved", "Crews worked on Sunday. The mayor spoke on Monday.\n", "Crews worked on Monday [1].", `day: the passage says "crew work" happened on sunday`},
	})
}

// The anchor holds every sentence sharing 60% as many of the claim's words
// as the best one: a cause drawn in such a sentence supports "because".
func TestCauseDrawnInASecondAnchorSentence(t *testing.T) {
	const p = "Families gathered outside the prison gate on Monday night.\n\n" +
		"The families had heard nothing from the guards, so they waited.\n"
	runEdgeCases(t, []edgeCase{
		{"second anchor sentence", p, "Families gathered outside the prison gate because they had heard nothing from the guards [1].", ""},
	})
	const far = "Families gathered outside the prison gate on Monday night.\n\n" +
		"The guards said nothing, so reporters left.\n"
	runEdgeCases(t, []edgeCase{
		{"cause about something else", far, "Families gathered outside the prison gate on Monday night because of the guards [1].", `link`},
	})
}
