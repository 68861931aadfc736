package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// A line a little past maxLine is dropped whole: its answer object says
// it is too long and does not carry its text.
func TestAskLinesDropsALineJustPastTheLimit(t *testing.T) {
	in := strings.Repeat("a", maxLine+10) + "\n"
	var out bytes.Buffer
	b := bot.New(nil, nil, bot.Options{}, nil)
	if err := askLines(context.Background(), b, true, strings.NewReader(in), &out, func(*bot.Answer) {}); err != nil {
		t.Fatal(err)
	}
	if out.Len() > 1000 || !strings.Contains(out.String(), "too long") {
		t.Errorf("output of %d bytes %.200q, want a short too-long error", out.Len(), out.String())
	}
}
