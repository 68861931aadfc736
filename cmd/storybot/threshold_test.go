package main

import (
	"encoding/json"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
)

// The answerability operating point in the configuration reaches the bot:
// a threshold of 0.99 turns an answer into an abstention.
func TestAnswerThresholdFromConfig(t *testing.T) {
	ask := func(args ...string) bot.Answer {
		t.Helper()
		code, out, errOut := cli(t, "", withData(t, t.TempDir(), "ask", append(args, "--json", "How many people died?")...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var a bot.Answer
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	// The configuration's default is what reaches the bot. (Whether it
	// equals the answerer's own default is the defaults' test, not this.)
	if a := ask(); a.Abstained || a.Answerability == nil || a.Answerability.Threshold != config.Default().Retrieval.AnswerThreshold {
		t.Fatalf("default: %q, answerability %+v", a.Text, a.Answerability)
	}
	strict := writeFile(t, "[retrieval]\nanswer_threshold = 0.99\nhedge_floor = 0.98\n")
	if a := ask("--config", strict); !a.Abstained || a.Answerability.Threshold != 0.99 || a.Answerability.Floor != 0.98 {
		t.Fatalf("threshold 0.99: %q (abstained %v), answerability %+v", a.Text, a.Abstained, a.Answerability)
	}
}
