package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// "The passages do not mention any hostages being taken" is refuted by a
// passage telling of hostages held: "any" makes two words of what is
// missing as specific as "whether" does. Without "any" or "whether", two
// words stay too few to refute ("do not mention hostages taken"), and a
// passage without them leaves the "any" claim standing.
func TestAbsenceOfAnyTwoWords(t *testing.T) {
	const noHostages = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31."
	for _, tt := range []struct {
		passage, claim string
		refuted        bool
	}{
		{officePassage, "The passages do not mention any hostages being taken.", true},
		{officePassage, "The passages don't mention any guards held.", true},
		{officePassage, "The passages do not mention hostages being taken.", false},
		{noHostages, "The passages do not mention any hostages being taken.", false},
	} {
		got := titledReason(t, "Ecuador prison riot", tt.passage, "Were any hostages taken during the unrest?", tt.claim)
		if tt.refuted != strings.Contains(got, "absence") {
			t.Errorf("%q against %q: reason %q, want refuted %v", tt.claim, tt.passage, got, tt.refuted)
		}
	}
}

// Markers in parentheses side by side ("(1)(2)") are each a marker: the
// second is not read as the number 2 of the claim.
func TestParenMarkersSideBySide(t *testing.T) {
	for in, want := range map[string]string{
		"seized from inside the prison (1)(2).":    "seized from inside the prison [1][2].",
		"seized from inside the prison (1)(2)(3).": "seized from inside the prison [1][2][3].",
		"in 2023 (2023)(1).":                       "in 2023 (2023)[1].",
		"the toll rose (1) (2).":                   "the toll rose [1] [2].",
	} {
		if got := normalizeMarkers(in, 5); got != want {
			t.Errorf("normalizeMarkers(%q) = %q, want %q", in, got, want)
		}
	}
}

// The event a claim orders with "before" or "after" ends at its clause's
// verb: "the talks that broke down before the strike were about pay" puts
// the strike after the talks, and says nothing of when the pay came,
// which the passage's "after talks over pay" must not reverse. An order
// reversed within the event still is.
func TestOrderedEventEndsAtItsVerb(t *testing.T) {
	const strike = "The strike began on Wednesday after talks over pay and night-shift safety broke down on Tuesday evening."
	runEdgeCases(t, []edgeCase{
		{"event then its verb", strike, "The talks that broke down before the strike were about pay and night-shift safety [1].", ""},
		{"reversed, one word", "The strike began before the talks were over.", "The strike began after the talks were over [1].", "reverse order"},
		{"reversed, a phrase", strike, "The strike began before talks over pay broke down [1].", "reverse order"},
		{"reversed, a verb first", "The port closed after being blockaded by the strikers.", "The port closed before being blockaded by the strikers [1].", "reverse order"},
	})
}

// A count of people WordNet names ("200 volunteers") is bound to its
// noun as the listed groups are: the passage's "about 200 families" is no
// count of volunteers. A general noun of people ("31 victims") may stand
// for the passage's group ("31 inmates").
func TestPersonNounCountBound(t *testing.T) {
	const church = "Volunteers from a local church handed out water, bread and blankets to about 200 families."
	runEdgeCases(t, []edgeCase{
		{"volunteers for families", church, "200 volunteers from a local church handed out water and bread [1].", `number "200" is said of "families"`},
		{"bankers for families", church, "About 200 bankers handed out blankets [1].", `number "200" is said of "families"`},
		{"families kept", church, "Church volunteers gave water and blankets to about 200 families [1].", ""},
		{"victims for inmates", "Officials said 31 inmates died in the clashes.", "Officials said 31 victims died in the clashes [1].", ""},
		{"one volunteer for one civilian", "One civilian was hurt in the attack.", "One volunteer was hurt in the attack [1].", `number "1" is said of "civilian"`},
		{"volunteers for bankers", "About 200 bankers were handing out blankets.", "About 200 volunteers were handing out blankets [1].", `number "200" is said of "bankers"`},
		{"one victim for one civilian", "One civilian was hurt in the attack.", "One victim was hurt in the attack [1].", ""},
	})
}

// "Frente a" says where: "frente a la costa" is off the coast (as the
// passage says it), "frente a la cárcel" outside it; never the noun
// "front".
func TestFrenteAIsWhere(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	for _, tt := range []struct{ passage, es, want string }{
		{"More than forty cargo ships were left waiting at anchor off the coast.", "Los barcos esperaban frente a la costa.", " off "},
		{"Relatives waited outside the prison.", "Los familiares esperaban frente a la cárcel.", " outside "},
	} {
		s := story.Parse("s.txt", " date 2023-07-26 STORY: Riot.\n\n"+tt.passage+"\n")
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		got, ok := glossSpanish(tt.es, []int{1}, evidenceOf(ps))
		if !ok || !strings.Contains(got, tt.want) || strings.Contains(got, "front") {
			t.Errorf("glossSpanish(%q) = %q, want %q", tt.es, got, tt.want)
		}
	}
}
