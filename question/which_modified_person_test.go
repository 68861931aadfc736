package question

import "testing"

// "which police officer", "what prison director": a person noun after one
// modifier still asks for a person; a place or thing noun does not.
func TestWhichModifiedPersonNoun(t *testing.T) {
	for _, q := range []string{`Which police officer said forces entered the Quito prison "without firing a single shot"?`, "what police commander spoke to reporters", "which opposition candidate wants islands"} {
		if got := Classify(q); got != Person {
			t.Errorf("Classify(%q) = %v, want person", q, got)
		}
	}
	for _, q := range []string{"which police station did they attack", "what prison did the army retake", "which city's mayor was shot", "what did prosecutor veronica mendoza say", "what is the name of the mayor"} {
		if got := Classify(q); got == Person {
			t.Errorf("Classify(%q) = person", q)
		}
	}
}
