package ground

import "testing"

// A clause after a claim's last marker is the model's own: its words must
// be the cited passages', not carried by the rest of the claim's share.
// One the passages hold passes, and so does talk about what they lack.
func TestClauseAfterTheLastMarker(t *testing.T) {
	const p = "Dockworkers walked off the job on Thursday, leaving more than forty cargo ships waiting at anchor off the port.\n"
	runEdgeCases(t, []edgeCase{
		{"an added event", p, `More than forty cargo ships were left at anchor [1: "more than forty cargo ships waiting at anchor"], and several began diverting to other harbours.`, `a clause the claim adds after its last marker`},
		{"the passage's words", p, `More than forty cargo ships were left at anchor [1: "more than forty cargo ships waiting at anchor"], after dockworkers walked off the job.`, ""},
		{"what the passages lack", p, `The passages say only that more than forty ships waited [1: "more than forty cargo ships waiting at anchor"]; they do not say who owns them.`, ""},
		{"a link after the marker, read by its text", p, `More than forty cargo ships were left at anchor [1] ([anchorage](https://example.org/port/ships/anchor-list)).`, ""},
		{"the whole claim before its marker", p, `More than forty cargo ships were left waiting at anchor, and dockworkers walked off the job [1].`, ""},
	})
}
