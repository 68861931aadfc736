package main

import (
	"testing"

	"github.com/storybot-dev/storybot/eval"
)

// ofStory keeps the answerable questions whose evidence the story holds
// (spaces, case and curly apostrophes aside) and the unanswerable ones,
// and drops follow-ups and another story's questions.
func TestOfStory(t *testing.T) {
	story := foldSpaces("Ecuador’s attorney general on Tuesday raised the death toll\nfrom 18 to 31.")
	cases := []eval.Case{
		{ID: "in", Answerable: true, Evidence: "ecuador's attorney general on Tuesday raised the death toll from 18 to 31"},
		{ID: "other", Answerable: true, Evidence: "killing six people"},
		{ID: "none", Answerable: false},
		{ID: "follow", Answerable: true, Evidence: "raised the death toll", Follows: "in"},
		{ID: "blank", Answerable: true},
	}
	var got []string
	for _, c := range ofStory(cases, story) {
		got = append(got, c.ID)
	}
	if len(got) != 2 || got[0] != "in" || got[1] != "none" {
		t.Errorf("kept %v, want [in none]", got)
	}
}
