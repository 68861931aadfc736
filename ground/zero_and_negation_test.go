package ground

import (
	"strings"
	"testing"
)

// Zero is a number like any other: not in the passage, not supported.
func TestZeroNotInPassage(t *testing.T) {
	ps, _ := testPassages(t)
	v := checkClaims(splitClaims("The death toll rose by 0 [1].", len(ps)), "What happened?", ps, evidenceOf(ps))
	if r := droppedFor(v); !strings.Contains(r, `number "0" is not in passage 1`) {
		t.Errorf("dropped %q, want the number 0", r)
	}
}

// A passage that both states and denies a thing: the claim that denies it
// is not a negation of the passage.
func TestNegationWhenThePassageSaysBoth(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Prison.\n\nAt first the prison guards were not armed. By night the prison guards were armed.\n",
		"The prison guards were not armed [1].")
	if r := droppedFor(v); strings.HasPrefix(r, "negation") {
		t.Errorf("dropped: %s", r)
	}
}
