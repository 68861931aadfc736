package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/eval"
)

const seedFile = "000_ed2ba48890825abd.txt"

// corpusDir is the repository's corpus, as an absolute path.
func corpusDir(t *testing.T) string {
	t.Helper()
	d, err := filepath.Abs("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// cli runs storybot in process with its own streams, a temp data dir and
// no environment, so tests never touch the user cache.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = runEnv(context.Background(), args, e)
	return code, out.String(), errb.String()
}

// withData puts the shared flags right after the subcommand.
func withData(t *testing.T, dir string, cmd string, rest ...string) []string {
	return append([]string{cmd, "--corpus", corpusDir(t), "--data", dir}, rest...)
}

func oneLine(t *testing.T, stderr string) {
	t.Helper()
	if strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
		t.Errorf("stderr is not one line: %q", stderr)
	}
}

func TestAskUsageErrors(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string // in the one-line reason
	}{
		{"no question", withData(t, data, "ask"), "no question"},
		{"empty question", withData(t, data, "ask", ""), "no question"},
		{"blank question", withData(t, data, "ask", "   "), "no question"},
		{"too long", withData(t, data, "ask", strings.Repeat("why ", 300)), "too long"},
		{"unknown flag", withData(t, data, "ask", "--nope", "q"), "nope"},
		{"bad k", withData(t, data, "ask", "-k", "many", "q"), "k"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := cli(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, exitUsage, stderr)
			}
			oneLine(t, stderr)
			if !strings.Contains(stderr, tt.want) || !strings.HasPrefix(stderr, "storybot ask: ") {
				t.Errorf("stderr %q, want 'storybot ask: ...%s...'", stderr, tt.want)
			}
			if stdout != "" {
				t.Errorf("stdout %q on a usage error", stdout)
			}
		})
	}
	if tt := strings.Repeat("why ", 300); len([]rune(strings.TrimSpace(tt))) <= bot.MaxQuestionRunes {
		t.Fatal("test setup: the long question is not over the limit")
	}
	// Usage errors come before any work: nothing was written to the data dir.
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("usage errors wrote %d files to the data dir", len(entries))
	}
}

func TestTopLevelUsage(t *testing.T) {
	if code, _, stderr := cli(t, ""); code != exitUsage || !strings.Contains(stderr, "Usage") {
		t.Errorf("no arguments: exit %d, stderr %q; want %d and usage", code, stderr, exitUsage)
	}
	for _, h := range []string{"help", "-h", "--help"} {
		if code, _, stderr := cli(t, "", h); code != exitOK || !strings.Contains(stderr, "ask") {
			t.Errorf("%s: exit %d, stderr %q", h, code, stderr)
		}
	}
	code, _, stderr := cli(t, "", "frobnicate")
	if code != exitUsage || !strings.Contains(stderr, "frobnicate") {
		t.Errorf("unknown command: exit %d, stderr %q", code, stderr)
	}
	oneLine(t, stderr)
}

func TestSubcommandHelp(t *testing.T) {
	for _, cmd := range []string{"ask", "chat", "index", "eval"} {
		for _, h := range []string{"--help", "-h"} {
			t.Run(cmd+h, func(t *testing.T) {
				code, stdout, stderr := cli(t, "", cmd, h)
				if code != exitOK {
					t.Errorf("exit %d, want 0; stderr %q", code, stderr)
				}
				help := stdout + stderr
				for _, want := range []string{"Usage: storybot " + cmd, "-corpus", "-data", "-offline"} {
					if !strings.Contains(help, want) {
						t.Errorf("help lacks %q:\n%s", want, help)
					}
				}
			})
		}
	}
}

// askJSON is the shape `ask --json` promises, decoded strictly.
type askJSON struct {
	Question  string         `json:"question"`
	Answer    string         `json:"answer"`
	Abstained bool           `json:"abstained"`
	Mode      string         `json:"mode"`
	Citations []bot.Citation `json:"citations"`
	Timings   map[string]any `json:"timings"`
	Error     string         `json:"error"`
}

// checkQuotes reads each cited file itself and compares the bytes.
func checkQuotes(t *testing.T, a askJSON) {
	t.Helper()
	for i, c := range a.Citations {
		if c.N != i+1 {
			t.Errorf("citation %d numbered %d", i, c.N)
		}
		file, err := os.ReadFile(filepath.Join(corpusDir(t), filepath.FromSlash(c.Source)))
		if err != nil {
			t.Errorf("citation names %q: %v", c.Source, err)
			continue
		}
		if c.Start < 0 || c.End > len(file) || c.Start >= c.End || string(file[c.Start:c.End]) != c.Quote {
			t.Errorf("citation %d quote %q is not bytes [%d,%d) of %s", c.N, c.Quote, c.Start, c.End, c.Source)
		}
		if c.Source == seedFile && (c.Date != "2023-07-26" || !strings.HasPrefix(c.Title, "This is the moment")) {
			t.Errorf("citation %d title/date %q %q are not the seed story's", c.N, c.Title, c.Date)
		}
	}
}

func TestAskJSON(t *testing.T) {
	const q = "What was the death toll raised to?"
	code, stdout, stderr := cli(t, "", withData(t, t.TempDir(), "ask", "--json", q)...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(strings.NewReader(stdout))
	if err := dec.Decode(&raw); err != nil {
		t.Fatalf("stdout is not a JSON object: %v\n%s", err, stdout)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		t.Errorf("more than one JSON value on stdout:\n%s", stdout)
	}
	for _, k := range []string{"question", "answer", "abstained", "mode", "citations", "timings"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, stdout)
		}
	}
	var a askJSON
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatal(err)
	}
	if a.Question != q || a.Mode != "extractive" || a.Abstained || !strings.Contains(a.Answer, "31") || len(a.Citations) == 0 {
		t.Errorf("answer %+v; want the question, mode extractive, 31, citations", a)
	}
	for _, k := range []string{"retrieve_ms", "answer_ms", "total_ms"} {
		if _, ok := a.Timings[k].(float64); !ok {
			t.Errorf("timings lack %q: %v", k, a.Timings)
		}
	}
	checkQuotes(t, a)
}

func TestAskJSONStdin(t *testing.T) {
	questions := []string{
		"What was the death toll raised to?",
		"Who is the general director of Ecuador's prison authority?",
		"",
		"What is the capital of France?",
		" \t ",
		"  In which city is the Penitenciaria del Litoral?  ",
		strings.Repeat("x", bot.MaxQuestionRunes+1),
		"@everyone how many guards were held hostage?",
	}
	data := t.TempDir()
	code, stdout, stderr := cli(t, strings.Join(questions, "\n")+"\n", withData(t, data, "ask", "--json")...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	// Blank lines ask nothing: they get no line of output.
	questions = slices.DeleteFunc(questions, func(q string) bool { return strings.TrimSpace(q) == "" })
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(questions) {
		t.Fatalf("%d output lines for %d questions:\n%s", len(lines), len(questions), stdout)
	}
	for i, line := range lines {
		var a askJSON
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, line)
		}
		q := strings.TrimSpace(questions[i])
		switch {
		case len(q) > bot.MaxQuestionRunes:
			if !strings.Contains(a.Error, "too long") {
				t.Errorf("line %d: long question gave %s", i+1, line)
			}
		default:
			if a.Question != q {
				t.Errorf("line %d answers %q, want %q (order kept)", i+1, a.Question, q)
			}
			if a.Mode != "extractive" || a.Error != "" {
				t.Errorf("line %d: %s", i+1, line)
			}
			if a.Abstained != (a.Answer == bot.NotFound) || (a.Abstained && len(a.Citations) > 0) {
				t.Errorf("line %d: abstained %v with answer %q and %d citations", i+1, a.Abstained, a.Answer, len(a.Citations))
			}
			if strings.Contains(a.Answer, "@everyone") {
				t.Errorf("line %d: live @everyone in %q", i+1, a.Answer)
			}
			checkQuotes(t, a)
		}
	}
	// The index was built once and saved in --data.
	if _, err := os.Stat(filepath.Join(data, "index.snap")); err != nil {
		t.Errorf("no index saved in --data: %v", err)
	}
}

func TestAskText(t *testing.T) {
	code, stdout, stderr := cli(t, "", withData(t, t.TempDir(), "ask", "Who is the general director of Ecuador's prison authority?")...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	for _, want := range []string{"Rodriguez", "[1]", "Sources:", seedFile, "2023-07-26"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestIndex(t *testing.T) {
	data := t.TempDir()
	code, stdout, stderr := cli(t, "", withData(t, data, "index")...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	for _, want := range []string{"index built", "stories:  1", "chunks:   8", "hash-v1-384", filepath.Join(data, "index.snap")} {
		if !strings.Contains(stdout, want) {
			t.Errorf("first index output lacks %q:\n%s", want, stdout)
		}
	}
	code, stdout, _ = cli(t, "", withData(t, data, "index")...)
	if code != exitOK || !strings.Contains(stdout, "loaded unchanged from snapshot") || !strings.Contains(stdout, "chunks:   8") {
		t.Errorf("second index: exit %d, output:\n%s", code, stdout)
	}
	code, stdout, _ = cli(t, "", withData(t, data, "index", "--rebuild")...)
	if code != exitOK || !strings.Contains(stdout, "index built") {
		t.Errorf("index --rebuild: exit %d, output:\n%s", code, stdout)
	}
	if code, _, stderr := cli(t, "", withData(t, data, "index", "extra")...); code != exitUsage {
		t.Errorf("index with an argument: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := cli(t, "", "index", "--corpus", filepath.Join(data, "nope"), "--data", data); code != exitFail || !strings.Contains(stderr, "corpus") {
		t.Errorf("index of a missing corpus: exit %d, stderr %q", code, stderr)
	}
}

func TestEvalFloors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "q.jsonl")
	cases := `{"kind":"fact","question":"What was the death toll raised to?","answers":["31"],"evidence":"from 18 to 31","answerable":true}
{"kind":"unanswerable","question":"What is the capital of France?","answerable":false}
`
	if err := os.WriteFile(file, []byte(cases), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	code, stdout, stderr := cli(t, "", withData(t, data, "eval", file)...)
	if code != exitOK {
		t.Fatalf("eval with default floors: exit %d; stderr %q", code, stderr)
	}
	for _, want := range []string{"questions:            2", "recall@5", "MRR", "answer accuracy", "citation exactness:   1.000", "abstention precision", "abstention recall"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, stdout)
		}
	}
	// A floor no run can reach fails the command.
	code, _, stderr = cli(t, "", withData(t, data, "eval", "--min-accuracy", "1.01", file)...)
	if code != exitFail || !strings.Contains(stderr, "below the floor") || !strings.Contains(stderr, "accuracy") {
		t.Errorf("eval under a floor: exit %d, stderr %q; want 1 and the failed floor", code, stderr)
	}
	code, _, stderr = cli(t, "", withData(t, data, "eval", "--min-recall", "1.5", "--min-abstain-recall", "2", file)...)
	if code != exitFail || !strings.Contains(stderr, "recall@k") || !strings.Contains(stderr, "abstention recall") {
		t.Errorf("eval under two floors: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := cli(t, "", withData(t, data, "eval")...); code != exitUsage {
		t.Errorf("eval without a file: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := cli(t, "", withData(t, data, "eval", filepath.Join(dir, "missing.jsonl"))...); code != exitFail {
		t.Errorf("eval of a missing file: exit %d, stderr %q", code, stderr)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"question\": \"x\", \"nope\": 1}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := cli(t, "", withData(t, data, "eval", bad)...); code != exitFail || !strings.Contains(stderr, "line 1") {
		t.Errorf("eval of a malformed file: exit %d, stderr %q", code, stderr)
	}
}

// The eval set itself: enough questions of every kind, and every evidence
// phrase copied exactly from the story.
func TestEvalSetIsWellFormed(t *testing.T) {
	cases, err := eval.LoadFile("../../testdata/eval.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(corpusDir(t), seedFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 45 {
		t.Errorf("%d questions, want at least 45", len(cases))
	}
	kinds := map[string]int{}
	ids := map[string]bool{}
	for _, c := range cases {
		kinds[c.Kind]++
		if c.ID == "" || ids[c.ID] {
			t.Errorf("question %q: missing or duplicate id %q", c.Question, c.ID)
		}
		ids[c.ID] = true
		if c.Evidence != "" && !strings.Contains(string(raw), c.Evidence) {
			t.Errorf("%s: evidence %q is not in the story", c.ID, c.Evidence)
		}
		if c.Answerable && c.Evidence == "" {
			t.Errorf("%s: answerable with no evidence", c.ID)
		}
		if !c.Answerable && (len(c.Answers) > 0 || c.Evidence != "") {
			t.Errorf("%s: unanswerable with answers or evidence", c.ID)
		}
		if c.Kind == "adversarial" && len(c.MustNot) == 0 {
			t.Errorf("%s: adversarial with nothing in must_not", c.ID)
		}
		if c.Kind == "unanswerable" && c.Answerable {
			t.Errorf("%s: kind unanswerable but answerable", c.ID)
		}
	}
	for _, k := range []string{"fact", "paraphrase", "unanswerable", "adversarial"} {
		if kinds[k] < 10 {
			t.Errorf("%d %s questions, want at least 10", kinds[k], k)
		}
	}
	if len(kinds) != 4 {
		t.Errorf("kinds %v, want exactly the four", kinds)
	}
}

// A line far too long for a question is answered with an error object,
// and the questions after it are still answered, in order.
func TestAskJSONStdinGoesOnPastAHugeLine(t *testing.T) {
	in := "How many people died?\n" + strings.Repeat("x", 2<<20) + "\r\nWho is the general director of the SNAI?\r\n"
	code, out, errOut := cli(t, in, "ask", "--json", "--data", t.TempDir())
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3", len(lines))
	}
	var res []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		res = append(res, m)
	}
	if !strings.Contains(fmt.Sprint(res[0]["answer"]), "31") {
		t.Errorf("first answer = %v", res[0]["answer"])
	}
	if !strings.Contains(fmt.Sprint(res[1]["error"]), "too long") {
		t.Errorf("huge line = %v, want a too-long error", res[1])
	}
	if res[2]["question"] != "Who is the general director of the SNAI?" || !strings.Contains(fmt.Sprint(res[2]["answer"]), "Rodriguez") {
		t.Errorf("third answer = %v", res[2])
	}
}
