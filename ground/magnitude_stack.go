package ground

import "fmt"

// magnitudeStackRule: a magnitude of a magnitude ("tens of thousands",
// "hundreds of thousands") is ten or a hundred times the bare one: a
// passage saying "thousands" does not support "tens of thousands". The
// cited sentences must hold the same words in a row.
func magnitudeStackRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i+2 < len(claim); i++ {
		if !stackedMagnitudes[claim[i]] || claim[i+1] != "of" || !magnitudes[claim[i+2]] {
			continue
		}
		phrase := claim[i] + " of " + claim[i+2]
		if !heldWords(all, phrase) {
			return fmt.Sprintf("number: the claim says %q, which the passage does not", phrase)
		}
	}
	return ""
}

// stackedMagnitudes multiply the magnitude after "of".
var stackedMagnitudes = set("tens hundreds thousands dozens scores millions")
