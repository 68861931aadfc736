package extract

import (
	"slices"
	"testing"
)

// A when-question's words of time are its guess, not its topic: "when did
// the fighting start, this weekend?" has the key terms of "when did the
// fighting start"; a question of another kind keeps them ("how many died
// this weekend"), and a when-question of time words alone keeps its own.
func TestWhenQuestionTimeWordsAreNoTopic(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Clashes between gangs began on Saturday. The weekend was calm in Quito. Officials met on Monday morning.\n\nMore."})
	terms := func(q string) []string {
		out := keyTermsOf(ix, q)
		slices.Sort(out)
		return out
	}
	if a, b := terms("when did the fighting start, this weekend?"), terms("when did the fighting start"); !slices.Equal(a, b) {
		t.Errorf("key terms %v with the guess, %v without", a, b)
	}
	if a := terms("when did the fighting start on monday morning"); slices.Contains(a, "monday") || slices.Contains(a, "morn") {
		t.Errorf("key terms %v keep a weekday or a part of the day", a)
	}
	if a := terms("how many died this weekend"); !slices.Contains(a, "weekend") {
		t.Errorf("key terms %v of a count question lost its weekend", a)
	}
	if a := terms("when is the weekend"); !slices.Contains(a, "weekend") {
		t.Errorf("key terms %v: a when-question of time words alone lost them", a)
	}
}
