package discord

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A new reason in the same state replaces the old one.
func TestStatusKeepsTheLatestReason(t *testing.T) {
	t.Parallel()
	var st Status
	st.set(0, StateReconnecting, "heartbeat not acknowledged")
	st.set(0, StateReconnecting, "Discord asked the bot to reconnect")
	if state, reason := st.State(0); state != StateReconnecting || reason != "Discord asked the bot to reconnect" {
		t.Errorf("state %q (%q), want %q with the latest reason", state, reason, StateReconnecting)
	}
}

// A planned reconnect stays shown through other states until the shard
// is ready again.
func TestStatusNextTryUntilReady(t *testing.T) {
	t.Parallel()
	var st Status
	st.set(0, StateReconnecting, "connection lost")
	st.setNextTry(0, time.Now().Add(time.Hour))
	st.set(0, StateConnecting, "")
	if err := st.Check(context.Background()); err == nil || !strings.Contains(err.Error(), "next try in") {
		t.Errorf("check = %v, want the planned reconnect shown", err)
	}
	st.set(0, StateReady, "")
	st.set(0, StateReconnecting, "connection lost again")
	if err := st.Check(context.Background()); err == nil || strings.Contains(err.Error(), "next try in") {
		t.Errorf("check = %v, want no stale planned reconnect", err)
	}
}
