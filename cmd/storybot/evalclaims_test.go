package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalClaimsScoresALabelledFile: `eval --claims` reads labelled model
// answers and prints the claim check's scores per data set; a faithful
// answer is kept and an invented number is flagged.
func TestEvalClaimsScoresALabelledFile(t *testing.T) {
	src := "passage 1: The city council voted on Monday to close the old bridge. Repairs will take 14 days."
	file := filepath.Join(t.TempDir(), "labelled.jsonl")
	lines := []string{
		`{"id":"a","dataset":"RAGTruth","task":"QA","question":"How long will repairs take?","source":"` + src + `","response":"Repairs will take 14 days.","hallucinated":false}`,
		`{"id":"b","dataset":"RAGTruth","task":"QA","question":"How long will repairs take?","source":"` + src + `","response":"Repairs will take 40 days.","hallucinated":true}`,
	}
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cli(t, "", "eval", "--claims", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"RAGTruth: 2 answers, 1 unsupported", "precision 100.0", "recall 100.0", "faithful flagged 0.0 %"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
