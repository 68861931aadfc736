package ground

import "testing"

// "try to retake" is an attempt: a claim that the deed was done ("retook")
// states an outcome the passage lacks, unless a sentence it rests on says
// it was done.
func TestAttemptIsNoOutcome(t *testing.T) {
	const tried = "Thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador.\n"
	runEdgeCases(t, []edgeCase{
		{"the attempt stated as done", tried, "Thousands of soldiers and police officers successfully retook the rioting prison in Ecuador [1].", `outcome: the passage has "retake" only as an attempt`},
		{"the attempt kept", tried, "Thousands of soldiers and police officers tried to retake the rioting prison in Ecuador [1].", ""},
		{"done as well", tried + "By Wednesday soldiers and police officers had retaken the prison.\n", "Thousands of soldiers and police officers retook the rioting prison in Ecuador [1].", ""},
	})
}
