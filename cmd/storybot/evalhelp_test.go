package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/eval"
)

// eval --help describes the question file: every key a question may have.
func TestEvalHelpDescribesTheFile(t *testing.T) {
	code, _, stderr := cli(t, "", "eval", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	ct := reflect.TypeOf(eval.Case{})
	for i := range ct.NumField() {
		key, _, _ := strings.Cut(ct.Field(i).Tag.Get("json"), ",")
		if key != "" && !strings.Contains(stderr, `"`+key+`"`) {
			t.Errorf("eval --help does not describe %q:\n%s", key, stderr)
		}
	}
	if !strings.Contains(stderr, "JSON Lines") || !strings.Contains(stderr, `{"id": `) {
		t.Errorf("eval --help gives no format or example:\n%s", stderr)
	}
}
