package ground

import "testing"

// A clause after a claim's last marker saying how the passage frames its
// report ("so the link is presented as apparent rather than confirmed")
// is talk about the passage: it passes when the quotes bear the frame out
// (a hedge for "apparent", none for "confirmed") and is the claim's own
// addition otherwise.
func TestFrameOfTheReport(t *testing.T) {
	const p = "That declaration seemed to set off violence in the city of Esmeraldas. Police arrested two men in Quito.\n"
	runEdgeCases(t, []edgeCase{
		{"hedged, framed as apparent", p, `It says the declaration "seemed to set off violence" [1: "That declaration seemed to set off violence"], so the link is presented as apparent rather than confirmed.`, ""},
		{"hedged, framed as confirmed", p, `It says the declaration "seemed to set off violence" [1: "That declaration seemed to set off violence"], so the link is presented as confirmed.`, "words"},
		{"plain, framed as uncertain", p, `Police arrested two men [1: "Police arrested two men in Quito"], so the arrests are presented as uncertain rather than confirmed.`, "words"},
		{"a frame saying more", p, `It says the declaration "seemed to set off violence" [1: "That declaration seemed to set off violence"], so the link is presented as apparent revenge by gangs.`, "words"},
	})
}

// "Stops short of saying" says what the passage does not say: an
// abstention needing no marker, unless a passage says it after all.
func TestStopsShortOfSaying(t *testing.T) {
	const p = "That declaration seemed to set off violence in the city of Esmeraldas. The army retook the prison on Monday.\n"
	runEdgeCases(t, []edgeCase{
		{"what no passage says", p, "The story stops short of saying so.", ""},
		{"what a passage says", p, "The story stops short of saying the army retook the prison on Monday.", "absence"},
	})
}
