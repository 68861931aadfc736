package discord

import (
	"strings"
	"testing"
)

// Discord's close frame with a code and no reason: the code is read and
// shown in the shard's status.
func TestCloseFrameCodeWithoutReason(t *testing.T) {
	t.Parallel()
	st := &Status{}
	st.set(0, StateReady, "")
	c := &gwConn{sh: &shardConn{id: 0, status: st}, closed: make(chan struct{}), ended: make(chan struct{})}
	c.rhead.done = true
	c.in = []byte{0x88, 0x02, 0x0f, 0xa0} // FIN close, 2-byte payload: code 4000
	c.process()
	if _, reason := st.State(0); !strings.Contains(reason, "code 4000") {
		t.Errorf("status reason %q, want the close code 4000", reason)
	}
}
