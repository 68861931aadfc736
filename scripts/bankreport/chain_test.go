package main

import (
	"testing"

	"github.com/storybot-dev/storybot/eval"
)

// chain makes a writer's file one conversation, keeping a follow-up's own
// "follows".
func TestChain(t *testing.T) {
	cases := []eval.Case{{ID: "a"}, {ID: "b"}, {ID: "c", Follows: "a"}, {ID: "d"}}
	chain(cases)
	for i, want := range []string{"", "a", "a", "c"} {
		if cases[i].Follows != want {
			t.Errorf("case %s follows %q, want %q", cases[i].ID, cases[i].Follows, want)
		}
	}
}
