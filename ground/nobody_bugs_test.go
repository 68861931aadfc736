package ground

import (
	"strings"
	"testing"
)

// "had been" and "have been" read past to the deed as "has been" does;
// a deed the passage never has happen ("freed") is no contradiction of
// the nobody kind (another rule may still judge it).
func TestNobodyPerfectBugs(t *testing.T) {
	for _, tt := range []struct{ claim, want string }{
		{`In Esmeraldas, 15 prison guards were held hostage at a local jail, but nobody had been hurt [1].`, `no one was "hurt"`},
		{`In Esmeraldas, 15 prison guards were held hostage at a local jail, and nobody have been hurt [1].`, `no one was "hurt"`},
		{`In Esmeraldas, 15 prison guards were held hostage at a local jail, but nobody has been freed [1].`, "-"},
	} {
		got := droppedFor(verdictOn(t, nobodyStory, tt.claim))
		if tt.want == "-" {
			if strings.Contains(got, "no one was") {
				t.Errorf("%q: reason %q, want no nobody negation", tt.claim, got)
			}
		} else if !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
