package text

import (
	"slices"
	"testing"
)

// Review 18b: the request frame, "how is called", the run-on remark and
// the reason tail, on questions typed as chat types them. Each want holds
// the right readings; the first is the one a fix is expected to give.

// A frame before "how is called X" is the frame of any question: "can you
// tell me how is called the prison" asks what "how is called the prison"
// asks. "X, how is it called" rewrites X only when X is a noun phrase: a
// question before "and how is it called" is no name to ask.
func TestReview18bStripRequest(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		// wrong: howCalled runs before the frame is cut, so the frame hides it
		{"can you tell me how is called the prison", []string{"what is the prison called"}},
		{"do you know how is called the prison authority?", []string{"what is the prison authority called?"}},
		// wrong: calledHowRE takes a whole question as the thing named
		{"which gangs were fighting and how are they called", []string{"which gangs were fighting and how are they called", "which gangs were fighting and what are they called"}},
		{"who is the director of the prison authority and how is it called", []string{"who is the director of the prison authority and how is it called", "who is the director of the prison authority and what is it called"}},
		// edges that hold
		{"could you clarify who the general director is", []string{"who is the general director"}},
		{"tell me which prison the soldiers were in", []string{"which prison were the soldiers in"}},
		{"tell me where the guards were held hostage", []string{"where the guards were held hostage"}},
		{"the mayor, how was he called?", []string{"what was the mayor called?"}},
		{"can you remind me what the death toll was raised to", []string{"what the death toll was raised to"}},
	} {
		if got := StripRequest(c.q); !slices.Contains(c.want, got) {
			t.Errorf("StripRequest(%q) = %q, want %q", c.q, got, c.want[0])
		}
	}
}

// The run-on "I" and the reason tail: an "I" or a "because" inside the
// question is the question's, not a remark of the asker's.
func TestReview18bStripAside(t *testing.T) {
	for _, c := range []struct {
		q, want string
	}{
		// run-on "i": the letter I, an object clause after "think", a
		// relative clause whose rest is the content
		{"what does the i in snai stand for", "what does the i in snai stand for"},
		{"what do you think i should know about the prison riot", "what do you think i should know about the prison riot"},
		{"which candidate do you think i should vote for", "which candidate do you think i should vote for"},
		{"who is the guy i saw on tv saying the operation was decisive", "who is the guy i saw on tv saying the operation was decisive"},
		// reason tail: "because they" of the story's people, "cause" the
		// noun, "bc" the province
		{"how many people died because they were caught in the crossfire", "how many people died because they were caught in the crossfire"},
		{"what was the cause they gave for the violence", "what was the cause they gave for the violence"},
		{"what was the main cause people blamed for the floods", "what was the main cause people blamed for the floods"},
		{"when will the wildfires in bc be under control", "when will the wildfires in bc be under control"},
		// edges that hold
		{"whats the prison called im curious lol", "whats the prison called"},
		{"when did the violence start bc i missed it", "when did the violence start"},
		{"where did the mayor die cuz my mom is from manta", "where did the mayor die"},
		{"who was the president when i was born", "who was the president when i was born"},
	} {
		if got := StripAside(c.q); got != c.want {
			t.Errorf("StripAside(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	if got := StripLead("hello again, who is the president"); got != "who is the president" {
		t.Errorf("StripLead: %q, want the greeting gone", got)
	}
}
