package discord

import (
	"testing"
	"time"
)

// The sweep forgets the limiters of expired interaction tokens and keeps
// those still in use.
func TestTokenLimitersSweepKeepsLiveTokens(t *testing.T) {
	t.Parallel()
	r := newRESTSession(nil)
	_ = r.bucket("live", "k").Release(nil)
	_ = r.bucket("old", "k").Release(nil)
	r.mu.Lock()
	r.lims["old"].seen = time.Now().Add(-2 * interactionTokenLife)
	r.lastSweep = time.Now().Add(-2 * time.Minute)
	r.mu.Unlock()
	_ = r.bucket("new", "k").Release(nil)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lims["live"] == nil || r.lims["new"] == nil {
		t.Error("the sweep dropped a live token's limiter")
	}
	if r.lims["old"] != nil {
		t.Error("the sweep kept an expired token's limiter")
	}
}
