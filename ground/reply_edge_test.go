package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// edgePassages is the one passage of a story whose text is passage.
func edgePassages(t *testing.T, passage string) *Evidence {
	t.Helper()
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+passage)
	return Prepare(passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000}))
}

// A reply of filler only says nothing the passages lack: it cites no
// passage and is no abstention.
func TestFillerOnlyReplyIsNoAbstention(t *testing.T) {
	e := edgePassages(t, "The toll rose to 31.\n")
	v, reason := e.Check("Sure! I hope this helps.", "What happened?")
	if reason != "model answer cites no passage" || v.Abstained {
		t.Errorf("reason %q, abstained %v; want no citation and no abstention", reason, v.Abstained)
	}
	v, reason = e.Check("The passages don't say how many drivers pay the toll.", "What happened?")
	if reason != "" || !v.Abstained {
		t.Errorf("absence: reason %q, abstained %v; want an abstention", reason, v.Abstained)
	}
}

// A sentence repeats itself into a loop only with four words or more: a
// short sentence said three times is no runaway generation.
func TestLoopingSentenceNeedsFourWords(t *testing.T) {
	for _, tt := range []struct {
		reply string
		want  bool
	}{
		{"The toll rose [1]. Yes, it rose. Yes, it rose. Yes, it rose.", false},
		{"The toll rose [1]. Yes, it rose again. Yes, it rose again. Yes, it rose again.", true},
	} {
		if got := loops(tt.reply); got != tt.want {
			t.Errorf("loops(%q) = %v, want %v", tt.reply, got, tt.want)
		}
	}
}

// A sentence ending in "?" that quotes states what was asked: it is a
// claim, checked and shown; a bare question is not shown.
func TestQuotedQuestionIsAClaim(t *testing.T) {
	e := edgePassages(t, "\"Who will pay for the bridge?\" the mayor asked.\n")
	v, _ := e.Check(`The mayor asked "who will pay for the bridge"? [1]`, "What happened?")
	if !strings.Contains(v.Text, "The mayor asked") {
		t.Errorf("quoted question not shown: %q", v.Text)
	}
	if v, _ := e.Check("Who will pay for the bridge? [1]", "What happened?"); v.Text != "" {
		t.Errorf("bare question shown: %q", v.Text)
	}
}

// A reply whose first line opens with a marker is an answer, not a list
// of sources: only lines after the first are cut as one.
func TestFirstLineOpeningWithAMarkerIsNoSourcesList(t *testing.T) {
	e := edgePassages(t, "The toll rose to 31.\n")
	v, reason := e.Check("[1] The toll rose to 31.", "What happened?")
	if reason != "" || !strings.Contains(v.Text, "The toll rose to 31.") {
		t.Errorf("text %q, reason %q; want the claim kept", v.Text, reason)
	}
	v, _ = e.Check("The toll rose to 31 [1].\n[1] Town news, passage 1", "What happened?")
	if strings.Contains(v.Text, "Town news") {
		t.Errorf("sources line kept: %q", v.Text)
	}
}

// A line ending in a colon introduces what follows only when it cites
// nothing: with a marker it is a claim, checked and shown (or dropped).
func TestCitingLineEndingInAColonIsAClaim(t *testing.T) {
	e := edgePassages(t, "Crews closed the road to the harbour. The toll rose to 31.\n")
	v, _ := e.Check("Crews closed the road to the harbour [1]:\n- The toll rose to 31 [1].", "What happened?")
	if !strings.Contains(v.Text, "Crews closed the road") {
		t.Errorf("citing line ending in a colon not shown: %q", v.Text)
	}
	v, _ = e.Check("The mayor resigned over the toll [1]:\n- The toll rose to 31 [1].", "What happened?")
	if r := droppedFor(v); !strings.Contains(r, "resign") {
		t.Errorf("unsupported citing line ending in a colon: reason %q, want it dropped", r)
	}
	v, _ = e.Check("Here is what changed:\n- The toll rose to 31 [1].", "What happened?")
	if strings.Contains(v.Text, "Here is") || droppedFor(v) != "" {
		t.Errorf("introduction shown or dropped: %q, %q", v.Text, droppedFor(v))
	}
}
