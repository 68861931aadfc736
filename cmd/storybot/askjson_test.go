package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// On standard input, a JSON object line is read as that object;
// a plain line stays a question; keys come in one order in both modes.
func TestAskJSONObjectLines(t *testing.T) {
	data := t.TempDir()
	in := `{"question": "How many people died?", "k": 3}` + "\n" +
		"How many people died?\n" +
		`{"question": "How many people died?", "kk": 3}` + "\n" +
		`{"k": 3}` + "\n" +
		`{"question": "How many` + "\n"
	code, stdout, stderr := cli(t, in, withData(t, data, "ask", "--json")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines for 5 inputs:\n%s", len(lines), stdout)
	}
	var first, second map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &second)
	if first["question"] != "How many people died?" || len(first["passages"].([]any)) != 3 {
		t.Errorf("object line: %s", lines[0])
	}
	if second["question"] != "How many people died?" || len(second["passages"].([]any)) != 5 {
		t.Errorf("plain line: %s", lines[1])
	}
	for i, want := range []string{`unknown field \"kk\"`, `has no \"question\"`, "not a question object"} {
		if !strings.Contains(lines[2+i], want) {
			t.Errorf("line %d: %s, want an error with %s", 3+i, lines[2+i], want)
		}
	}
	// The same keys in the same order as ask --json "question".
	_, single, _ := cli(t, "", withData(t, data, "ask", "--json", "How many people died?")...)
	if a, b := jsonKeys(t, strings.TrimSpace(single)), jsonKeys(t, lines[1]); !slices.Equal(a, b) {
		t.Errorf("keys differ:\n  ask --json \"q\": %v\n  stdin:          %v", a, b)
	}
}
