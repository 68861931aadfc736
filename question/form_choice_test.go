package question

import "testing"

// A choice ("... or ...?") is not a yes/no question.
func TestFormChoiceIsNotYesNo(t *testing.T) {
	if FormOf("Is it a gang or the police?").YesNo {
		t.Error("a question offering a choice read as yes/no")
	}
	if !FormOf("Is it a gang?").YesNo {
		t.Error("a plain yes/no question not read as one")
	}
}

// "How did ... and for how long" asks for a duration, not a method.
func TestFormHowLongIsNotHow(t *testing.T) {
	if got := FormOf("how did they hold out, and for how long?").WhyHow; got != "" {
		t.Errorf("WhyHow = %q, want none for a duration question", got)
	}
	if got := FormOf("how did they get in?").WhyHow; got != "how" {
		t.Errorf("WhyHow = %q, want how", got)
	}
}
