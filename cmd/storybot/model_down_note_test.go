package main

import (
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// An offline answer never carries the model-down reason: the model was
// not asked.
func TestModelDownNoteOnlyWhenTheModelIsUsed(t *testing.T) {
	a := &app{modelDown: "the model server did not answer at start", offline: true}
	ans := &bot.Answer{}
	a.noteModelDown(ans)
	if ans.FallbackReason != "" {
		t.Errorf("offline answer noted %q", ans.FallbackReason)
	}
	a.offline = false
	a.noteModelDown(ans)
	if ans.FallbackReason == "" {
		t.Error("an answer without the model lacks the model-down reason")
	}
}
