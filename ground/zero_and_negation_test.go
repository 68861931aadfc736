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

// A passage that states a clause for one subject and denies it for
// another says both: the claim may say the plain one. Said plainly only
// of something the claim is not about, the denial still decides.
func TestNegationStatedForAnotherSubject(t *testing.T) {
	const head = " date 2023-07-26 STORY: Amino acids.\n\n"
	for _, tt := range []struct{ passage, claim, want string }{
		{"Nonessential amino acids can be made by the body, while essential amino acids cannot be made by the body.\n",
			"Nonessential amino acids can be made by the body from essential amino acids [1].", ""},
		{"Proteins are made by the body. Essential amino acids cannot be made by the body.\n",
			"Essential amino acids can be made by the body [1].", "negation: the passage denies"},
	} {
		if got := droppedFor(verdictOn(t, head+tt.passage, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// "impossible to" denies what follows it, as "cannot" does.
func TestImpossibleIsANegation(t *testing.T) {
	const st = " date 2023-07-26 STORY: Costs.\n\n" +
		"It is impossible to assign a specific cost to each unit.\n"
	for _, tt := range []struct{ claim, want string }{
		{"A specific cost cannot be assigned to each unit [1].", ""},
		{"A specific cost is assigned to each unit [1].", "negation: the passage denies"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
