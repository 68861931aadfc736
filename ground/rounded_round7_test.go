package ground

import "testing"

// A rounded number rounds the passage's the way its cue says: "about",
// "some" to its own last digit ("some 1,200" of 1,214, not "some
// 1,300"); "nearly" from below ("nearly 1,250"), "more than" from above
// ("more than 1,200"), never the other way.
func TestRoundedNumberRoundsThePassages(t *testing.T) {
	const p = "Members voted 1,214 to 96 in favour of the stoppage.\n"
	runEdgeCases(t, []edgeCase{
		{"some, rounded up past it", p, "Some 1,300 members voted in favour of the stoppage [1].", `number "1300"`},
		{"nearly, below the count", p, "Nearly 1,200 members voted in favour of the stoppage [1].", `number "1200"`},
		{"some, rounded", p, "Some 1,200 members voted in favour of the stoppage [1].", ""},
		{"nearly, above the count", p, "Nearly 1,250 members voted in favour of the stoppage [1].", ""},
		{"more than, below the count", p, "More than 1,200 members voted in favour of the stoppage [1].", ""},
	})
}
