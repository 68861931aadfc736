package question

import "testing"

// A stretch of time tallied by the clause after it ("since 2021, claiming
// the lives of hundreds of prisoners") is a total over it, no count of one
// event; "including one in which 119 inmates were killed" counts one of
// them, and a clause that counts nothing tallies nothing.
func TestOverPeriodTalliedAfter(t *testing.T) {
	for txt, want := range map[string]bool{
		"Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.": true,
		"Gang violence has spread since 2018, leaving at least 30 mayors dead.":                                          true,
		"The prison has been the scene of several massacres since 2021, including one in which 119 inmates were killed.": false,
		"Violence has surged since 2021, worrying residents of the port city.":                                           false,
		"Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.":                   false,
	} {
		if got := OverPeriod(txt); got != want {
			t.Errorf("OverPeriod(%q) = %v, want %v", txt, got, want)
		}
	}
}
