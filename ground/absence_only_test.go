package ground

import "testing"

// What a claim quotes after "they only refer to", "just say" is what the
// passages do say, not what it says they lack; an abstention saying it
// "can't find" something, or that "no exact time is given", is an
// absence; "Sorry," opens no fact.
func TestAbsenceSaidOnly(t *testing.T) {
	const p = "The port operator said the walkout had halted the loading of containers. The authority will publish a list on Thursday morning.\n"
	runEdgeCases(t, []edgeCase{
		{"only refer to", p, `The passages don't give the operator's name; they only refer to "the port operator" [1].`, ""},
		{"just say", p, `The passages don't name the operator — they just say "the port operator" [1].`, ""},
		{"missing, quoted", p, `The passages don't mention "the port operator" [1].`, "absence: passage 1 says"},
		{"can't find", p, "Sorry, I can't find the operator's name in the passages [1].", ""},
		{"no time given", p, "The passages only say Thursday morning; no exact time is given [1].", ""},
		// a quotation that is also the absence's own word: no crash
		{"quote inside the cue", p, `The passages don't mention "mention" of a curfew [1].`, ""},
	})
}
