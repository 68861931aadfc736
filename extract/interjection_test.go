package extract

import (
	"os"
	"strings"
	"testing"
)

// A word no dictionary holds that opens the question before a question
// word, "and" or a stop, or closes it not after an article or a
// preposition, is the asker's exclamation; elsewhere it is what is asked.
func TestInterjection(t *testing.T) {
	for _, c := range []struct {
		q, w string
		want bool
	}{
		{"eish and what did they find inside there", "eish", true},
		{"manze which town is it", "manze", true},
		{"sasa, how many died", "sasa", true},
		{"which town is this jail manze", "manze", true},
		{"how many died lol 😂", "lol", true},
		{"kamiti prison, how many died", "kamiti", false},
		{"how many died in kamiti", "kamiti", false},
		{"what did lasso say about bukele", "bukele", false},
		{"k bandas eran? los choneros?", "choneros", false},
		{"what happened, choneros", "choneros", false},
		{"did the choneros do it", "choneros", false},
		{"manze", "manze", false},
		{"which town is this jail", "jail", false}, // a dictionary word
	} {
		words := strings.Fields(c.q)
		wi := -1
		for i, w := range words {
			if strings.Trim(w, "?,.!") == c.w {
				wi = i
			}
		}
		if got := interjection(words, wi, c.w); got != c.want {
			t.Errorf("interjection(%q, %q) = %v, want %v", c.q, c.w, got, c.want)
		}
	}
}

// Read out, the exclamation leaves the question the stories answer.
func TestInterjectionAnswered(t *testing.T) {
	seed, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	stories := map[string]string{"000_ed2ba48890825abd.txt": string(seed)}
	for q, want := range map[string]string{
		"eish and what did they find inside there": "automatic weapons",
		"which town is this jail manze":            "Guayaquil",
	} {
		if got := askOf(t, stories, q).Text; !strings.Contains(got, want) || strings.Contains(got, "closest") {
			t.Errorf("%q: %q, want an answer with %q", q, got, want)
		}
	}
}
