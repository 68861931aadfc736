package ground

import "testing"

// "lost their lives" in a passage tells a death: a claim that those
// people were killed adds no outcome.
func TestLostTheirLivesTellsADeath(t *testing.T) {
	runR7(t, []r7Case{
		{name: "lost their lives", passages: []string{"Thirty inmates lost their lives in the riot on Saturday."}, claim: "Thirty inmates were killed in the riot on Saturday [1].", want: ""},
		{name: "lost their jobs", passages: []string{"Thirty guards lost their jobs after the riot on Saturday."}, claim: "Thirty guards were killed in the riot on Saturday [1].", want: "killed"},
	})
}
