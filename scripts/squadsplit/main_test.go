package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Four articles, listed out of order: sorted, they are Alpha, Beta, Gamma,
// Zeta, so tune = Alpha, Gamma and report = Beta, Zeta.
const squad = `{"version":"v2.0","data":[
 {"title":"Zeta","paragraphs":[{"context":"z","qas":[{"id":"z1","is_impossible":false},{"id":"z2","is_impossible":true}]}]},
 {"title":"Gamma","paragraphs":[{"context":"g","qas":[{"id":"g1","is_impossible":true}]},{"context":"g2","qas":[{"id":"g2","is_impossible":false}]}]},
 {"title":"Alpha","paragraphs":[{"context":"a","qas":[{"id":"a1","is_impossible":false}]}]},
 {"title":"Beta","paragraphs":[{"context":"b","qas":[{"id":"b1","is_impossible":true}]}]}
]}`

// The question lines, one with odd spacing that must survive unchanged.
var questions = []string{
	`{"id":"z1","question":"?","answers":["x"],"answerable":true}`,
	`{"id": "g1",  "question":"?", "answerable":false}`,
	`{"id":"a1","question":"?","answers":["x"],"answerable":true}`,
	`{"id":"b1","question":"?","answerable":false}`,
	`{"id":"z2","question":"?","answerable":false}`,
	`{"id":"g2","question":"?","answers":["x"],"answerable":true}`,
}

func writeInputs(t *testing.T, qs []string, corpus ...string) (in, qfile, dir string) {
	t.Helper()
	dir = t.TempDir()
	in = filepath.Join(dir, "squad.json")
	qfile = filepath.Join(dir, "questions.jsonl")
	if err := os.WriteFile(in, []byte(squad), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(qfile, []byte(strings.Join(qs, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if corpus != nil {
		if err := os.Mkdir(filepath.Join(dir, "corpus"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, c := range corpus {
			if err := os.WriteFile(filepath.Join(dir, "corpus", c+".txt"), []byte(c), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return in, qfile, dir
}

func TestSplitByArticle(t *testing.T) {
	in, qfile, dir := writeInputs(t, questions, "Alpha", "Beta", "Gamma", "Zeta")
	out := filepath.Join(dir, "out")
	var report bytes.Buffer
	if err := run(in, qfile, out, "", &report); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// Lines keep their order within a part and their bytes.
	wantTune := questions[1] + "\n" + questions[2] + "\n" + questions[5] + "\n"
	wantReport := questions[0] + "\n" + questions[3] + "\n" + questions[4] + "\n"
	if got := read("tune.jsonl"); got != wantTune {
		t.Errorf("tune.jsonl\n got %q\nwant %q", got, wantTune)
	}
	if got := read("report.jsonl"); got != wantReport {
		t.Errorf("report.jsonl\n got %q\nwant %q", got, wantReport)
	}
	for _, want := range []string{
		"tune.jsonl: 3 questions, 2 answerable, 1 unanswerable",
		"report.jsonl: 3 questions, 1 answerable, 2 unanswerable",
		"Alpha", "Gamma", "Beta", "Zeta",
	} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
}

func TestSplitRejects(t *testing.T) {
	for _, tt := range []struct {
		name   string
		qs     []string
		corpus []string
		want   string
	}{
		{"unknown id", append([]string{`{"id":"nope","answerable":false}`}, questions...), nil, `"nope" is not in the SQuAD file`},
		{"duplicate id", append(questions, questions[0]), nil, `"z1" again`},
		{"answerability differs", []string{`{"id":"b1","answerable":true}`}, nil, "answerable=true here"},
		{"bad json", []string{`{"id":`}, nil, "line 1"},
		{"corpus differs", questions, []string{"Alpha", "Beta", "Gamma", "Eta"}, "not the article titles"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in, qfile, dir := writeInputs(t, tt.qs, tt.corpus...)
			err := run(in, qfile, filepath.Join(dir, "out"), "", &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run = %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// The real part-A split, when the shared benchmark is there: the articles
// and counts the README gives.
func TestSplitPartA(t *testing.T) {
	base := filepath.Join("..", "..", "..", "shared", "benchmarks", "squad2")
	in := filepath.Join(base, "squad2-dev-part-a.json")
	if _, err := os.Stat(in); err != nil {
		t.Skip("no shared SQuAD part A:", err)
	}
	var report bytes.Buffer
	if err := run(in, filepath.Join(base, "questions.jsonl"), t.TempDir(), "", &report); err != nil {
		t.Fatal(err)
	}
	got := report.String()
	for _, want := range []string{
		"tune.jsonl: 1244 questions, 608 answerable, 636 unanswerable",
		"report.jsonl: 1584 questions, 691 answerable, 893 unanswerable",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	tune := got[:strings.Index(got, "report ")]
	for _, a := range []string{"1973_oil_crisis", "Huguenot", "Normans", "Scottish_Parliament"} {
		if !strings.Contains(tune, a) {
			t.Errorf("%s is not in tune:\n%s", a, got)
		}
	}
	for _, a := range []string{"French_and_Indian_War", "Imperialism", "Packet_switching", "Yuan_dynasty"} {
		if strings.Contains(tune, a) {
			t.Errorf("%s is in tune:\n%s", a, got)
		}
	}
}
