package ground

// memberNouns, after a noun, name one of its people: "staff members"
// are the passage's "staffers".
var memberNouns = set("member members person people worker workers")

// joinedIn reports a two-word compound of the claim (prev w) that the
// passage writes as one word, which holds both its words: "police men" as "policemen", "staff
// members" as "staffers". The first word is the passage word's whole
// head (at least four letters), so "staff meeting" is no "staffers".
func joinedIn(prev, w string, words map[string]bool) bool {
	if len(prev) < 4 {
		return false
	}
	if words[prev+w] || words[prev+w+"s"] {
		return true
	}
	return memberNouns[w] && (words[prev+"er"] || words[prev+"ers"])
}
