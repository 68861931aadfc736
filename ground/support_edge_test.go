package ground

import (
	"strings"
	"testing"
)

// A month the passage abbreviates to three letters ("Jun") is there; a
// month it does not give is not.
func TestMonthAbbreviatedInThePassage(t *testing.T) {
	const p = "Crews reopened the harbour on Jun 5. Boats returned in Sept.\n"
	runEdgeCases(t, []edgeCase{
		{"three letters", p, "Crews reopened the harbour in June [1].", ""},
		{"four letters", p, "Boats returned in September [1].", ""},
		{"another month", p, "Crews reopened the harbour in August [1].", `date "august"`},
	})
}

// A quotation of up to ShortQuote words whose words the passage holds,
// in another order, is the claim's own words; a longer one must be there
// verbatim.
func TestShortQuoteLimit(t *testing.T) {
	const p = "The winter was very cold and long, a report said.\n"
	runEdgeCases(t, []edgeCase{
		{"four words", p, `The report called it "a very cold winter" [1].`, ""},
		{"five words", p, `The report called it "a very cold long winter" [1].`, `quotation "a very cold long winter" is not in passage 1`},
	})
}

// A word of the question counts for less than a word of the passage: it
// tips a claim over MinContentShare only with enough of the passage's own
// words. Three passage words and one question word of six pass (3.75 of
// 6); of seven they do not (3.75 < 0.55 x 7).
func TestQuestionWordsCountLess(t *testing.T) {
	const p = "Crews repaired the bridge.\n"
	const asked = "What happened to the harbour?"
	for _, tt := range []struct{ claim, want string }{
		{"Crews repaired the harbour bridge with painted timbers [1].", ""},
		{"Crews repaired the harbour bridge with golden painted timbers [1].", `words "golden paint timber"`},
	} {
		if got := edgeReason(t, p, asked, tt.claim); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A rounded number ("about 240") passes within NearShare of the
// passage's, above or below it, and is bound to its noun as the passage's
// number is.
func TestRoundedNumberWithinNearShare(t *testing.T) {
	const p = "250 inmates escaped.\n"
	runEdgeCases(t, []edgeCase{
		{"just below", p, "About 240 inmates escaped [1].", ""},
		{"just above", p, "About 270 inmates escaped [1].", ""},
		{"far below", p, "About 100 inmates escaped [1].", `number "100"`},
		{"far above", p, "About 300 inmates escaped [1].", `number "300"`},
	})
}

// A year the passage writes short ("2007–11") is there only after a year
// of the same century: "11 goals" and 1998 make no 2011.
func TestShortYearNeedsTheSameCentury(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"range", "He played for the club in 2007–11.\n", "He played for the club until 2011 [1].", ""},
		{"another century", "He joined the club in 1998 and scored 11 goals.\n", "He left the club in 2011 [1].", `number "2011"`},
	})
}

// A quotation is attributed to a speaker the passage names in its
// sentence, up to two before, or the one after it; not two after.
func TestSpeakerNamedInTheSentenceAfterTheQuote(t *testing.T) {
	const claim = `Prison chief Guillermo Rodriguez said "We will not negotiate with the gangs" [1].`
	runEdgeCases(t, []edgeCase{
		{"one after", "\"We will not negotiate with the gangs.\" That was the view of Guillermo Rodriguez, the prison chief.\n\nThe talks ended.\n", claim, ""},
		{"two after", "\"We will not negotiate with the gangs.\" The talks ended. That was the view of Guillermo Rodriguez, the prison chief.\n", claim, "not attributed to Guillermo Rodriguez"},
	})
}

// A weekday opening a claim is no actor, though the passage writes it
// capitalised inside a sentence; a name there is.
func TestWeekdayOpeningAClaimIsNoActor(t *testing.T) {
	const p = "Heavy rain fell on the harbour on Tuesday, President Lasso said.\n"
	runEdgeCases(t, []edgeCase{
		{"weekday", p, "Tuesday brought heavy rain to the harbour [1].", ""},
		{"name", p, "Lasso brought heavy rain to the harbour [1].", `what the claim says of "Lasso"`},
	})
}

// An absence claim is refuted only when a sentence holds three or more of
// its own words: "when the bridge reopens" (two) is the claim's topic,
// which a sentence may share without saying when.
func TestAbsenceRefutedByThreeOwnWords(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"two words", "Nobody knows when the bridge reopens.\n", "The passages don't say when the bridge reopens [1].", ""},
		{"said after all", "The old bridge reopens on Monday.\n", "The passages don't say that the old bridge reopens on Monday [1].", "absence: passage 1 says"},
	})
}

// Only a quotation of three words or more can be the whole claim, read
// as the model's own statement; a two-word one is checked as a quotation.
func TestTwoWordQuotedClaimIsAQuotation(t *testing.T) {
	const p = "Officials told residents to stay indoors.\n"
	runEdgeCases(t, []edgeCase{
		{"in the passage", p, `"Stay indoors" [1].`, ""},
		{"not in the passage", p, `"Stay home" [1].`, `quotation "Stay home" is not in passage 1`},
	})
}

// A claim that quotes is read by its quotation, not by the deed of the
// name it opens with: "praised ... as \"decisive\"" reports the quote.
func TestQuotingClaimHasNoDeedToCheck(t *testing.T) {
	const p = "Guillermo Rodriguez spoke on Tuesday. \"This operation has been decisive,\" he said.\n"
	runEdgeCases(t, []edgeCase{
		{"quoting", p, `Rodriguez praised the operation as "decisive" [1].`, ""},
		{"not quoting", p, `Rodriguez praised the operation [1].`, `what the claim says of "Rodriguez"`},
	})
}
