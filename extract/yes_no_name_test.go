package extract

import (
	"strings"
	"testing"
)

// A yes/no question about a name is not settled by a sentence that never
// names it ("is Lasso running again in next month's election?" of the
// sentence about next month's elections): a hedge, never "Yes". The
// sentence that names it settles it; a quotation under its speaker's line
// still answers what its speaker said.
func TestYesNoNeedsItsName(t *testing.T) {
	const st = "Soldiers retook the prison.\n\nThis latest surge of prison violence comes during campaigning for presidential elections next month. Some candidates have pledged prison reforms.\n\nCurrent President Guillermo Lasso declared a state of emergency on Monday."
	ix := edgeIndex(t, map[string]string{"a.txt": st})
	ask := func(q string) string { return askText(t, ix, q) }
	if got := ask("is Lasso running again in next month's election??"); strings.HasPrefix(got, "Yes") {
		t.Errorf("a sentence without Lasso settled it: %q", got)
	}
	if got := ask("did Lasso declare a state of emergency?"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("the sentence naming Lasso: %q, want Yes", got)
	}
	for _, tt := range []struct {
		held map[string]float64
		want bool
	}{
		{map[string]float64{"lasso": 1}, false},
		{map[string]float64{"lasso": 0}, true},
	} {
		c := &candidate{covered: tt.held}
		if got := lacksOwnName([]keyTerm{{term: "lasso", known: true, proper: true}, {term: "elect", known: true}}, c); got != tt.want {
			t.Errorf("lacksOwnName(held %v) = %v, want %v", tt.held, got, tt.want)
		}
	}
	if lacksOwnName([]keyTerm{{term: "lasso", known: false, proper: true}}, &candidate{covered: map[string]float64{}}) {
		t.Error("a name no story uses counted as lacking")
	}
}
