package question

import "testing"

// A magnitude stated in a message that asks no wh-question is the claim's
// figure; in a wh-question it is the topic; a magnitude that counts no
// word ("hundred or more") is none.
func TestMagnitudeClaim(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"Is it confirmed that only some hundreds of troops went in?", "some hundreds"},
		{"was it like a couple hundred troops or what, the video looks huge", "a couple hundred"},
		{"I understand it were only some hundred soldiers and policemen in the operation, correct?", "some hundred"},
		{"dozens of inmates escaped?", "dozens"},
		{"why were hundreds of prisoners moved", ""},
		{"how many of the thousands of soldiers were hurt", ""},
		{"ile soldiers and police go there, hundred or more", ""},
		{"were 200 soldiers sent in?", ""},
	} {
		if got := MagnitudeClaim(c.q); got != c.want {
			t.Errorf("MagnitudeClaim(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	// the claim is a count to check, of what the magnitude counts
	q := "only some hundreds of troops went in?"
	if ClaimKind(q) != Number {
		t.Errorf("ClaimKind(%q) = %v, want number", q, ClaimKind(q))
	}
	if c := ClaimCounted(q); !c["troop"] || c["hundr"] {
		t.Errorf("ClaimCounted(%q) = %v, want troops, not the magnitude", q, c)
	}
	if f := FormOf("were only some hundreds of troops sent in?"); f.Magnitude != "hundred" {
		t.Errorf("Form.Magnitude = %q, want hundred", f.Magnitude)
	}
	if f := FormOf("were 200 troops sent in?"); f.Magnitude != "" {
		t.Errorf("Form.Magnitude of a digit figure = %q, want none", f.Magnitude)
	}
}

// "is it confirmed that" opens a confirmation as "is it true that" does,
// and the statement ends at its question mark: what follows is an aside,
// not a wh-question of its own.
func TestPremiseConfirmedOpenCutsAside(t *testing.T) {
	got, ok := Premise("Is it confirmed that only some hundreds of troops went in? I read a small number somewhere", nil)
	if !ok || got != "how many of troops went in" {
		t.Errorf("Premise = %q, %v; want \"how many of troops went in\"", got, ok)
	}
	// a wh-question after the mark is a question of its own
	if got, ok := Premise("is it confirmed that 200 troops went in? how many died", nil); !ok || got != "how many troops went in? how many died" {
		t.Errorf("Premise = %q, %v: the wh-question after the mark was cut", got, ok)
	}
}
