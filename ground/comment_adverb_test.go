package ground

import "testing"

// A comment adverb ("Fortunately, ...") is no term of the fact it
// comments on, and an "according to" tail is no part of a denied clause:
// either used to carry "no one was injured" past a passage where one
// civilian was hurt. A faithful denial with the same comment and tail
// stays.
func TestCommentAdverbAndAttributionTail(t *testing.T) {
	const hurt = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there."
	const none = "The office said on social media that no one was hurt in a Molotov cocktail attack on its office there."
	runEdgeCases(t, []edgeCase{
		{"comment adverb", hurt, "Fortunately, no one was injured in the attack [1].", `negation: the claim denies "one"`},
		{"attribution tail", hurt, "No one was injured in the attack, according to a post the office shared on social media [1].", `negation: the claim denies "one"`},
		{"both", hurt, "Fortunately, no one was injured in the attack, according to a post the office shared on social media [1].", `negation: the claim denies "one"`},
		{"faithful denial with both", none, "Fortunately, no one was hurt in the attack, according to a post the office shared on social media [1].", ""},
	})
}
