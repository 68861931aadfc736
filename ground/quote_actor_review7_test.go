package ground

import "testing"

// A claim opening on "The ..." names no person: its quote giving a deed
// to a named person merges no one ("The National Police said ...").
func TestQuoteActorNeedsAPersonFirst(t *testing.T) {
	const p = "current President Guillermo Lasso also declared a state of emergency in the provinces, the National Police said."
	runR7(t, []r7Case{
		{name: "an institution first", passages: []string{p}, claim: `The National Police said a state of emergency was declared [1: "current President Guillermo Lasso also declared a state of emergency"].`, want: ""},
	})
}
