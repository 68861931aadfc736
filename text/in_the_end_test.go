package text

import "testing"

// "In the end" closing a question asks for nothing of its own; inside one
// it is kept ("the end of the cup" may be its final).
func TestRephraseInTheEnd(t *testing.T) {
	for q, want := range map[string]string{
		"how many died in the end":                    "how many died",
		"how many died in the end?":                   "how many died?",
		"how many people were killed, all told?":      "how many people were killed?",
		"who scored in the end of the cup":            "who scored in the end of the cup",
		"what happened in the end of the siege today": "what happened in the end of the siege today",
	} {
		if got := Rephrase(q); got != want {
			t.Errorf("Rephrase(%q) = %q, want %q", q, got, want)
		}
	}
	if !IsChatFiller("eli5") {
		t.Error("eli5 is not chat filler")
	}
}
