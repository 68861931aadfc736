package ground

import "testing"

// The numbers of a reply's talk about its passages are no facts
// ("according to passages 1, 2 and 3"), but a singular "passage 1" takes
// no list after a comma: in "According to passage 1, 17 guards" the 17 is
// the claim's and must be the passage's.
func TestPassageNumberListEndsAtASingular(t *testing.T) {
	const p = "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n"
	runEdgeCases(t, []edgeCase{
		{"a singular passage, then the claim's number", p, "According to passage 1, 17 prison guards were held hostage at a local jail in Esmeraldas [1].", `number "17"`},
		{"a singular passage, then the passage's number", p, "According to passage 1, 15 prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
		{"a plural list of passages", p, "As passages 1, 2 and 3 say, 15 prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
		{"two passages joined by and", p, "Passage 1 and 2 say 15 prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
	})
}
