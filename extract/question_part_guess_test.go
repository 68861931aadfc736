package extract

import "testing"

// questionPart ends the wh-question at its "?": a guess after it ("wasnt
// it like 50 dead?") is a claim the answer corrects, so its number is no
// condition; another question after it stays.
func TestQuestionPartEndsAtItsMark(t *testing.T) {
	for q, want := range map[string]string{
		"how many ppl died in that prison? wasnt it like 50 dead?": "how many ppl died in that prison?",
		"who won?? and when did they win":                          "who won?? and when did they win",
		"Guayaquil floods: 10 dead?? what's the real number":       "? what's the real number",
		"how many died in 2019":                                    "how many died in 2019",
	} {
		if got := questionPart(q); got != want {
			t.Errorf("questionPart(%q) = %q, want %q", q, got, want)
		}
	}
}
