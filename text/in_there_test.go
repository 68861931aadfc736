package text

import "testing"

// TestRephraseInThere checks "in there" at a clause's end read as
// "inside", and left alone where it goes on.
func TestRephraseInThere(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what did they find in there", "what did they find inside"},
		{"what did they find in there?", "what did they find inside?"},
		{"what did the guards find in there once the raid ended", "what did the guards find inside once the raid ended"},
		{"is anyone still in there alive", "is anyone still in there alive"},
		{"what is in theresa's report", "what is in theresa's report"},
	}
	for _, tt := range tests {
		if got := Rephrase(tt.in); got != tt.want {
			t.Errorf("Rephrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
