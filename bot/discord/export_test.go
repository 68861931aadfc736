package discord

import "time"

// SetGatewayTimers replaces the INVALID_SESSION timer and delay.
func SetGatewayTimers(o *Options, after func(time.Duration) <-chan time.Time, wait func() time.Duration) {
	o.gatewayAfter, o.invalidWait = after, wait
}

// SetRegisterRetry sets the first wait before registering the commands again.
func SetRegisterRetry(o *Options, d time.Duration) { o.registerRetry = d }

// InvalidSessionWait is the real INVALID_SESSION delay.
var InvalidSessionWait = invalidSessionWait

// MsgIndexDown is the line for an unreachable shared index.
const MsgIndexDown = msgIndexDown

// SetRetryWait replaces the wait before each reconnect attempt.
func SetRetryWait(o *Options, wait func(n int) time.Duration) { o.retryWait = wait }

// ReconnectWait is the real wait before reconnect attempt n.
var ReconnectWait = reconnectWait

// SetRegisterTimer replaces the timer of the waits before registering the
// commands again.
func SetRegisterTimer(o *Options, after func(time.Duration) <-chan time.Time) {
	o.registerAfter = after
}

// NextRegisterWait is the wait before registering again after wait.
var NextRegisterWait = nextRegisterWait
