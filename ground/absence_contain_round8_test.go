package ground

import "testing"

// "The passages contain no ..." says what they lack, as "give no" and
// "mention no" do: talk about the passages, with nothing to cite, unless
// a passage says it after all.
func TestPassagesContainNo(t *testing.T) {
	const p = "That declaration set off violence in Esmeraldas, where 15 prison guards were held hostage at a local jail.\n"
	runEdgeCases(t, []edgeCase{
		{"contain no", p, "The passages contain no news about any prize.", ""},
		{"contain no, said after all", p, "The passages contain no prison guards held hostage at a local jail.", "absence"},
	})
}
