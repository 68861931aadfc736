package ground

import (
	"strings"
	"testing"
)

// "Most" before an adjective is a degree ("the most recent surge"), not a
// share of a group ("most prisoners"), which the passage must give.
func TestMostBeforeAnAdjectiveIsADegree(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning. Prisoners were moved to other jails."
	runEdgeCases(t, []edgeCase{
		{name: "most recent", passage: p, claim: "The most recent surge of prison violence comes during campaigning [1]."},
		{name: "most prisoners", passage: p, claim: "Most prisoners were moved to other jails [1].", want: `quantifier "most"`},
		// review: an adjective before a plural noun, with no determiner,
		// still shares out a group
		// second review: after a count, "our", or a linking verb
		{name: "two most recent", passage: "The two latest surges of prison violence came in July, officials said.", claim: "The two most recent surges of prison violence came in July, officials said [1]."},
		{name: "became most dangerous", passage: "The prisons became the deadliest in 2021.", claim: "The prisons became most dangerous in 2021 [1]."},
		{name: "most public schools", passage: "Officials said some public schools were closed on Monday.", claim: "Officials said most public schools were closed on Monday [1].", want: `quantifier "most"`},
	})
	for w, want := range map[string]bool{"recent": true, "dangerous": true, "basic": true, "prisoners": false, "people": false, "likely": false} {
		if got := superlativeOf(w); got != want {
			t.Errorf("superlativeOf(%q) = %v, want %v", w, got, want)
		}
	}
}

// A claim the story's title would hold is still gainsaid by a text that
// narrows its class: "the most dangerous prison" where the text says "one
// of the most dangerous".
func TestTitleHeldSuperlativeNarrowedByText(t *testing.T) {
	const s = " date 2023-07-26 STORY: Soldiers retake a rioting prison in Ecuador.\n\nFootage showed weapons seized from inside the prison - one of the most dangerous in Ecuador.\n"
	if got := droppedFor(verdictOn(t, s, "It is the most dangerous prison in Ecuador [1].")); !strings.Contains(got, `"one of the most dangerous"`) {
		t.Errorf("reason %q, want the text's \"one of the most dangerous\"", got)
	}
}
