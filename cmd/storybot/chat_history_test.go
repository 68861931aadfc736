package main

import (
	"context"
	"io"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/internal/testindex"
)

// Chat remembers only its last chatHistory turns.
func TestChatKeepsTheLastTurns(t *testing.T) {
	ch := &chat{e: &env{stdout: io.Discard, stderr: io.Discard}, bot: bot.New(testindex.Seed(t), nil, bot.Options{}, nil), offline: true}
	for _, q := range []string{"how many died", "where was that", "what did he say", "how many guards"} {
		if _, err := ch.ask(context.Background(), q); err != nil {
			t.Fatal(err)
		}
	}
	if len(ch.history) != chatHistory || ch.history[len(ch.history)-1].Question != "how many guards" {
		t.Errorf("history %+v, want the last %d turns", ch.history, chatHistory)
	}
}

// A lone "/" is not a command.
func TestChatSlashAloneIsNoCommand(t *testing.T) {
	if cmd, ok := chatCommand("/"); ok {
		t.Errorf("chatCommand(/) = %q, a command", cmd)
	}
}

// "/?" is the help command's short form.
func TestChatQuestionMarkIsACommand(t *testing.T) {
	if cmd, ok := chatCommand("/?"); !ok || cmd != "/?" {
		t.Errorf("chatCommand(/?) = %q, %v; want the command /?", cmd, ok)
	}
}
