package text

import (
	"regexp"
	"strings"
)

// PlaceBack reports whether s points back to a place named before it with
// "here" or "there" used as an adverb of place: "Clashes between gangs
// here began on Saturday" (here: the prison of the sentence before),
// "a Molotov cocktail attack on its office there". The "there" that only
// opens a clause ("There were no injuries", "there have been riots") and
// "here is", "here's" point at nothing.
func PlaceBack(s string) bool {
	if !strings.Contains(s, "here") && !strings.Contains(s, "Here") && !strings.Contains(s, "HERE") {
		return false // ("there" holds "here"): most sentences, at the cost of a scan
	}
	for _, m := range deicticPlace.FindAllStringSubmatchIndex(s, -1) {
		if notPlace.MatchString(s[m[1]:]) {
			continue
		}
		return true
	}
	return false
}

var (
	deicticPlace = regexp.MustCompile(`(?i)\b(?:here|there)\b`)
	// A "there" or "here" before a form of be (or a modal or an auxiliary
	// before one) is existential or presentational.
	notPlace = regexp.MustCompile(`^(?i)(?:['’]s\b|\s+(?:(?:is|are|was|were|be|been|being|has|have|had|seems?|seemed|appears?|appeared|remains?|remained|will|would|could|can|may|might|must|should|used|exists?|existed|came|comes|goes|went|lies|lay)\b|(?:isn|aren|wasn|weren|hasn|haven|hadn|won)['’]t\b))`)
)

// PlaceNames is the names s gives as places: a capitalised phrase after a
// preposition of place ("at the Penitenciaria del Litoral in the city of
// Guayaquil", "violence in Esmeraldas"), what a later "here" or "there"
// may stand for. A name given otherwise ("Its leader, known as El Negro")
// is no place.
func PlaceNames(s string) []string {
	var out []string
	for _, m := range placeName.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

var placeName = regexp.MustCompile(`\b(?:(?:[Ii]n|[Aa]t|[Ii]nside|[Nn]ear|[Ff]rom|[Oo]utside|[Ii]nto)\s+(?:the\s+)?(?:` + placeKinds + ` of\s+)?|[Oo]f\s+the\s+` + placeKinds + ` of\s+)(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:del|de|la|las|los|of|the)\s+)?\p{Lu}[\p{L}'’-]*)*)`)

const placeKinds = `(?:city|town|province|state|port|region|village|district)`
