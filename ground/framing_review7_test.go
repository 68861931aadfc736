package ground

import "testing"

// A frame read after "rather than" or "not" turns round: "presented as
// confirmed rather than apparent" calls the report settled, which a
// passage that confirms it bears out; "not apparent but confirmed" calls
// it settled too, which a hedging quote belies.
func TestFrameTurnedByRatherThan(t *testing.T) {
	const sure = "Officials confirmed that the declaration set off violence in the prisons."
	const hedged = "Officials said the declaration seemed to set off violence in the prisons."
	runR7(t, []r7Case{
		{name: "settled, framed as confirmed rather than apparent", passages: []string{sure}, claim: `The declaration set off violence [1: "the declaration set off violence"], so the link is presented as confirmed rather than apparent.`, want: ""},
		{name: "hedged, framed as apparent rather than confirmed", passages: []string{hedged}, claim: `The declaration seemed to set off violence [1: "the declaration seemed to set off violence"], so the link is presented as apparent rather than confirmed.`, want: ""},
		{name: "hedged, framed as not apparent but confirmed", passages: []string{hedged}, claim: `The declaration seemed to set off violence [1: "the declaration seemed to set off violence"], so the link is presented as not apparent but confirmed.`, want: "words"},
	})
}
