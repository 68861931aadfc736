package ground

import "testing"

// "A thousand" counts one thousand, as "one thousand" does: "more than a
// thousand prisoners" is no "hundreds of prisoners", while a passage's
// "a hundred" supports a claim's 100; "a few hundred" is no number.
func TestAScaleWordIsOne(t *testing.T) {
	const p = "Violence has surged since 2021, claiming the lives of hundreds of prisoners. A hundred guards were sent to the prison.\n"
	runEdgeCases(t, []edgeCase{
		{"a thousand for hundreds", p, "Since 2021 violence has claimed the lives of more than a thousand prisoners [1].", `number "1000"`},
		{"100 of a hundred", p, "100 guards were sent to the prison [1].", ""},
		{"a few hundred", p, "Since 2021 violence has claimed the lives of a few hundred prisoners [1].", ""},
	})
}
