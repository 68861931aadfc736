package text

import (
	"strings"
	"testing"
)

// Review 36b: "in there" at a clause's end read "inside". Expectations
// are argued from what the asker means.

// "hanging in there" is an idiom (holding on), not a place.
func TestReview36bInThereHangIn(t *testing.T) {
	const q = "are the hostages' families hanging in there?"
	if got := Rephrase(q); got != q {
		t.Errorf("Rephrase(%q) = %q, want it unchanged", q, got)
	}
}

// "turn himself in" is surrendering; "there" is at that place. "turn
// himself inside" says something else.
func TestReview36bInThereTurnHimselfIn(t *testing.T) {
	const q = "did the suspect turn himself in there?"
	if got := Rephrase(q); got != q {
		t.Errorf("Rephrase(%q) = %q, want it unchanged", q, got)
	}
}

// "in there" here is in the article the asker reads, not inside a place.
func TestReview36bInThereTheArticle(t *testing.T) {
	const q = "is the death toll mentioned in there?"
	if got := Rephrase(q); got != q {
		t.Errorf("Rephrase(%q) = %q, want it unchanged", q, got)
	}
}

// "so far" asks for nothing (Rephrase drops it); what is left is "in
// there" at the clause's end, which is "inside".
func TestReview36bInThereSoFar(t *testing.T) {
	const q = "what did they find in there so far?"
	if got := Rephrase(q); !strings.Contains(got, "inside") {
		t.Errorf("Rephrase(%q) = %q, want \"inside\"", q, got)
	}
}

// "at the time" is a time after the place, as "during"/"when" are.
func TestReview36bInThereAtTheTime(t *testing.T) {
	const q = "how many guards were in there at the time?"
	if got := Rephrase(q); !strings.Contains(got, "inside") {
		t.Errorf("Rephrase(%q) = %q, want \"inside\"", q, got)
	}
}

// "and" opens another clause: "in there" closes the first one.
func TestReview36bInThereBeforeAnd(t *testing.T) {
	const q = "what did they find in there and who owned it?"
	if got := Rephrase(q); !strings.Contains(got, "find inside") {
		t.Errorf("Rephrase(%q) = %q, want \"find inside\"", q, got)
	}
}

// Control: the rule's own case.
func TestReview36bInThereControl(t *testing.T) {
	const q = "what did they find in there?"
	if got := Rephrase(q); got != "what did they find inside?" {
		t.Errorf("Rephrase(%q) = %q, want %q", q, got, "what did they find inside?")
	}
}

// Control: "in there alive" is still in the place, with more to say.
func TestReview36bInThereAliveControl(t *testing.T) {
	const q = "is anyone still in there alive?"
	if got := Rephrase(q); got != q {
		t.Errorf("Rephrase(%q) = %q, want it unchanged", q, got)
	}
}
