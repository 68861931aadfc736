package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

func TestResolveDates(t *testing.T) {
	tests := []struct{ text, date, want string }{
		{"Clashes began on Saturday.", "2023-07-26", "Clashes began on Saturday (Saturday 22 July 2023, counted from the story's date)."},
		{"The toll rose on Tuesday.", "2023-07-26", "The toll rose on Tuesday (Tuesday 25 July 2023, counted from the story's date)."},
		{"It happened on Wednesday.", "2023-07-26", "It happened on Wednesday (Wednesday 26 July 2023, counted from the story's date)."},
		{"Elections are next month.", "2023-07-26", "Elections are next month (August 2023, counted from the story's date)."},
		{"He left yesterday.", "2023-12-01", "He left yesterday (30 November 2023, counted from the story's date)."},
		{"Clashes began on Saturday.", "", "Clashes began on Saturday."},
	}
	for _, tt := range tests {
		if got := resolveDates(tt.text, tt.date); got != tt.want {
			t.Errorf("resolveDates(%q, %s) =\n %q, want\n %q", tt.text, tt.date, got, tt.want)
		}
	}
}

// TestAnswerabilityDirections: each feature moves the score the way it
// should when it moves as it does in a real answer (a name missing from
// the sentence also lowers its coverage, and so on). Deleting a feature's
// weight, or flipping it, fails its case.
func TestAnswerabilityDirections(t *testing.T) {
	base := map[string]float64{"cov": 0.8, "own": 0.8, "rare": 1, "margin": 0.3, "rank": 1, "nkeys": 0.5, "own_miss_max": 0.2, "own_miss_n": 0.25}
	with := func(changes map[string]float64) map[string]float64 {
		f := map[string]float64{}
		for k, v := range base {
			f[k] = v
		}
		for k, v := range changes {
			f[k] = v
		}
		return f
	}
	tests := []struct {
		name  string
		f     map[string]float64
		lower bool
	}{
		{"better coverage", with(map[string]float64{"cov": 1, "own": 1, "own_miss_max": 0, "own_miss_n": 0, "complete": 1}), false},
		{"a name missing", with(map[string]float64{"name_missing": 1, "name_missing_own": 1, "cov": 0.6, "own": 0.6, "own_miss_max": 0.4, "own_miss_n": 0.5}), true},
		{"a number missing", with(map[string]float64{"num_missing": 1, "num_missing_own": 1}), true},
		{"a negation the sentence lacks", with(map[string]float64{"negated": 1}), true},
		{"the answer type missing", with(map[string]float64{"untyped": 1}), true},
		{"the answer type present", with(map[string]float64{"typed": 1}), false},
		{"no cause for a why", with(map[string]float64{"reason": -1}), true},
		{"a cause for a why", with(map[string]float64{"reason": 1}), false},
		{"a word the corpus doesn't use", with(map[string]float64{"unknown": 0.3, "cov": 0.5, "own": 0.5, "own_miss_max": 0.3, "own_miss_n": 0.5}), true},
		{"a word only other passages use", with(map[string]float64{"missing": 0.3, "cov": 0.5, "own": 0.5, "own_miss_max": 0.3, "own_miss_n": 0.5}), true},
		{"a clear winner", with(map[string]float64{"margin": 0.8}), false},
	}
	b0 := answerability(base)
	for _, tt := range tests {
		got := answerability(tt.f)
		if tt.lower && got >= b0 || !tt.lower && got <= b0 {
			t.Errorf("%s: score %.3f against %.3f, want it %s", tt.name, got, b0, map[bool]string{true: "lower", false: "higher"}[tt.lower])
		}
	}
}

// TestNamesAreKeyTerms: a word the stories write as a name is a proper
// key term however the question types it.
func TestNamesAreKeyTerms(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, k := range keyTerms(ix, voc, "how many guards in esmeraldas") {
		if want := k.term == "esmeralda" || k.term == "esmeraldas"; k.proper != want {
			t.Errorf("key term %q proper = %v, want %v", k.term, k.proper, want)
		}
	}
}
