package main

import (
	"os"
	"testing"
)

// runMainEnv set to 1 makes the test binary run storybot's main instead of
// the tests, so tests can start the real program (on a pseudo-terminal,
// with real signals) without building it. Not STORYBOT_: config check
// rejects unknown STORYBOT_ variables.
const runMainEnv = "SBTEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}
