package discord

import "testing"

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
