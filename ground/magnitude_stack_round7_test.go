package ground

import "testing"

// "Tens of thousands" is ten times "thousands": a passage giving the bare
// magnitude does not support the stacked one; one giving it does.
func TestStackedMagnitude(t *testing.T) {
	const p = "Thousands of heavily armed soldiers and police officers took part. Tens of thousands of people fled the city.\n"
	const q = "Thousands of heavily armed soldiers and police officers took part.\n"
	runEdgeCases(t, []edgeCase{
		{"tens of thousands for thousands", q, "Tens of thousands of soldiers and police officers took part [1].", `number: the claim says "tens of thousands"`},
		{"thousands", q, "Thousands of soldiers and police officers took part [1].", ""},
		{"tens of thousands, as said", p, "Tens of thousands of people fled the city [1].", ""},
	})
}
