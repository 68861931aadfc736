package extract

import (
	"strings"
	"testing"
)

// Review 25c: format words and a purpose are no topic of a summary request.
// Written by an independent reviewer from the diff alone; its failures at
// first ("for the group chat", "or fewer", "keep it short", "for the
// missing students" and "for the England team" read as audiences, "bullet
// train" and "Long Beach" read as format words) were all mended (the
// mends are listed in text/review25c_test.go).
func TestReview25cSummaryTopic(t *testing.T) {
	cases := []struct {
		q        string
		empty    bool     // no topic left
		contains []string // topic words that must remain
		why      string
	}{
		{q: "summarize in 50 words", empty: true, why: "a length is a format"},
		{q: "tldr, 2 sentences max", empty: true, why: "\"2 sentences max\" is a format"},
		{q: "summary for the pinned post", empty: true, why: "what the summary is for"},
		{q: "give me a simple summary for my class", empty: true, why: "\"simple\" and \"for my class\""},
		{q: "summary in 3 bullet points for our readers", empty: true, why: "format and audience"},
		{q: "summary for the group chat", empty: true, why: "\"for the group chat\" is one purpose, chat included"},
		{q: "summary in 50 words or fewer", empty: true, why: "\"or fewer\" is part of the length"},
		{q: "summarize it for my mom, keep it short", empty: true, why: "\"keep it short\" is a format"},
		{q: "summarize the japan story", contains: []string{"japan"}, why: "a topic stays"},
		{q: "summarize the search for the missing students", contains: []string{"search", "missing", "students"}, why: "\"for the missing students\" is the topic, not an audience"},
		{q: "summarize the bonus row for the England team", contains: []string{"bonus", "england"}, why: "\"for the England team\" is part of the topic"},
		{q: "summary of the bullet train crash", contains: []string{"bullet", "train"}, why: "\"bullet train\" is the topic"},
		{q: "summary of the Long Beach shooting", contains: []string{"long", "beach"}, why: "Long Beach is a place"},
	}
	for _, c := range cases {
		got := topicOf(c.q)
		if c.empty && got != "" {
			t.Errorf("topicOf(%q) = %q, want no topic (%s)", c.q, got, c.why)
		}
		for _, w := range c.contains {
			if !strings.Contains(" "+got+" ", " "+w+" ") {
				t.Errorf("topicOf(%q) = %q, want it to keep %q (%s)", c.q, got, w, c.why)
			}
		}
	}
}

func TestReview25cSummaryAsk(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.md": "# Bullet train crash near Osaka\n\nA bullet train derailed near Osaka on Monday, injuring 14 passengers. The high-speed service was suspended while inspectors examined the track. Officials said a cracked rail was the likely cause.\n",
		"b.md": "# Freight train crash in Ohio\n\nA freight train crashed in Ohio on Tuesday, spilling grain across a highway. No one was hurt. The railroad said crews would clear the line by Friday.\n",
	})
	got := askText(t, ix, "summary of the bullet train crash")
	if !strings.Contains(got, "Osaka") || strings.Contains(got, "Ohio") {
		t.Errorf("summary of the bullet train crash = %q, want the Osaka bullet train story only (\"bullet\" names it)", got)
	}
	got = askText(t, ix, "summarize the freight train crash in 2 sentences max for my class")
	if !strings.Contains(got, "Ohio") || strings.Contains(got, "Osaka") {
		t.Errorf("summarize the freight train crash in 2 sentences max for my class = %q, want the Ohio story only", got)
	}
	// the same two stories listed the other way round: the pick must not
	// rest on which story comes first
	ix = edgeIndex(t, map[string]string{
		"a.md": "# Freight train crash in Ohio\n\nA freight train crashed in Ohio on Tuesday, spilling grain across a highway. No one was hurt. The railroad said crews would clear the line by Friday.\n",
		"b.md": "# Bullet train crash near Osaka\n\nA bullet train derailed near Osaka on Monday, injuring 14 passengers. The high-speed service was suspended while inspectors examined the track. Officials said a cracked rail was the likely cause.\n",
	})
	got = askText(t, ix, "summary of the bullet train crash")
	if !strings.Contains(got, "Osaka") || strings.Contains(got, "Ohio") {
		t.Errorf("(Ohio story first) summary of the bullet train crash = %q, want the Osaka bullet train story only (\"bullet\" names it)", got)
	}
}
