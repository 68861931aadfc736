package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A question for the story's own date is answered with its dateline, even
// when its words are keys of their own ("date", "news"); a question for
// an event's day is not.
func TestStoryDateAnsweredByTheDateline(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"s.txt": " date 2023-07-26 STORY: Prison retaken.\n\nClashes between gangs here began on Saturday. Soldiers retook the prison.\n"})
	if got := askText(t, ix, "hii what is the date of this news?? i need to put in the sheet"); !strings.Contains(got, "26 July 2023") {
		t.Errorf("the story's date: got %q, want its dateline", got)
	}
	if got := askText(t, ix, "what day did the clashes begin"); !strings.Contains(got, "Saturday") || strings.Contains(got, "dated") {
		t.Errorf("the clashes' day: got %q, want Saturday from the text", got)
	}
}

// Of many stories, "this news" asked alone names none: no story's date is
// given for it.
func TestStoryDateOfManyStoriesNeedsOne(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.txt": " date 2023-07-26 STORY: Prison retaken.\n\nClashes between gangs here began on Saturday. Soldiers retook the prison.\n",
		"b.txt": " date 2023-05-10 STORY: Port strike.\n\nDockworkers walked off the job on Thursday.\n",
	})
	if got := askText(t, ix, "hii what is the date of this news?? i need to put in the sheet"); strings.Contains(got, "dated") {
		t.Errorf("asked alone of two stories: got %q, want no story's dateline", got)
	}
}

// In a conversation, "this news" is the story the last turn was about.
func TestStoryDateOfTheConversationsStory(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.txt": " date 2023-07-26 STORY: Prison retaken.\n\nClashes between gangs here began on Saturday. Soldiers retook the prison.\n",
		"b.txt": " date 2023-05-10 STORY: Port strike.\n\nDockworkers walked off the job on Thursday.\n",
	})
	const subject = "when did the dockworkers walk off the job"
	var rd question.Reader
	a := &Answer{Passages: passagesOf(t, ix, subject)}
	(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, rd.Vocabulary(ix), "hii what is the date of this news?? i need to put in the sheet", subject, a)
	if !strings.Contains(a.Text, "10 May 2023") {
		t.Errorf("after a turn about the strike: got %q, want the strike story's dateline", a.Text)
	}
}
