package question

import (
	"context"
	"testing"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// seedIndex is the index of the built-in corpus (the Ecuador story).
func seedIndex(t testing.TB) *retrieval.Index {
	t.Helper()
	stories, err := story.Load(storybot.DefaultCorpus(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestReadQuestion(t *testing.T) {
	var rd Reader
	ix := seedIndex(t)
	tests := []struct{ in, want string }{
		{"whats the deth toll", "what is the death toll"},
		{"how many ppl died", "how many people died"},
		{"who is the presidnet", "who is the president"},
		{"how many gaurds were taken hostige", "how many guards were taken hostage"},
		{"wat happend in esmeraldas", "what happened in esmeraldas"},
		{"how many prisons", "how many prisons"},                 // a form of a corpus word stays
		{"were any guards killed", "were any guards killed"},     // a common word stays
		{"who is the kresident", "who is the kresident"},         // the first letter is never changed
		{"what is the Litorall", "what is the litoral"},          // one edit
		{"what about the xylophone", "what about the xylophone"}, // nothing close: left alone
	}
	for _, tt := range tests {
		if got := rd.Read(ix, tt.in); got != tt.want {
			t.Errorf("Read(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNamesFromTheStories: a word the stories write as a name is a name
// in a question typed in lower case.
func TestNamesFromTheStories(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(seedIndex(t))
	for w, want := range map[string]bool{"esmeraldas": true, "manta": true, "prison": false, "guards": false} {
		if got := voc.IsName(w); got != want {
			t.Errorf("IsName(%q) = %v, want %v", w, got, want)
		}
	}
}
