package bot_test

import (
	"strings"
	"testing"
)

// Numbered questions in one message are answered one by one, offline,
// each under its question, when the message as a whole found no answer:
// the two answers' citations are numbered across the whole reply, every
// marker points at a citation whose quote is the cited bytes of its story
// (checkContract), and a part the stories do not answer says so.
func TestNumberedQuestionsAnsweredEach(t *testing.T) {
	b, c := seedBot(t)
	a := ask(t, b, "1) how many people died 2) who is the director of the prison authority")
	checkContract(t, []*corpus{c}, a)
	if a.Abstained {
		t.Fatalf("abstained: %q", a.Text)
	}
	for _, want := range []string{"**how many people died**", "from 18 to 31. [1]", "**who is the director of the prison authority**", "Guillermo Rodriguez is the general director", "SNAI. [2]"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %q:\n%s", want, a.Text)
		}
	}
	if len(a.Citations) != 2 {
		t.Errorf("%d citations, want 2: %+v", len(a.Citations), a.Citations)
	}
	if !strings.Contains(a.ReadAs, "how many people died | who is the director") {
		t.Errorf("read_as %q does not show the parts", a.ReadAs)
	}

	// one part answered, one the stories don't hold
	a = ask(t, b, "1) how many people died 2) who won the super bowl")
	checkContract(t, []*corpus{c}, a)
	if !strings.Contains(a.Text, "from 18 to 31. [1]") || !strings.Contains(a.Text, "**who won the super bowl**\nThe stories don't say.") {
		t.Errorf("answer:\n%s", a.Text)
	}

	// the same sentence cited by both parts keeps one number
	a = ask(t, b, "1) how many people died 2) who raised the death toll")
	checkContract(t, []*corpus{c}, a)
	if len(a.Citations) != 1 || strings.Contains(a.Text, "[2]") {
		t.Errorf("one sentence cited twice numbered twice: %d citations\n%s", len(a.Citations), a.Text)
	}

	// no part answered: the message's own answer
	a = ask(t, b, "1) who won the super bowl 2) who won the world cup")
	if !a.Abstained || strings.Contains(a.Text, "**") {
		t.Errorf("nothing answered, yet: %q", a.Text)
	}
}
