package question

import "testing"

// "to what prison term", "what sentence did he get", "max prison time": a
// length of time is asked for; "what term did they use" (a word) and
// "which prison" are not.
func TestSentenceTermAsksForADuration(t *testing.T) {
	for _, q := range []string{`To what prison term did the court sentence Wilmer Chila?`, "what sentence did el tigre get", "max prison time they're facing?", "which jail term applies"} {
		if got := Classify(q); got != Duration {
			t.Errorf("Classify(%q) = %v, want duration", q, got)
		}
	}
	for _, q := range []string{"which prison did they retake", "what term did the president use for the gangs"} {
		if got := Classify(q); got == Duration {
			t.Errorf("Classify(%q) = duration", q)
		}
	}
}
