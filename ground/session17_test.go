package ground

import "testing"

// An absence claim is refuted by a passage that says the thing in other
// words: a stem synonym ("found" for "seized") or the same lemma
// ("retaken" for "retook"), and a "whether" of two words as well as a
// claim of three. A passage that only tells of an attempt ("try to
// retake") does not say it was done, and words the passage lacks keep
// the claim.
func TestAbsenceRefutedInOtherWords(t *testing.T) {
	const seized = "Footage released by police showed automatic weapons and ammunition seized from inside the prison. Clashes began on Saturday."
	const retook = "Relatives gathered outside the prison on Wednesday after soldiers and police retook the prison."
	const planned = "Officials said soldiers will retake the prison within days."
	const triedSeize = "Police officers tried to seize weapons inside the prison."
	const tried = "Thousands of soldiers and police officers try to retake a rioting prison. Clashes began on Saturday."
	for _, tt := range []struct {
		name, story, claim string
		dropped            bool
	}{
		{"a synonym of three words", seized, "The passages don't say what was found inside the prison [1].", true},
		{"a lemma under whether", retook, "The passages don't say whether the prison was retaken [1].", true},
		{"an attempt is no deed", tried, "The passages don't say whether the prison was retaken [1].", false},
		{"a plan is no deed", planned, "The passages don't say whether the prison was retaken [1].", false},
		{"an attempt in a synonym", triedSeize, "The passages don't say what was found inside the prison [1].", false},
		{"a word the passage lacks", retook, "The passages don't say whether the prison was damaged [1].", false},
		{"two words without whether", retook, "The passages don't say how the prison was retaken [1].", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := verdictOn(t, tt.story, tt.claim)
			if got := len(v.Dropped) > 0; got != tt.dropped {
				t.Errorf("%q: dropped %v (%s), want %v", tt.claim, got, droppedFor(v), tt.dropped)
			}
		})
	}
}
