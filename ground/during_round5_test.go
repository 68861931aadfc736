package ground

import "testing"

// "during the strike" places the claim's event in another: the sentence
// it rests on must name that event (or a synonym). "during inhalation",
// without a determiner, is a process and not read.
func TestDuringNamesTheEvent(t *testing.T) {
	const p = "The port operator said the walkout had halted loading. Two workers were killed in separate accidents at the port in March.\n"
	runEdgeCases(t, []edgeCase{
		{"the anchor's event", "Two workers were killed at the port during the walkout.\n", "Two workers were killed at the port during the walkout [1].", ""},
		{"another sentence's event", p, "Two workers were killed at the port during the walkout [1].", `during: the passage doesn't place it during the walkout`},
		{"no determiner", p, "Two workers were killed during shift changes at the port in March [1].", ""},
	})
}
