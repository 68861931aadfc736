package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/text"
)

// A statement asked to be confirmed that the story doesn't settle as
// typed gets what the story says of its slot, never "Yes:", and read_as
// shows the reading: the day the fighting began ("Monday" typed,
// "Saturday" told), the toll (50 typed, 31 told), the city (Quito typed,
// Guayaquil told). A confirmation whose slot the story never tells is
// still refused: it says nothing of inmates escaping.
func TestPremiseSlotAnswered(t *testing.T) {
	b, c := seedBot(t)
	for _, tc := range []struct{ q, want, readAs string }{
		{"fighting start Monday right?", "Saturday", "when fighting start"},
		{"my colleague say 50 ppl die sia, betul ka?", "31", "how many"},
		{"the prison is in quito right?", "Guayaquil", "where the prison is"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, tc.want) || strings.HasPrefix(a.Text, "Yes") || !strings.HasPrefix(a.ReadAs, tc.readAs) {
			t.Errorf("%q: %q (read as %q), want an answer with %q read as %q…", tc.q, a.Text, a.ReadAs, tc.want, tc.readAs)
		}
		if a.Question != tc.q {
			t.Errorf("%q: the answer's question is %q", tc.q, a.Question)
		}
	}
	seedRefuses(t, b, c, "100 inmates escaped during the riot, is that right?")
}

// A question naming no story that two stories answer as surely gets both,
// each line under its story's title, each cited: "when did troops regain
// control of the prison" of the news corpus (Manaus's toll rose on Monday
// after troops regained control, Quito's prison was retaken on Tuesday). A question naming its story
// (Colombia's attorney general), or one whose deed only one story holds
// ("banana exports fall"), gets one answer; so does a yes/no question.
func TestTwoStoriesAnswerAlike(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	a := ask(t, b, "when did troops regain control of the prison")
	checkContract(t, []*corpus{c}, a)
	if !strings.HasPrefix(a.Text, extract.TwoStories) || len(a.Citations) < 2 {
		t.Fatalf("%q: %q, want two stories' answers", a.Question, a.Text)
	}
	first, last := a.Citations[0], a.Citations[len(a.Citations)-1]
	if first.Source == last.Source {
		t.Errorf("%q: both answers from %s", a.Question, first.Source)
	}
	for _, cit := range []bot.Citation{first, last} {
		if label := "- In \"" + text.Clip(cit.Title, 80) + "\""; !strings.Contains(a.Text, label) {
			t.Errorf("%q: no line labelled %q in %q", a.Question, label, a.Text)
		}
	}
	if body := extract.Unlabelled(a.Text); strings.Contains(body, "- In \"") || strings.Contains(body, first.Date) || !strings.Contains(body, "Monday") || !strings.Contains(body, "Tuesday") {
		t.Errorf("Unlabelled(%q) = %q, want the answers without their titles", a.Text, body)
	}
	for _, q := range []string{
		"what did colombia's attorney general's office do after the prison fire?",
		"how much did ecuador's banana exports fall in the first quarter",
		"were inmates killed in the riot",
		"idk what a cellblock is but how many did they get into", // another story's sentence holds its words, less surely
		"did troops regain control of the prison",
	} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if strings.HasPrefix(a.Text, extract.TwoStories) {
			t.Errorf("%q: %q, want one story's answer", q, a.Text)
		}
	}
}
