package ground

import "testing"

// A claim's phrasal verb ("step in") is held by the passage's single word
// for it in WordNet ("intervene"); a phrasal verb with no such word in the
// passage ("step down") is not.
func TestClaimPhrasalVerb(t *testing.T) {
	const p = "Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene."
	runEdgeCases(t, []edgeCase{
		{"step in", p, "Officials will not step in, the minister said [1].", ""},
		{"step down", p, "Officials will not step down, the minister said [1].", "words"},
	})
}
