package ground

import "testing"

// "Her son was among the 14 inmates taken to hospital" makes him one of
// a counted group: a sentence giving that count must name him. A
// passage that counts the group and tells of her son apart does not.
func TestAmongACountedGroup(t *testing.T) {
	const apart = "Quiroz has had no news of her son since Friday. Fourteen inmates were taken to hospital on Monday.\n"
	const within = "Fourteen inmates, her son among them, were taken to hospital on Monday.\n"
	runEdgeCases(t, []edgeCase{
		{"the group told apart", apart, "Her son was among the 14 inmates taken to hospital [1].", `who: the claim puts "son" among the 14`},
		{"the group naming him", within, "Her son was among the 14 inmates taken to hospital [1].", ""},
	})
}
