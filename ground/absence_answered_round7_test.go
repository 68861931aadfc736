package ground

import "testing"

// "The passages do not say when X" is false when a cited sentence tells
// of X (its words, or stem synonyms: "began" for "started") with a day
// or time; "why X" with a cause; "what happened to X" with X at all.
// Another X ("ended", "the governor") is rightly missing.
func TestAbsenceOfWhatAPassageAnswers(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday. The mayor of the city of Manta was shot dead on Sunday. " +
		"Her son is in prison because he robbed a shop.\n"
	runEdgeCases(t, []edgeCase{
		{"when, answered with a day", p, "The passages do not say when the clashes started [1].", `absence:`},
		{"when, of another deed", p, "The passages do not say when the clashes ended [1].", ""},
		{"what happened to him, told", p, "The passages do not say what happened to the mayor of Manta; they only say that clashes between gangs began on Saturday [1].", `absence:`},
		{"what happened to another", p, "The passages do not say what happened to the governor of Manta [1].", ""},
		{"why, answered with a cause", p, "The story does not explain why her son is in prison [1].", `absence:`},
		{"why, of another", p, "The story does not explain why her brother is in prison [1].", ""},
	})
}
