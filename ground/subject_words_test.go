package ground

import "testing"

// A subject of a common noun runs to SubjectWords words after its
// determiner: "The Guayaquil city council handed out water" gives the
// church volunteers' deed to the council as "The city council" does; the
// council's own deed passes.
func TestSubjectOfThreeWords(t *testing.T) {
	const p = "Volunteers from a local church handed out water, bread and blankets to about 200 families. A spokesperson for the Guayaquil city council said extra buses would run until midnight to take families home.\n"
	runEdgeCases(t, []edgeCase{
		{"a subject of three words", p, "The Guayaquil city council handed out water, bread and blankets to about 200 families [1].", `the passage says "handed" of others, not of the council`},
		{"a subject of two words", p, "The city council handed out water, bread and blankets to about 200 families [1].", `the passage says "handed" of others, not of the council`},
		{"the volunteers' own deed", p, "Church volunteers handed out water, bread and blankets to about 200 families [1].", ""},
		{"the council's own deed", p, "The Guayaquil city council said extra buses would run until midnight [1].", ""},
	})
}
