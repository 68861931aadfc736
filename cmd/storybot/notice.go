package main

import (
	"fmt"
	"sync"
	"time"
)

// answerNotice says, once the model has written nothing for a while,
// what ask and chat wait for; stop ends it (and may be called again). It
// says nothing when no model writes the answer.
func (a *app) answerNotice(e *env) (stop func()) {
	if a.llm == nil || a.modelDown != "" || a.offline {
		return func() {}
	}
	return afterDelay(e.noticeAfter(), func() {
		fmt.Fprintf(e.stderr, "storybot: waiting for the model at %s to write the answer (up to %s; then the extractive answer is given)\n", a.llm.Host(), a.cfg.LLM.Timeout.Duration)
	})
}

// afterDelay calls f once d has passed, unless the returned stop is called
// first; stop waits for f if it has started.
func afterDelay(d time.Duration, f func()) (stop func()) {
	var mu sync.Mutex
	stopped := false
	t := time.AfterFunc(d, func() {
		mu.Lock()
		defer mu.Unlock()
		if !stopped {
			f()
		}
	})
	return func() {
		t.Stop()
		mu.Lock()
		stopped = true
		mu.Unlock()
	}
}
