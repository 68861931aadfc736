package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// Review 29: edge cases of askPremise (a confirmation question the story
// doesn't settle as typed gets what it says of the statement's slot) and
// of the two-story answer (a question two stories answer as surely gets
// both, each under its story; Unlabelled is what the grader reads).
// Written by a reviewer from the diff alone; 9 of 28 failed at first, 8
// were mended (a confirmation in a conversation read without the turn it
// leans on; a tag the reading cuts, "or not", read from the question as
// typed; the question returned trimmed; the second story's day counted
// from its own date; a headline's quotation marks in a label). Open,
// taken out: each line of a two-story answer should answer the question
// ("how many inmates were killed" gives, for the Bucaramanga story, "25
// inmates were taken to hospitals", though its first sentence says the
// fire killed 17).
func TestReview29(t *testing.T) {
	b, c := seedBot(t)
	askWith := func(t *testing.T, bb *bot.Bot, q string, history ...bot.Turn) *bot.Answer {
		t.Helper()
		a, err := bb.Ask(context.Background(), bot.Question{Text: q, History: history})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		return a
	}
	// premiseAnswered wants the story's own answer (want), never "Yes",
	// the question as asked, and, when readAs is given, a reading opening
	// with it.
	premiseAnswered := func(t *testing.T, q string, a *bot.Answer, want, readAs string) {
		t.Helper()
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, want) {
			t.Errorf("%q: %q (abstained %v), want an answer with %q", q, a.Text, a.Abstained, want)
		}
		if strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: %q, want no \"Yes\": the asker's statement is not the story's", q, a.Text)
		}
		if readAs != "" && !strings.HasPrefix(a.ReadAs, readAs) {
			t.Errorf("%q: read as %q, want a reading opening %q", q, a.ReadAs, readAs)
		}
	}

	// --- askPremise on the seed story ---
	for _, tc := range []struct{ name, q, want, readAs string }{
		{"place, is that correct", "the prison is in quito, is that correct?", "Guayaquil", "where the prison is"},
		{"place, isn't it", "the prison is in Quito, isn't it?", "Guayaquil", "where the prison is"},
		{"place of a pronoun", "it was in quito right?", "Guayaquil", "where it was"},
		{"place of the hostages", "is it true that the hostages were held in quito", "Esmeraldas", "where the hostages were held"},
		{"day, is it true that", "is it true that lasso declared the emergency on friday", "Monday", "when lasso declared the emergency"},
		{"day, no?", "the mayor of manta was shot on saturday, no?", "Sunday", "when the mayor of manta was shot"},
	} {
		t.Run("premise/"+tc.name, func(t *testing.T) {
			a := ask(t, b, tc.q)
			premiseAnswered(t, tc.q, a, tc.want, tc.readAs)
			if a.Question != tc.q {
				t.Errorf("%q: the answer's question is %q", tc.q, a.Question)
			}
			if a.Timings.TotalMS <= 0 {
				t.Errorf("%q: timings %+v, want the whole ask timed", tc.q, a.Timings)
			}
		})
	}
	t.Run("premise/settled as typed is not re-read", func(t *testing.T) {
		const q = "the death toll was raised to 31 right?"
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, "31") || strings.HasPrefix(a.ReadAs, "how many") {
			t.Errorf("%q: %q read as %q, want the typed question answered (31), not its slot's reading", q, a.Text, a.ReadAs)
		}
	})
	t.Run("premise/refused: a named place placed elsewhere", func(t *testing.T) {
		seedRefuses(t, b, c, "Guayaquil is in Peru, right?")
	})
	t.Run("premise/refused: a slot the story never tells", func(t *testing.T) {
		seedRefuses(t, b, c, "100 inmates escaped during the riot, is that right?", "about 300 inmates were moved to other jails right?")
	})
	t.Run("premise/a slot the story doesn't count keeps the closest passage", func(t *testing.T) {
		// "3 provinces": the story names two (Manabi and Los Rios) and
		// counts none; whatever is said must be that sentence.
		const q = "lasso declared the emergency in 3 provinces right?"
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if !strings.Contains(a.Text, "Manabi") || strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: %q, want the sentence naming the provinces", q, a.Text)
		}
	})
	t.Run("premise/a follow-up that reads alone", func(t *testing.T) {
		first := ask(t, b, "what happened at the prison in guayaquil?")
		const q = "it started on monday right?"
		premiseAnswered(t, q, askWith(t, b, q, bot.Turn{Question: first.Question, Answer: first.Text}), "Saturday", "when")
	})
	// FINDING: askPremise reads the question as read (read), and a
	// question leaning on the last turn is read with " (following: ...)"
	// appended; the appended turn holds a wh-word ("what happened ...")
	// and the tag no longer ends the text, so Premise never reads it. The
	// same words asked alone get Saturday; in a conversation, "The stories
	// don't say so."
	t.Run("premise/FINDING a confirmation in a conversation", func(t *testing.T) {
		first := ask(t, b, "what happened at the prison in guayaquil?")
		const q = "is it true that it started on monday"
		premiseAnswered(t, q, askWith(t, b, q, bot.Turn{Question: first.Question, Answer: first.Text}), "Saturday", "")
	})
	// FINDING: the same in a conversation for a place: hedged in a
	// conversation, answered (Guayaquil) alone.
	t.Run("premise/FINDING a place confirmation in a conversation", func(t *testing.T) {
		first := ask(t, b, "what happened at the prison in guayaquil?")
		const q = "is it true that it is in quito"
		premiseAnswered(t, q, askWith(t, b, q, bot.Turn{Question: first.Question, Answer: first.Text}), "Guayaquil", "")
	})
	// FINDING: "or not?" and "or no?" are tags confirmTagRE lists, but
	// askPremise hands Premise the reader's text, and the reader has
	// already cut "or not" ("the prison is in quito?"): the tag is gone
	// and the question is refused, where "..., right?" gets Guayaquil.
	t.Run("premise/FINDING or not", func(t *testing.T) {
		for _, q := range []string{"the prison is in quito or not?", "the prison is in quito or no?"} {
			premiseAnswered(t, q, ask(t, b, q), "Guayaquil", "where the prison is")
		}
	})
	// FINDING: the same for a yes/no question closed by "or not": the
	// typed question is hedged, and the day's reading ("when lasso
	// declared the emergency", Monday) is never asked.
	t.Run("premise/FINDING did ... or not", func(t *testing.T) {
		const q = "did lasso declare the emergency on friday or not?"
		a := ask(t, b, q)
		premiseAnswered(t, q, a, "Monday", "")
		if strings.HasPrefix(a.Text, extract.Hedge) {
			t.Errorf("%q: hedged (%q), want the day answered", q, a.Text)
		}
	})
	// FINDING: a named prison placed in the wrong city is hedged ("I
	// couldn't find a direct answer"), while "the prison is in quito
	// right?" is answered: Premise refuses any statement naming a name
	// before its place (namesPlace), meant for "Guayaquil is in Peru", but
	// the story does say where the Litoral prison is.
	t.Run("premise/FINDING a named prison", func(t *testing.T) {
		const q = "the litoral prison is in quito right?"
		premiseAnswered(t, q, ask(t, b, q), "Guayaquil", "where")
	})
	// FINDING: every other answer's Question is the question trimmed
	// (CheckQuestion); askPremise sets it to q.Text as typed, spaces and
	// all, so the same question reports itself differently by path.
	t.Run("premise/FINDING the question as typed is trimmed", func(t *testing.T) {
		const q = "  the prison is in quito right?  "
		a := ask(t, b, q)
		premiseAnswered(t, q, a, "Guayaquil", "where the prison is")
		if a.Question != strings.TrimSpace(q) {
			t.Errorf("%q: the answer's question is %q, want it trimmed as every other answer's", q, a.Question)
		}
	})

	// --- two stories answering alike (news corpus) ---
	nc := loadCorpus(t, "../testdata/news")
	nb := bot.New(nc.index, nil, bot.DefaultOptions(), nil)
	lines := func(text string) []string {
		var out []string
		for _, l := range strings.Split(text, "\n") {
			if strings.HasPrefix(l, "- In \"") {
				out = append(out, l)
			}
		}
		return out
	}
	// twoStories wants a two-story answer, each line of its own story, and
	// Unlabelled to leave no label in it.
	twoStories := func(t *testing.T, cs *corpus, a *bot.Answer) []string {
		t.Helper()
		checkContract(t, []*corpus{cs}, a)
		ls := lines(a.Text)
		if !strings.HasPrefix(a.Text, extract.TwoStories) || len(ls) != 2 || len(a.Citations) < 2 {
			t.Fatalf("%q: %q, want two stories' answers", a.Question, a.Text)
		}
		if a.Citations[0].Source == a.Citations[len(a.Citations)-1].Source {
			t.Errorf("%q: both answers from %s", a.Question, a.Citations[0].Source)
		}
		if body := extract.Unlabelled(a.Text); strings.Contains(body, "- In \"") {
			t.Errorf("Unlabelled(%q) = %q, want no story label left", a.Text, body)
		}
		return ls
	}
	t.Run("two/how many guards held hostage", func(t *testing.T) {
		ls := twoStories(t, nc, ask(t, nb, "how many guards were held hostage"))
		joined := strings.Join(ls, "\n")
		if !strings.Contains(joined, "22") || !strings.Contains(joined, "15") {
			t.Errorf("want both counts (22 in Guatemala, 15 in Esmeraldas): %q", joined)
		}
	})
	t.Run("two/regain control", func(t *testing.T) {
		twoStories(t, nc, ask(t, nb, "when did troops regain control of the prison"))
	})
	t.Run("two/through a confirmation's reading", func(t *testing.T) {
		const q = "troops regained control of the prison on friday right?"
		a := ask(t, nb, q)
		twoStories(t, nc, a)
		if a.Question != q || a.ReadAs != "when troops regained control of the prison" || strings.Contains(a.Text, "Yes") {
			t.Errorf("%q: question %q read as %q: %q", q, a.Question, a.ReadAs, a.Text)
		}
	})
	for _, tc := range []struct{ name, q, want string }{
		{"named country", "how many guards were held hostage in guatemala", "22"},
		{"named country of the other story", "when did the gangs start fighting in brazil", "Sunday"},
		{"a yes/no question", "were guards held hostage", ""},
	} {
		t.Run("one/"+tc.name, func(t *testing.T) {
			a := ask(t, nb, tc.q)
			checkContract(t, []*corpus{nc}, a)
			if strings.HasPrefix(a.Text, extract.TwoStories) || !strings.Contains(a.Text, tc.want) {
				t.Errorf("%q: %q, want one story's answer with %q", tc.q, a.Text, tc.want)
			}
		})
	}
	t.Run("one/a follow-up about one story", func(t *testing.T) {
		first := ask(t, nb, "how many died in the manaus prison riot?")
		const q = "when did the gangs start fighting there?"
		a := askWith(t, nb, q, bot.Turn{Question: first.Question, Answer: first.Text})
		checkContract(t, []*corpus{nc}, a)
		if strings.HasPrefix(a.Text, extract.TwoStories) || !strings.Contains(a.Text, "Anisio Jobim") {
			t.Errorf("%q after Manaus: %q, want Manaus's answer alone", q, a.Text)
		}
	})
	// FINDING: the rival's line is its sentence as the story writes it
	// (story.Clean), not as an answer is written: the first line's
	// "Monday" is counted from its story's date ("Monday 9 January 2023"),
	// the second's "on Tuesday" is left bare, though the two stories are
	// two months apart and a when-question asks exactly that.
	t.Run("two/FINDING the rival's day is counted as the first's", func(t *testing.T) {
		ls := twoStories(t, nc, ask(t, nb, "when did troops regain control of the prison"))
		for _, l := range ls {
			if !strings.Contains(l, "counted from the story's date") {
				t.Errorf("line %q: its day is not counted from its story's date, as the other line's is", l)
			}
		}
	})
	// --- Unlabelled on a story whose title holds quotation marks ---
	dir := writeCorpus(t, map[string]string{
		"quito.txt":  " date 2023-03-15 STORY: \"We will retake every prison,\" Ecuador's president says after a riot in Quito.\n\nGangs began fighting inside the Quito prison late on Sunday, officials said.\n\nAt least 12 inmates were killed before soldiers retook the prison on Tuesday.\n",
		"manaus.txt": " date 2023-01-10 STORY: Death toll from Manaus prison riot rises to 40.\n\nGangs began fighting inside the Manaus prison early on Sunday, officials said.\n\nTroops retook the prison on Monday after 40 inmates were killed.\n",
	})
	qc := loadCorpus(t, dir)
	qb := bot.New(qc.index, nil, bot.DefaultOptions(), nil)
	t.Run("two/both tolls, each cited", func(t *testing.T) {
		a := ask(t, qb, "how many inmates were killed")
		checkContract(t, []*corpus{qc}, a)
		ls := lines(a.Text)
		if j := strings.Join(ls, "\n"); !strings.HasPrefix(a.Text, extract.TwoStories) || len(ls) != 2 || !strings.Contains(j, "12 inmates") || !strings.Contains(j, "40 inmates") {
			t.Errorf("want both tolls, each under its story: %q", a.Text)
		}
	})
	// FINDING: a headline quoting someone ("\"We will retake every
	// prison,\" Ecuador's president says ...") is written into the label
	// as it stands, and storyLabelRE's title ([^"\n]*) cannot cross its
	// quotation marks: Unlabelled leaves that label, title and date in the
	// text it grades, which is what Unlabelled exists to prevent. (The
	// twoStories helper checks no label is left.)
	t.Run("two/FINDING a quoted headline's label is graded", func(t *testing.T) {
		a := ask(t, qb, "when did the gangs start fighting")
		twoStories(t, qc, a)
		if body := extract.Unlabelled(a.Text); strings.Contains(body, "retake every prison") {
			t.Errorf("Unlabelled(%q) = %q, want the title gone", a.Text, body)
		}
	})
}
