package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Markers in parentheses side by side ("(1)(2)") are each a marker: the
// second is not read as the number 2 of the claim.
func TestParenMarkersSideBySide(t *testing.T) {
	for in, want := range map[string]string{
		"seized from inside the prison (1)(2).":     "seized from inside the prison [1][2].",
		"seized from inside the prison (1)(2)(3).":  "seized from inside the prison [1][2][3].",
		"in 2023 (2023)(1).":                        "in 2023 (2023)[1].",
		"the toll rose (1) (2).":                    "the toll rose [1] [2].",
		"the toll rose to thirty-one (31)(1).":      "the toll rose to thirty-one (31)[1].",
		"(1) The toll rose.\n(2) Guards were held.": "(1) The toll rose.\n(2) Guards were held.", // a list's numbers
		"the toll rose  (1).":                       "the toll rose  (1).",                       // set apart by two spaces
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
		// (a passive or perfect as the event's own verb: the review's
		// cases, in review19_test.go)
		{"reversed, a verb first", "The port closed after being blockaded by the strikers.", "The port closed before being blockaded by the strikers [1].", "reverse order"},
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

// How far a denial reaches is no part of the fact it denies: "had not
// complied with human rights in every case" denies what the director's
// words state plainly. A denial of another fact still passes.
func TestDenialScopeWords(t *testing.T) {
	const p = "This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are."
	runEdgeCases(t, []edgeCase{
		{"in every case", p, "He admitted the operation had not complied with human rights in every case [1].", "negation"},
		{"not fully", p, "He said the operation had not fully complied with human rights [1].", "negation"},
		{"plain", p, "He admitted the operation had not complied with human rights [1].", "negation"},
		{"in all instances", p, "He admitted the operation had not complied with human rights in all instances [1].", "negation"},
		{"at all times", p, "He admitted the operation had not complied with human rights at all times [1].", "negation"},
		{"in all cases", p, "He admitted the operation had not complied with human rights in all cases [1].", "negation"},
		{"a denial the passage makes", p + " The raids were not announced in every case.", "He said the raids had not been announced in every case [1].", ""},
	})
}
