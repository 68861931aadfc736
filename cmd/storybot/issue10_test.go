package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/llm/llmtest"
)

// cliEnv runs storybot in process with the given environment variables.
func cliEnv(t *testing.T, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return cliNotice(t, 0, vars, stdin, args...)
}

// cliNotice is cliEnv with the wait before a notice set to notice.
func cliNotice(t *testing.T, notice time.Duration, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }, waitNotice: notice}
	return runEnv(context.Background(), args, e), out.String(), errb.String()
}

// jsonKeys lists a JSON object's keys in the order they are written.
func jsonKeys(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %q", line)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// Item 1: flags after the question are flags, never question text.
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

// Item 10: one rule for k everywhere, 1 to 50, one message, exit 2.
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

// Item 16: -k wins over the config file, and the config's k is used
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

// Item 16: --data wins over corpus.data_dir (and STORYBOT_CORPUS_DATA_DIR).
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

// Item 16 and 9: a model server that can't embed the corpus. One that
// fails: ask still answers (searching with the local embedder), index
// exits 1. One that never answers: ask is bounded by llm.start_timeout,
// says what it waits for, and answers without the model.
func TestModelCantEmbedTheCorpus(t *testing.T) {
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	data := t.TempDir()

	srv.EmbedFaults(llmtest.WrongShape) // the corpus can't be embedded; queries can
	code, stdout, stderr := cliEnv(t, vars, "", withData(t, data, "ask", "--json", "How many people died?")...)
	if code != exitOK {
		t.Fatalf("ask with the corpus unembeddable: exit %d; %s", code, stderr)
	}
	if !strings.Contains(stderr, "using the local hash embedder") {
		t.Errorf("no warning about the local embedder: %s", stderr)
	}
	var a bot.Answer
	if err := json.Unmarshal([]byte(stdout), &a); err != nil || len(a.Passages) == 0 {
		t.Fatalf("no answer with passages: %v %s", err, stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "index.snap")); err == nil {
		t.Error("the local embedder's index was saved over the model's")
	}
	srv.EmbedFaults(llmtest.WrongShape)
	if code, _, stderr := cliEnv(t, vars, "", withData(t, data, "index")...); code != exitFail || !strings.Contains(stderr, "couldn't build index") {
		t.Errorf("index with the corpus unembeddable: exit %d, %q", code, stderr)
	}

	// A server that takes connections and never answers.
	srv.AlwaysFail(llmtest.Slow)
	file := writeFile(t, "[llm]\nstart_timeout = \"1s\"\n")
	start := time.Now()
	code, stdout, stderr = cliNotice(t, 100*time.Millisecond, vars, "", withData(t, t.TempDir(), "ask", "--json", "--config", file, "How many people died?")...)
	took := time.Since(start)
	if code != exitOK || took > 5*time.Second {
		t.Fatalf("ask with a silent server: exit %d after %s (want well under the 30s+60s of embed_timeout and timeout); %s", code, took, stderr)
	}
	if !strings.Contains(stderr, "storybot: waiting for the model server at "+strings.TrimPrefix(srv.URL, "http://")+" to embed the corpus") {
		t.Errorf("ask did not say what it waits for: %s", stderr)
	}
	a = bot.Answer{}
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatal(err)
	}
	if a.Mode != bot.ModeExtractive || !strings.Contains(a.FallbackReason, "did not answer at start") || !strings.Contains(a.Text, "31") {
		t.Errorf("answer %+v; want the extractive answer saying the server did not answer", a)
	}
}

// Item 9: while the model writes the answer, ask says what it waits for.
func TestAskSaysWhatItWaitsFor(t *testing.T) {
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	srv.ChatFaults(llmtest.Slow)
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	file := writeFile(t, "[llm]\ntimeout = \"1s\"\n")
	code, _, stderr := cliNotice(t, 50*time.Millisecond, vars, "", withData(t, t.TempDir(), "ask", "--config", file, "How many people died?")...)
	if code != exitOK || !strings.Contains(stderr, "storybot: waiting for the model at "+strings.TrimPrefix(srv.URL, "http://")+" to write the answer (up to 1s") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// Item 4: index exits 1 with the reason when it can't save the snapshot.
func TestIndexSaveFailureFails(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	snapDir := filepath.Join(dir, "snapdir")
	if err := os.MkdirAll(filepath.Join(snapDir, "index.snap"), 0o755); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(dir, "ro")
	if err := os.MkdirAll(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{"--data is a file": file, "index.snap is a directory": snapDir}
	if os.Geteuid() != 0 { // root writes anywhere
		cases["unwritable directory"] = readOnly
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := cli(t, "", withData(t, data, "index")...)
			if code != exitFail || strings.Contains(stdout, "saved in") || !strings.Contains(stderr, "storybot index: couldn't save the index in "+filepath.Join(data, "index.snap")) {
				t.Errorf("exit %d; stdout %q; stderr %q", code, stdout, stderr)
			}
		})
	}
}

// Item 5: index --rebuild keeps the old snapshot until the new one is
// written whole (a rebuild that fails or is killed leaves it), and temp
// files left by a killed save are removed at start.
func TestIndexRebuildKeepsTheSnapshotAndCleansUp(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	data := t.TempDir()
	if code, _, stderr := cliEnv(t, vars, "", withData(t, data, "index")...); code != exitOK {
		t.Fatal(stderr)
	}
	snap := filepath.Join(data, "index.snap")
	before, _ := os.Stat(snap)
	// A save killed mid-write left this.
	stale := filepath.Join(data, ".tmp-index.snap-123456")
	if err := os.WriteFile(stale, make([]byte, 1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(stale, old, old)
	// A rebuild that fails halfway (the server breaks after one batch).
	srv.EmbedFaults(llmtest.OK, llmtest.WrongShape)
	if code, _, stderr := cliEnv(t, vars, "", withData(t, data, "index", "--rebuild")...); code != exitFail {
		t.Fatalf("rebuild with a failing server: exit %d, %s", code, stderr)
	}
	if after, err := os.Stat(snap); err != nil || !os.SameFile(before, after) {
		t.Fatalf("a rebuild that did not finish removed or replaced the snapshot: %v", err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the stale temp file is still there")
	}
	calls, _, _ := srv.Counts()
	code, stdout, stderr := cliEnv(t, vars, "", withData(t, data, "index", "--rebuild")...)
	if code != exitOK || !strings.Contains(stdout, "index built") || !strings.Contains(stdout, "embedded: 8 chunks, reused 0 vectors") {
		t.Errorf("index --rebuild: exit %d\n%s%s", code, stdout, stderr)
	}
	if after, _, _ := srv.Counts(); after == calls {
		t.Error("index --rebuild embedded nothing")
	}
	if after, err := os.Stat(snap); err != nil || os.SameFile(before, after) {
		t.Errorf("index --rebuild did not replace the snapshot: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(data, ".tmp-*")); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}

// Skipped files are warned about once, when the set changes; after that
// -v shows one line saying how many; index -v lists them.
func TestSkippedFilesWarnedOnce(t *testing.T) {
	corpus, data := t.TempDir(), t.TempDir()
	seed, err := os.ReadFile(filepath.Join(corpusDir(t), seedFile))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{seedFile: string(seed), "empty.txt": "", "bad.txt": "\xff\xfe", "nul.txt": "a\x00b", "blank.md": "  \n"}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ask := func(flags ...string) string {
		t.Helper()
		code, _, stderr := cli(t, "", append([]string{"ask", "How many people died?", "--corpus", corpus, "--data", data}, flags...)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		return stderr
	}
	first := ask()
	for _, name := range []string{"empty.txt", "bad.txt", "nul.txt", "blank.md"} {
		if !strings.Contains(first, name) {
			t.Errorf("first run does not name %s:\n%s", name, first)
		}
	}
	if second := ask(); second != "" {
		t.Errorf("second run, nothing changed: want no warning, got:\n%s", second)
	}
	if verbose := ask("-v"); strings.Contains(verbose, "level=WARN") || !strings.Contains(verbose, "4 files skipped: `storybot index -v` lists them") {
		t.Errorf("-v run, nothing changed: want the count at info level, got:\n%s", verbose)
	}
	os.Remove(filepath.Join(corpus, "bad.txt"))
	if third := ask(); !strings.Contains(third, "empty.txt") || strings.Contains(third, "bad.txt") {
		t.Errorf("after the set changed: want each skipped file again, got:\n%s", third)
	}
	code, stdout, _ := cli(t, "", "index", "-v", "--corpus", corpus, "--data", data)
	if code != exitOK || !strings.Contains(stdout, "skipped:  3 files\n") || !strings.Contains(stdout, "nul.txt: file holds NUL bytes") {
		t.Errorf("index -v does not list the skipped files:\n%s", stdout)
	}
	code, stdout, _ = cli(t, "", "index", "--corpus", corpus, "--data", data)
	if code != exitOK || !strings.Contains(stdout, "skipped:  3 files (storybot index -v lists them)") {
		t.Errorf("index does not count the skipped files:\n%s", stdout)
	}
}

// Items 7, 12, 13 through the command line: a Markdown story's heading is
// its title and never the answer; a byte-order mark neither hides the
// dateline nor reaches an answer; a link to a story is not a second story;
// a file with NUL bytes is skipped.
func TestCorpusFilesEndToEnd(t *testing.T) {
	corpus, data := t.TempDir(), t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ferry.md", "# Ferry runs aground near Tromsø\n\nThe coastal ferry Kong Harald ran aground near Tromsø on Monday night. All 80 passengers were taken off by rescue boats.\n")
	write("bom.txt", "\uFEFF date 2024-03-01 STORY: Floods closed the main road into Bergen on Friday.\n\nThe road reopened on Sunday after crews cleared mud.\n")
	write("nul.txt", "Secret\x00 binary text.")
	if err := os.Symlink("bom.txt", filepath.Join(corpus, "a_copy.txt")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, "", "ask", "--json", "Where is Tromso?", "--corpus", corpus, "--data", data)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a bot.Answer
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "#") || len(a.Citations) == 0 || a.Citations[0].Title != "Ferry runs aground near Tromsø" {
		t.Errorf("answer %q with citations %+v: want a sentence of the story, titled by its heading", a.Text, a.Citations)
	}
	_, stdout, _ = cli(t, "", "ask", "--json", "What closed the main road into Bergen?", "--corpus", corpus, "--data", data)
	a = bot.Answer{}
	json.Unmarshal([]byte(stdout), &a)
	if strings.Contains(stdout, "\uFEFF") || strings.Contains(stdout, `\ufeff`) || len(a.Citations) == 0 ||
		a.Citations[0].Date != "2024-03-01" || a.Citations[0].Source != "bom.txt" {
		t.Errorf("the byte-order mark defeated the dateline or reached the answer: %s", stdout)
	}
	code, stdout, _ = cli(t, "", "index", "-v", "--corpus", corpus, "--data", data)
	if code != exitOK || !strings.Contains(stdout, "stories:  2") || !strings.Contains(stdout, "a_copy.txt: a link for bom.txt, already loaded") ||
		!strings.Contains(stdout, "nul.txt: file holds NUL bytes") {
		t.Errorf("index -v:\n%s", stdout)
	}
}

// Item 8: on standard input, a JSON object line is read as that object;
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

// Item 15: help texts, help CMD, version, milliseconds.
func TestSmallThings(t *testing.T) {
	_, _, stderr := cli(t, "", "health", "--help")
	if strings.Contains(stderr, "-timeout long") || !strings.Contains(stderr, "-timeout duration") {
		t.Errorf("health --help:\n%s", stderr)
	}
	_, _, stderr = cli(t, "", "serve", "--help")
	if strings.Contains(stderr, "(default -1)") || !strings.Contains(stderr, "(default discord.shard_count)") {
		t.Errorf("serve --help:\n%s", stderr)
	}
	code, _, stderr := cli(t, "", "help", "ask")
	if code != exitOK || !strings.HasPrefix(stderr, "Usage: storybot ask") || !strings.Contains(stderr, "-json") {
		t.Errorf("help ask: exit %d\n%s", code, stderr)
	}
	code, stdout, _ := cli(t, "", "version")
	if code != exitOK || !strings.HasPrefix(stdout, "storybot ") {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2025-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionLine(info), "storybot v1.2.3 (revision 0123abcd, 2025-01-02T03:04:05Z, modified; go1.26.8)"; got != want {
		t.Errorf("versionLine = %q, want %q", got, want)
	}
	data := t.TempDir()
	cli(t, "", withData(t, data, "index")...)
	_, stdout, _ = cli(t, "", withData(t, data, "index")...)
	if !strings.Contains(stdout, "from snapshot in ") || !strings.Contains(stdout, " ms\n") || strings.Contains(stdout, " in 0s") {
		t.Errorf("index time not in milliseconds:\n%s", stdout)
	}
	if got := millis(400 * time.Microsecond); got != "0.4 ms" {
		t.Errorf("millis(400µs) = %q", got)
	}
}

// Items 2 and 3 without a terminal: chat answers /help and unknown
// /commands itself, /new confirms, /sources shows no "()" for a story
// without a date, and SIGINT during an answer cancels only that answer.
func TestChatCommandsAndInterrupt(t *testing.T) {
	corpus := t.TempDir()
	seed, _ := os.ReadFile(filepath.Join(corpusDir(t), seedFile))
	os.WriteFile(filepath.Join(corpus, seedFile), seed, 0o644)
	os.WriteFile(filepath.Join(corpus, "undated.txt"), []byte("A story with no dateline."), 0o644)
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	inR, inW := io.Pipe()
	sigs := make(chan os.Signal, 1)
	out := &syncBuffer{}
	e := &env{stdin: inR, stdout: out, stderr: io.Discard, signals: sigs,
		getenv: func(k string) string {
			return map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}[k]
		}}
	done := make(chan int)
	go func() {
		done <- runEnv(context.Background(), []string{"chat", "--corpus", corpus, "--data", t.TempDir()}, e)
	}()
	say := func(line, want string) string {
		t.Helper()
		n := out.Len()
		io.WriteString(inW, line+"\n")
		return out.waitFor(t, n, want)
	}
	if got := say("/help", "/sources"); strings.Contains(got, "stories don't say") {
		t.Errorf("/help was asked: %q", got)
	}
	say("/frobnicate", "unknown command /frobnicate; /help lists the commands")
	say("/new", "New conversation")
	if got := say("/sources", "undated.txt"); strings.Contains(got, "()") {
		t.Errorf("/sources shows () for a story without a date: %q", got)
	}
	if _, _, chats := srv.Counts(); chats != 0 {
		t.Errorf("%d questions reached the model; commands must not", chats)
	}
	srv.ChatFaults(llmtest.Slow)
	n := out.Len()
	io.WriteString(inW, "How many people died?\n")
	waitFor(t, func() bool { _, _, chats := srv.Counts(); return chats == 1 })
	sigs <- os.Interrupt
	out.waitFor(t, n, "(cancelled)")
	if got := say("How many people died?", "Sources:"); strings.Contains(got, "context canceled") {
		t.Errorf("the question after the interrupt failed: %q", got)
	}
	// SIGINT at the prompt ends chat, exit 0.
	time.Sleep(50 * time.Millisecond)
	sigs <- syscall.SIGINT
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d after SIGINT at the prompt", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("chat did not end")
	}
}

// The stream printer prints each new part once; a final answer that
// replaces the streamed text is marked and printed whole.
func TestStreamPrinter(t *testing.T) {
	var b bytes.Buffer
	sp := &streamPrinter{w: &b}
	for _, p := range []string{"The toll", "The toll rose", "The toll rose", "Unrelated", "The toll rose to 31"} {
		sp.partial(p)
	}
	sp.finish(&bot.Answer{Text: "The toll rose to 31 [1]."})
	if got, want := b.String(), "The toll rose to 31 [1].\n"; got != want {
		t.Errorf("extended: %q, want %q", got, want)
	}
	b.Reset()
	sp = &streamPrinter{w: &b}
	sp.partial("Everyone knows 500 died")
	sp.finish(&bot.Answer{Text: "The toll rose to 31 [1].", FallbackReason: "unsupported claim"})
	if got := b.String(); !strings.HasPrefix(got, "Everyone knows 500 died\n(replaced by a checked answer)\nThe toll rose to 31 [1].\n(model answer unavailable: unsupported claim") {
		t.Errorf("replaced: %q", got)
	}
}

func (s *syncBuffer) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Len()
}

// waitFor waits until the output after offset from holds want, and
// returns that output.
func (s *syncBuffer) waitFor(t *testing.T, from int, want string) string {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		s.mu.Lock()
		got := s.b.String()[from:]
		s.mu.Unlock()
		if strings.Contains(got, want) {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the output:\n%s", want, got)
		}
	}
}

// waitFor polls cond for up to 20 s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 20s")
		}
	}
}
