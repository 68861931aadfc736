package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A count or a duration held by the typed neighbour that joins the answer
// counts as held by the answer; a name or a person held next door, or no
// neighbour at all, leaves the sentence untyped.
func TestCountedByNeighbour(t *testing.T) {
	n := &candidate{typed: true}
	for _, tt := range []struct {
		qt        question.Kind
		neighbour *candidate
		typed     bool
	}{
		{question.Number, n, true},
		{question.Duration, n, true},
		{question.Name, n, false},
		{question.Person, n, false},
		{question.Number, nil, false},
	} {
		f := map[string]float64{"untyped": 1}
		countedByNeighbour(tt.qt, tt.neighbour, f)
		if got := f["typed"] == 1 && f["untyped"] == 0; got != tt.typed {
			t.Errorf("countedByNeighbour(%v, neighbour %v): features %v, want typed %v", tt.qt, tt.neighbour != nil, f, tt.typed)
		}
	}
}
