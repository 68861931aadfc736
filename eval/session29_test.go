package eval

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// fixedAsker answers every question with one answer.
type fixedAsker struct{ a bot.Answer }

func (f fixedAsker) Ask(_ context.Context, q bot.Question) (*bot.Answer, error) {
	a := f.a
	a.Question = q.Text
	return &a, nil
}

// A two-story answer is graded on what it says, not on the titles that
// name its stories: "Manaus" in a title is no answer to where the riot
// was, "Manaus" in a sentence is.
func TestGradedWithoutStoryLabels(t *testing.T) {
	c := Case{ID: "x1", Question: "where did the riot happen", Answers: []string{"Manaus"}, Answerable: true}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{extract.TwoStories + "\n- In \"A riot in Manaus\" (2023-01-10): The violence began on Sunday. [1]\n- In \"A riot in Quito\" (2023-03-15): It broke out late on Sunday. [2]", false},
		{extract.TwoStories + "\n- In \"A riot\" (2023-01-10): The violence began on Sunday in Manaus. [1]\n- In \"Another riot\" (2023-03-15): It broke out in Quito. [2]", true},
	} {
		rep, err := Run(context.Background(), fixedAsker{bot.Answer{Text: tc.text, Citations: []bot.Citation{}}}, []Case{c}, 0, fstest.MapFS{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Results[0].Correct; got != tc.want {
			t.Errorf("%q graded correct %v, want %v", tc.text, got, tc.want)
		}
	}
}
