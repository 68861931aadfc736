package ground

import "testing"

// A passage that stops a thing ("had halted the loading of 12,000
// containers") says it is not happening: a claim denying it ("aren't
// being loaded") agrees. A denial of what the passage states plainly
// ("are not carrying copper") still contradicts it.
func TestDenialOfAStoppedThing(t *testing.T) {
	const p = "The port operator said the walkout had halted the loading of about 12,000 containers a day, most of them carrying copper."
	runEdgeCases(t, []edgeCase{
		{"halted", p, "The port operator says about 12,000 containers a day aren't being loaded [1].", ""},
		{"stated plainly", p, "The port operator says about 12,000 containers a day are not carrying copper [1].", `denies "carry"`},
	})
}
