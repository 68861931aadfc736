package question

import "testing"

// A claim answers "how long has X been ..." with when X started ("has
// surged since 2021"), as a length would; not a question of how long
// something will last, nor a claim with no start. (Thirty-ninth session:
// fresh80-039, whose supported sentence was replaced for not answering.)
func TestDurationInClaimSinceForPerfectQuestions(t *testing.T) {
	for _, tt := range []struct {
		claim, asked string
		want         bool
	}{
		{"Lasso has regularly declared states of emergency as he tries to tackle violence that has surged since 2021.", "How long has prison violence been a problem in Ecuador?", true},
		{"Clashes between gangs began on Saturday.", "How long have the gangs been fighting?", true},
		{"Lasso has regularly declared states of emergency as he tries to tackle violence that has surged since 2021.", "How long will the state of emergency last?", false},
		{"Some candidates have pledged prison reforms.", "How long has prison violence been a problem in Ecuador?", false},
		{"The state of emergency lasts 60 days.", "How long will the state of emergency last?", true},
		{"Violence in the prisons has surged since 2021.", "How long has the state of emergency been in place?", false},
	} {
		if got := Duration.InClaim(tt.claim, tt.asked); got != tt.want {
			t.Errorf("Duration.InClaim(%q, %q) = %v, want %v", tt.claim, tt.asked, got, tt.want)
		}
	}
}

// The answerer's own reading is not loosened: In still wants a length
// for "how long has ...", so "how long has the state of emergency been in
// place" is not answered by the violence "since 2021" (review 22).
func TestDurationInKeepsWantingALength(t *testing.T) {
	if Duration.In("violence that has surged since 2021", "how long has the state of emergency been in place") {
		t.Error("Duration.In took a start for a length")
	}
}
