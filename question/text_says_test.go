package question

import "testing"

// "What day did the story say the clashes began" asks what the story
// tells, not what someone said; "what did Rodriguez say" asks for his
// words.
func TestTheStorySayingIsNoStatement(t *testing.T) {
	for _, tt := range []struct {
		q    string
		said bool
	}{
		{"what day did the story say the clashes began", false},
		{"what does the article say about the death toll", false},
		{"did the passages mention any arrests", false},
		{"what did Rodriguez say about the operation", true},
		{"did the director say anything about human rights", true},
	} {
		if got := FormOf(tt.q).Said; got != tt.said {
			t.Errorf("FormOf(%q).Said = %v, want %v", tt.q, got, tt.said)
		}
	}
}
