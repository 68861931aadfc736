package config

import (
	"strings"
	"testing"
)

// Range ends are allowed: k at its maximum, a port above 6553.
func TestValidateRangeEnds(t *testing.T) {
	c := Default()
	c.Retrieval.K = MaxK
	c.HTTP.Addr = "127.0.0.1:9090"
	if err := c.Validate(); err != nil {
		t.Errorf("k = %d, http.addr %s: %v", MaxK, c.HTTP.Addr, err)
	}
}

// A URL needs a host.
func TestValidateURLNeedsHost(t *testing.T) {
	c := Default()
	c.LLM.BaseURL = "http://"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "llm.base_url") {
		t.Errorf("llm.base_url %q: %v, want it refused", c.LLM.BaseURL, err)
	}
}

// Answer channels are fine once the message content intent is on.
func TestValidateAnswerChannelsWithContent(t *testing.T) {
	c := Default()
	c.Discord.AnswerChannels = []string{"123456789012345678"}
	c.Discord.MessageContent = true
	if err := c.Validate(); err != nil {
		t.Errorf("answer channels with message content: %v", err)
	}
}

// A short unknown key two edits from a real one still gets a suggestion.
func TestSuggestShortKey(t *testing.T) {
	if got := Suggest("xyk"); got != "retrieval.k" {
		t.Errorf("Suggest(xyk) = %q, want retrieval.k", got)
	}
}
