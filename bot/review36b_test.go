package bot_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Review 36b end to end: offline answers over the seed story and over
// small stories written for the case (an independent helper, from the
// diff alone; question/review36b_test.go says what was mended). Open,
// left out: "who shoot manta mayor" (no article before the thing shot:
// the victim's sentence is given).

// manta36b names the shooter (Macias) and who was behind the attack on
// the prosecutor's office (Los Choneros).
const manta36b = ` date 2023-07-24 STORY: Police in Ecuador have arrested a suspect in the killing of the mayor of Manta.

Manta mayor Agustin Intriago was shot dead on Sunday while inspecting public works in the port city.

Prosecutors say Jose Macias, a member of the Los Lobos gang, shot the mayor from a motorcycle.

President Guillermo Lasso declared a state of emergency in the province of Manabi.

Police said the Los Choneros gang was behind an earlier attack on the prosecutor's office in Esmeraldas.
`

// found36b names no one who shot the mayor.
const found36b = ` date 2023-08-01 STORY: The mayor of a small Ecuadorian town was found dead on Tuesday.

Mayor Agustin Intriago was found shot dead in his car outside the town hall.

Police have not identified any suspects.
`

// guards36b says the inmates attacked the guards.
const guards36b = ` date 2023-08-02 STORY: Soldiers retook the Litoral prison in Guayaquil on Friday.

Inmates were attacking the guards with knives when soldiers entered the prison.

Two guards were taken to hospital.
`

func bot36b(t *testing.T, txt string) *bot.Bot {
	t.Helper()
	s := story.Parse("review36b.txt", txt)
	ix, err := retrieval.Build(context.Background(), []story.Story{s}, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(ix, nil, bot.DefaultOptions(), nil)
}

func seed36b(t *testing.T) *bot.Bot {
	t.Helper()
	b, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	return bot36b(t, string(b))
}

func ask36b(t *testing.T, b *bot.Bot, q string) *bot.Answer {
	t.Helper()
	a, err := b.Ask(context.Background(), bot.Question{Text: q, Offline: true})
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

func wantAnswer36b(t *testing.T, b *bot.Bot, q, want string) {
	t.Helper()
	a := ask36b(t, b, q)
	if a.Abstained || !strings.Contains(a.Text, want) {
		t.Errorf("Ask(%q) = %q (abstained %v), want an answer with %q", q, a.Text, a.Abstained, want)
	}
}

func wantAbstain36b(t *testing.T, b *bot.Bot, q string) {
	t.Helper()
	if a := ask36b(t, b, q); !a.Abstained {
		t.Errorf("Ask(%q) = %q, want an abstention", q, a.Text)
	}
}

// "who behind the attack" is "who was behind the attack": the story says
// the Los Choneros gang was.
func TestReview36bBotWhoBehindTheAttack(t *testing.T) {
	wantAnswer36b(t, bot36b(t, manta36b), "who behind the attack on the prosecutors office", "Los Choneros")
}

// Control: the base form before "the".
func TestReview36bBotBaseFormControl(t *testing.T) {
	wantAnswer36b(t, bot36b(t, manta36b), "who shoot the mayor", "Macias")
}

// The story names no shooter: the mayor was found shot dead.
func TestReview36bBotFoundShotDeadAbstains(t *testing.T) {
	wantAbstain36b(t, bot36b(t, found36b), "who shot the mayor")
}

// "Inmates were attacking the guards": the inmates did it.
func TestReview36bBotProgressiveDoer(t *testing.T) {
	wantAnswer36b(t, bot36b(t, guards36b), "who attacked the guards?", "Inmates")
}

// "so far" adds nothing: the seed story's weapons and ammunition were
// seized from inside the prison.
func TestReview36bBotInThereSoFar(t *testing.T) {
	wantAnswer36b(t, seed36b(t), "what did they find in there so far?", "weapons")
}

// "atacked" is "attacked" misspelt on a phone: the story says the Los
// Choneros gang was behind the attack on the prosecutor's office, and the
// question spelt right is answered with that.
func TestReview36bBotMisspeltDeed(t *testing.T) {
	wantAnswer36b(t, bot36b(t, manta36b), "who atacked the prosecutors office", "Los Choneros")
}
