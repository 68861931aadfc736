package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// "What is the latest figure" asks for a figure: its words are no topic
// the answer must hold. "How many dead in total, what is the latest
// figure" is the death toll; so is the flagship asked for a "final
// tally". A figure of a thing the story never counts stays unanswered.
func TestFigureWordsAskForTheFigure(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "18 to 31", "How many dead in total, what is the latest figure", "how many died, whats the final tally")
	seedRefuses(t, b, c, "what is the latest figure for the ransom paid", "how many tourists, what is the latest figure")
}

// A number the question states counts what follows it: "50 people died
// in that ecuador jail" asks after the death toll (it was answered with
// the Esmeraldas hostages, the sentence with "jail" and a number), and so
// does the claim a friend made.
func TestClaimedCountIsTheToll(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "18 to 31", "50 people died in that ecuador jail", "my friend said 50 people died in that ecuador jail", "wait my boy said like 50 ppl died in that ecuador jail fr")
}

// The asker's source is left off the claim they heard: "my frend at work
// say only 18 dead" is the toll (it was hedged: "frend", "work" weighed
// against the toll sentence), read as the claim alone.
func TestHeardClaimIsTheToll(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "18 to 31", "my frend at work say only 18 dead is true or more", "I read somewhere it was like 50 dead in that guayaquil riot")
}

// A question for who gave a count is answered by the sentence giving it,
// whatever verb the question uses for giving: "who announced the number
// of dead" is the attorney general who "raised the death toll" (it was
// the government that "announced" the state of emergency, refused). A
// question for who announced something else keeps its verb.
func TestWhoGaveTheCount(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "attorney general", "Who announced the number of dead?", "who said the number of deaths? the police?", "who gave out the death toll")
	q := "who announced the state of emergency for the prisons"
	if a := ask(t, b, q); !strings.Contains(a.Text, "60-day") {
		t.Errorf("%q: %q, want the government's 60-day state of emergency", q, a.Text)
	}
}

// A place-of-thing question naming the thing first ("prison is in what
// city exactly") is answered by the city next to the prison, not by the
// city where guards were held at a jail (it was answered with Esmeraldas).
func TestThingFirstPlace(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "Guayaquil", "prison is in what city exactly", "the prison is in which city?", "abi this prison in the video, which city it is?")
}

// "How did they go inside" asks the way in: "Using controlled detonations,
// they gained access" (it was answered with the weapons "seized from
// inside the prison"). A count of those who went in keeps its answer.
func TestHowTheyWentInside(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "controlled detonations", "how they go inside the prison the army, they use explosives")
	seedAnswers(t, b, c, "thousands", "how many soldiers went in")
}

// "How long has the violence been going on" is answered by its start,
// "violence that has surged since 2021" (it was refused).
func TestHowLongHasItGoneOn(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "since 2021", "how long has the violence been going on")
}

// Two guesses after a question ask nothing of their own: "How did the
// soldiers come inside the prison? With force or did the prisoners
// open?" asks how they got in (its guesses were read as the question).
func TestGuessesAfterTheQuestion(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "controlled detonations", "How did the soldiers come inside the prison? With force or did the prisoners open?")
}

// seedAnswers asks each question of the seed bot and wants an answer that
// neither abstains nor hedges, keeps the citation contract and holds want.
func seedAnswers(t *testing.T, b *bot.Bot, c *corpus, want string, qs ...string) {
	t.Helper()
	for _, q := range qs {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, want) {
			t.Errorf("%q: %q, want an answer with %q", q, a.Text, want)
		}
	}
}

// seedRefuses asks each question of the seed bot and wants it refused or
// hedged (no answer of its own), every citation exact.
func seedRefuses(t *testing.T, b *bot.Bot, c *corpus, qs ...string) {
	t.Helper()
	for _, q := range qs {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) && !strings.HasPrefix(a.Text, extract.HedgeNo) {
			t.Errorf("%q: %q, want no answer", q, a.Text)
		}
	}
}
