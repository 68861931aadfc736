package ground

import (
	"strings"
	"testing"
)

// A quote trimmed the way people trim one (a word or a short phrase of
// its sentence left out) still finds its sentence; a quote that leaves
// out a word that changes what is said, too many words, or a sentence
// break does not.
func TestTrimmedQuote(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Clashes between gangs here began on Saturday. " +
		"The attorney general raised the death toll from the violence from 18 to 31. " +
		"The minister said the government would not intervene in the dispute. " +
		"Members had voted 1,214 to 96 in favour. Guards were later freed.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The clashes began on Saturday [1: "Clashes between gangs began on Saturday"].`, ""},
		{`Members voted 1,214 to 96 in favour [1: "Members voted 1,214 to 96 in favour"].`, ""},
		{`The toll was raised from 18 to 31 [1: "raised the death toll from 18 to 31"].`, ""},
		// four words left out: too many
		{`The attorney general raised the toll from 18 to 31 [1: "The attorney general raised the toll from 18 to 31"].`, "is not in passage 1"},
		// the negation left out
		{`The government would intervene [1: "the government would intervene in the dispute"].`, "is not in passage 1"},
		// a number left out
		{`Members voted 1,214 in favour [1: "Members had voted 1,214 in favour"].`, "is not in passage 1"},
		// too short to leave a word out of
		{`Gangs began it [1: "gangs began on"].`, "is not in passage 1"},
		// across a sentence break
		{`Members voted in favour and guards were freed [1: "voted 1,214 to 96 in favour guards were later freed"].`, "is not in passage 1"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A claim citing a passage both with a quote and with a plain marker
// leans on the whole passage for its words beyond the quote; quoting
// alone, it is held to the quoted sentence.
func TestQuoteAndPlainMarkerOfOnePassage(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Violence broke out in the city of Esmeraldas. " +
		"The attorney general's office said one civilian was hurt in a Molotov cocktail attack on its office.\n"
	for _, tt := range []struct{ claim, want string }{
		{`One civilian was hurt [1: "one civilian was hurt in a Molotov cocktail attack"] in the attack on its office in Esmeraldas [1].`, ""},
		{`One civilian was hurt [1: "one civilian was hurt in a Molotov cocktail attack"] in the attack on its office in Esmeraldas.`, `name "Esmeraldas"`},
		{`One civilian was hurt [1: "one civilian was hurt in a Molotov cocktail attack"] in the attack on its office in Quito [1].`, `"Quito"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
