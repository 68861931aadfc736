package ground

import "testing"

// "When" or "until" inside a claim before a verb in the simple past tells
// when, and states the event: "the strike ended when the operator agreed"
// states that the operator agreed, which the passage has only as a
// condition ("until the operator agreed"). A claim opening on its
// condition, or "until ... has dissolved", "until ... agrees", states none.
func TestWhenBeforeAPastVerbStatesTheEvent(t *testing.T) {
	const p = "The union said the strike would continue until the operator agreed to a 9 percent pay rise.\n"
	runEdgeCases(t, []edgeCase{
		{"when, a past verb", p, "The strike ended when the operator agreed to a 9 percent pay rise [1].", "only as a plan or a condition"},
		{"until, a present verb", p, "The strike will continue until the operator agrees to a 9 percent pay rise [1].", ""},
		{"until, a perfect", p, "The strike will continue until the operator has agreed to a 9 percent pay rise [1].", ""},
		{"a fronted condition", p, "When the operator agreed to a 9 percent pay rise, the strike would end [1].", ""},
	})
}
