package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/ground"
)

// A bug in the claim check that panics on a reply never reaches the
// process: the reply is not shown, the extractive answer is given with
// the reason, and a stream stops showing.
func TestClaimCheckCrashFallsBack(t *testing.T) {
	if _, reason := checkReply(nil, "The toll rose from 18 to 31 [1].", "how many died"); !strings.Contains(reason, "claim check failed") {
		t.Fatalf("checkReply with no evidence: reason %q, want a failed check", reason)
	}
	if shown, stop := partialReply(nil, "The toll rose from 18 to 31 [1]. And", "how many died"); shown != "" || !stop {
		t.Fatalf("partialReply with no evidence = %q, %v; want nothing shown and a stop", shown, stop)
	}
	const q = "How many people died in the prison violence?"
	const reply = "The toll rose from 18 to 31 [1]. It was raised on Tuesday [1]."
	ans, err := testBot(t, &scripted{text: reply}).Ask(context.Background(), Question{Text: q})
	if err != nil || ans.Mode != ModeLLM {
		t.Fatalf("control: mode %q, err %v, reason %q", ans.Mode, err, ans.FallbackReason)
	}
	check, partial := checkFn, partialFn
	t.Cleanup(func() { checkFn, partialFn = check, partial })
	checkFn = func(*ground.Evidence, string, string) (ground.Verdict, string) { panic("a bug") }
	partialFn = func(*ground.Evidence, string, string) (string, bool) { panic("a bug") }
	var shown []string
	gen := &scripted{text: reply, partials: []string{reply[:30], reply}}
	ans, err = testBot(t, gen).Ask(context.Background(), Question{Text: q, OnPartial: func(s string) { shown = append(shown, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != ModeExtractive || !strings.Contains(ans.FallbackReason, "claim check failed: a bug") {
		t.Errorf("mode %q, reason %q: want the extractive answer and the failed check", ans.Mode, ans.FallbackReason)
	}
	if len(shown) != 0 {
		t.Errorf("a failing check showed %q", shown)
	}
}
