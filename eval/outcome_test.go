package eval

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// TestTallyBy: each outcome on its side, worked out by hand.
func TestTallyBy(t *testing.T) {
	res := func(answerable, correct bool, text string, abstained bool) Result {
		return Result{Case: Case{Answerable: answerable, Answers: []string{"31"}}, Correct: correct,
			Answer: &bot.Answer{Text: text, Abstained: abstained}}
	}
	results := []Result{
		res(true, true, "It rose to 31 [1].", false),                      // right
		res(true, false, "Guards were held [1].", false),                  // wrong
		res(true, false, extract.Hedge+" The toll rose to 31. [1]", true), // hedged, answer shown
		res(true, false, extract.Hedge+" Guards were held. [1]", true),    // hedged
		res(true, false, bot.NotFound, true),                              // refused
		res(false, false, "Lasso won [1].", false),                        // answered
		res(false, true, bot.NotFound, true),                              // refused
		res(false, true, extract.HedgeNo+" The toll rose. [1]", true),     // hedged
	}
	got := TallyBy(results, func(Result) string { return "all" })["all"]
	want := map[Outcome]int{Right: 1, Wrong: 1, Hedged: 2, Refused: 1}
	for o, n := range want {
		if got.Answerable[o] != n {
			t.Errorf("answerable %s = %d, want %d", o, got.Answerable[o], n)
		}
	}
	if got.HedgedShown != 1 || got.NAnswerable != 5 || got.NUnanswer != 3 {
		t.Errorf("hedged with the answer shown %d (want 1), answerable %d (5), unanswerable %d (3)", got.HedgedShown, got.NAnswerable, got.NUnanswer)
	}
	if got.Unanswerable[Wrong] != 1 || got.Unanswerable[Refused] != 1 || got.Unanswerable[Hedged] != 1 {
		t.Errorf("unanswerable = %v, want one each of answered, refused, hedged", got.Unanswerable)
	}
	var b strings.Builder
	WriteTallies(&b, map[string]*Tally{"all": got})
	if !strings.Contains(b.String(), "| all | 5 | 1 (0.20) | 1 (0.20) | 2 (0.40) (1) | 1 (0.20) | 3 | 2 (0.67) | 1 (0.33) |") {
		t.Errorf("table row:\n%s", b.String())
	}
}
