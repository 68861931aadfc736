package ground

import "testing"

// A claim that keeps its quote's denial in a verb ("ruled out government
// intervention" quoting "would not intervene") has not dropped it; one
// that states the deed plainly has.
func TestDenialKeptByAVerb(t *testing.T) {
	const p = "Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in what he called a private dispute."
	const quote = `[1: "said on Wednesday that the government would not intervene in what he called a private dispute"]`
	runEdgeCases(t, []edgeCase{
		{"ruled out", p, "On Wednesday, transport minister Ricardo Solis ruled out government intervention, describing the standoff as a private dispute " + quote + ".", ""},
		{"excluded", p, "On Wednesday, transport minister Ricardo Solis excluded government intervention, describing the standoff as a private dispute " + quote + ".", ""},
		{"dropped", p, "On Wednesday, Solis said the government would intervene in what he called a private dispute " + quote + ".", "negation"},
	})
}

// A claim that keeps its own sequence with "once" ("called the strike once
// talks collapsed on Tuesday evening") dates the talks, as the passage
// does, not the strike.
func TestDayKeptInAOnceClause(t *testing.T) {
	const p = "The strike was called by the Union of Port Workers after talks over pay and night-shift safety broke down on Tuesday evening."
	runEdgeCases(t, []edgeCase{
		{"once", p, "The Union of Port Workers called the strike once talks over pay and night-shift safety broke down on Tuesday evening [1].", ""},
		{"moved", p, "The Union of Port Workers called the strike on Tuesday evening [1].", "day:"},
	})
}
