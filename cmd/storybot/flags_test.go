package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// Flags after the question are flags, never question text.
func TestAskFlagsAfterTheQuestion(t *testing.T) {
	data := t.TempDir()
	code, stdout, stderr := cli(t, "", "ask", "How many people died?", "--json", "--offline", "-v", "--corpus", corpusDir(t), "--data", data)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	var a askJSON
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("flags after the question were not read: stdout is not JSON: %v\n%s", err, stdout)
	}
	if a.Question != "How many people died?" || !strings.Contains(a.Answer, "31") {
		t.Errorf("answered %q with %q; want the question without flags, and the toll", a.Question, a.Answer)
	}
	// Flags between the words, and "--" to ask a question that looks like a flag.
	code, stdout, _ = cli(t, "", "ask", "How", "--offline", "many people died?", "--data", data, "--corpus", corpusDir(t))
	if code != exitOK || !strings.Contains(stdout, "31") {
		t.Errorf("flags among the words: exit %d, %q", code, stdout)
	}
	code, stdout, stderr = cli(t, "", "ask", "--json", "--data", data, "--corpus", corpusDir(t), "--", "-v how many people died?")
	if code != exitOK || !strings.Contains(stdout, `"question":"-v how many people died?"`) {
		t.Errorf("after --: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	// A mistyped flag after the question is a usage error, not question text.
	code, stdout, stderr = cli(t, "", "ask", "How many people died?", "--jsn", "--data", data)
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "jsn") {
		t.Errorf("unknown flag after the question: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// One rule for k everywhere, 1 to 50, one message, exit 2.
func TestKRule(t *testing.T) {
	data := t.TempDir()
	for _, k := range []string{"0", "51", "100000", "-3"} {
		code, stdout, stderr := cli(t, "", withData(t, data, "ask", "-k", k, "How many people died?")...)
		if code != exitUsage || stdout != "" || stderr != "storybot ask: -k "+k+": want a whole number from 1 to 50\n" {
			t.Errorf("-k %s: exit %d, stderr %q", k, code, stderr)
		}
	}
	file := writeFile(t, "[retrieval]\nk = 0\n")
	code, _, stderr := cli(t, "", "config", "check", file)
	if code != exitFail || !strings.Contains(stderr, "retrieval.k = 0: want a whole number from 1 to 50") {
		t.Errorf("config k = 0: exit %d, %q", code, stderr)
	}
	code, stdout, _ := cli(t, `{"question": "How many people died?", "k": 0}`+"\n", withData(t, data, "ask", "--json")...)
	if code != exitOK || !strings.Contains(stdout, `"error":"\"k\": 0: want a whole number from 1 to 50"`) {
		t.Errorf(`"k": 0 on stdin: exit %d, %s`, code, stdout)
	}
	for _, k := range []string{"1", "50"} {
		if code, _, stderr := cli(t, "", withData(t, data, "ask", "-k", k, "How many people died?")...); code != exitOK {
			t.Errorf("-k %s: exit %d, %q", k, code, stderr)
		}
	}
}

// -k wins over the config file, and the config's k is used
// without it.
func TestKFlagBeatsConfig(t *testing.T) {
	data := t.TempDir()
	file := writeFile(t, "[retrieval]\nk = 2\n")
	passages := func(args ...string) int {
		t.Helper()
		code, stdout, stderr := cli(t, "", withData(t, data, "ask", append([]string{"--json", "--config", file}, args...)...)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var a bot.Answer
		if err := json.Unmarshal([]byte(stdout), &a); err != nil {
			t.Fatal(err)
		}
		return len(a.Passages)
	}
	if n := passages("How many people died?"); n != 2 {
		t.Errorf("retrieval.k = 2 in the file: %d passages, want 2", n)
	}
	if n := passages("-k", "4", "How many people died?"); n != 4 {
		t.Errorf("-k 4 over retrieval.k = 2: %d passages, want 4", n)
	}
	if n := passages("How many people died?", "-k", "3"); n != 3 {
		t.Errorf("-k 3 after the question: %d passages, want 3", n)
	}
}

// --data wins over corpus.data_dir (and STORYBOT_CORPUS_DATA_DIR).
func TestDataFlagBeatsConfig(t *testing.T) {
	fromFile, fromEnv, fromFlag := t.TempDir(), t.TempDir(), t.TempDir()
	file := writeFile(t, "[corpus]\ndata_dir = \""+fromFile+"\"\n")
	snap := func(dir string) bool { _, err := os.Stat(filepath.Join(dir, "index.snap")); return err == nil }
	code, _, stderr := cliEnv(t, nil, "", "index", "--config", file, "--corpus", corpusDir(t))
	if code != exitOK || !snap(fromFile) {
		t.Fatalf("corpus.data_dir: exit %d, snapshot there %v; %s", code, snap(fromFile), stderr)
	}
	code, _, stderr = cliEnv(t, map[string]string{"STORYBOT_CORPUS_DATA_DIR": fromEnv}, "", "index", "--config", file, "--corpus", corpusDir(t))
	if code != exitOK || !snap(fromEnv) {
		t.Fatalf("STORYBOT_CORPUS_DATA_DIR: exit %d, snapshot there %v; %s", code, snap(fromEnv), stderr)
	}
	os.Remove(filepath.Join(fromFile, "index.snap"))
	os.Remove(filepath.Join(fromEnv, "index.snap"))
	code, stdout, stderr := cliEnv(t, map[string]string{"STORYBOT_CORPUS_DATA_DIR": fromEnv}, "", "index", "--config", file, "--corpus", corpusDir(t), "--data", fromFlag)
	if code != exitOK || !snap(fromFlag) || snap(fromFile) || snap(fromEnv) || !strings.Contains(stdout, filepath.Join(fromFlag, "index.snap")) {
		t.Errorf("--data: exit %d; snapshot in flag/file/env dirs: %v %v %v; %s%s", code, snap(fromFlag), snap(fromFile), snap(fromEnv), stdout, stderr)
	}
}
