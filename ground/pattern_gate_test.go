package ground

import (
	"slices"
	"testing"
)

// gateSamples are texts on both sides of the cheap gates before the
// claim check's patterns: a digit or none, a count word or none, a word
// about the passages or none, each quotation mark, and the two
// non-ASCII letters Go's case folding matches to ASCII ones ("ſ", "K").
var gateSamples = []string{
	"",
	"Soldiers retook the prison on Tuesday [1].",
	"According to passage 2, 31 inmates died.",
	"Sources 1 and 3 say the toll rose to 31.",
	"The passages don't say how many were hurt.",
	"The ſtories don't say how many were hurt.",
	"The STORIES do not mention a motive.",
	"There are TWO different people named Lee.",
	"The difference between the two is small.",
	"Five separate films share the title.",
	"About 300 people, roughly 1,200 in all, fled.",
	`He said "the operation has been decisive" [3].`,
	"He said “the operation has been decisive” [3].",
	"He called it ‘a decisive operation for the country’ [3].",
	"Il a dit « une opération décisive » [3].",
	"Er sagte „eine entscheidende Operation“ [3].",
	"He called it 'a decisive operation for all' [3].",
	"Ecuador's president didn't comment.",
	"A 12\" wide board, 1/4\" away.",
	"Unable to answer: no information is given.",
}

// TestPatternGates: each gate skips its pattern only where the pattern
// finds nothing, so the check reads every text as the pattern alone did.
func TestPatternGates(t *testing.T) {
	for _, s := range gateSamples {
		if got, want := dropMetaNums(s), metaNumRE.ReplaceAllString(s, " "); got != want {
			t.Errorf("dropMetaNums(%q) = %q, want %q", s, got, want)
		}
		if got, want := dropCounts(s), countRE.ReplaceAllString(s, " "); got != want {
			t.Errorf("dropCounts(%q) = %q, want %q", s, got, want)
		}
		if got, want := approxes(s), approxRE.FindAllString(s, -1); !slices.Equal(got, want) {
			t.Errorf("approxes(%q) = %q, want %q", s, got, want)
		}
		if got, want := absence(s), metaTalkRE.MatchString(s) && absenceRE.MatchString(s); got != want {
			t.Errorf("absence(%q) = %v, want %v", s, got, want)
		}
		if !mayTalkMeta(s) && metaTalkRE.MatchString(s) {
			t.Errorf("mayTalkMeta(%q) = false, but metaTalkRE matches", s)
		}
		if got, want := quotations(s), quotationsGated(s, false); !slices.Equal(got, want) {
			t.Errorf("quotations(%q) = %q, want %q", s, got, want)
		}
	}
}
