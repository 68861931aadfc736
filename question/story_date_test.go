package question

import "testing"

// A question for the story's own date is told from one for the date of an
// event the story tells.
func TestAsksStoryDate(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"hii what is the date of this news?? i need to put in the sheet", true},
		{"what day is this article from", true},
		{"When was the story published?", true},
		{"this article is from what date?", true},
		{"what date is this story", true},
		{"what day did the story say the clashes began", false},
		{"when did the clashes in the story begin", false},
		{"what date is this story about the prison riot talking about the election", false},
		{"what was the date of the attack", false},
		// the second review's cases
		{"what date was this article published?", true},
		{"can you tell me when this article was published?", true},
		{"when was this published?", true},
		{"When was the report released?", false},
		{"what is the date of the news conference?", false},
		{"who retook the prison and what is the date of this news?", false},
		{"what else happened on the day of this news?", false},
		{"what day was that post from?", false},
		{"when was it written?", false},
	} {
		if got := AsksStoryDate(tt.q); got != tt.want {
			t.Errorf("AsksStoryDate(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
