package question

import (
	"maps"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/story/storytest"
	"github.com/storybot-dev/storybot/text"
)

func TestReadQuestion(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	tests := []struct{ in, want string }{
		{"whats the deth toll", "what is the death toll"},
		{"how many ppl died", "how many people died"},
		{"who is the presidnet", "who is the president"},
		{"how many gaurds were taken hostige", "how many guards were taken hostage"},
		{"wat happend in esmeraldas", "what happened in esmeraldas"},
		{"how many prisons", "how many prisons"},             // a form of a corpus word stays
		{"were any guards killed", "were any guards killed"}, // a common word stays
		{"who is the kresident", "who is the kresident"},     // the first letter is changed only to a key next to it
		{"who is the oresident", "who is the president"},     // o is next to p
		{"how many fuards were taken hostage", "how many guards were taken hostage"},
		{"what is the Litorall", "what is the litoral"},                   // one edit
		{"what about the xylophone", "what about the xylophone"},          // nothing close: left alone
		{"wich jail did the army storm", "which jail did the army storm"}, // a question word first; "storm" is a word: never "story"
		{"the hostage thing", "the hostage thing"},                        // "thing" is a word: never "think"
		{"was the storm bad", "was the storm bad"},
		{"which jal was it", "which jal was it"},          // three letters: too short to read as a typo ("jail")
		{"how many ppl died lol", "how many people died"}, // chat filler the stories never use: left out
		{"ok so who is the presidnet", "who is the president"},
		{"ok so i want to know how many died", "how many died"},                 // the asker's frame (text.StripRequest)
		{"what did the guvermint announce", "what did the government announce"}, // three edits, but it sounds so (text.SoundKey)
		{"how many died in gwayakil", "how many died in guayaquil"},             // the same
		{"how many got merked", "how many got merked"},                          // six letters: too short to read by sound ("marched")
		{"how many died, was it like 50?", "how many died?"},                    // a guess after the question (text.StripGuess)
		{"how many died or smth", "how many died"},                              // filler dropped takes its "or"
		{"how many died or like whatever", "how many died"},
		{"who even runs that prison", "who runs that prison"}, // an intensifier says nothing of what is asked
		{"was it really 31", "was it 31"},
		{"where is this prison even", "where is this prison"},
		{"how many soldiers exactly", "how many soldiers exactly"},               // asks for a figure: no intensifier
		{"was the vote even?", "was the vote even?"},                             // closing a yes/no question: an adjective
		{"did they even out the score", "did they even out the score"},           // a verb
		{"was the death toll 18 or like 31?", "was the death toll 18 or 31?"},    // an "or" between two choices stays
		{"how many failed to actually vote", "how many failed to actually vote"}, // inside the topic: the story's word
		{"actually", "actually"},                                                 // a question that is only one: read as typed
		{"were the guards or whatever hurt?", "were the guards hurt?"},
		{"was it the army or the police?", "was it the army or the police?"}, // an "or" that offers a choice stays
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
	voc := rd.Vocabulary(testindex.Seed(t))
	for w, want := range map[string]bool{"esmeraldas": true, "manta": true, "prison": false, "guards": false} {
		if got := voc.IsName(w); got != want {
			t.Errorf("IsName(%q) = %v, want %v", w, got, want)
		}
	}
}

// storiesOnly is a Corpus of stories alone (no term statistics).
type storiesOnly []story.Story

func (s storiesOnly) Stories() []story.Story { return s }
func (storiesOnly) DocFreq(string) int       { return 0 }

// TestVocabularyInParallel: the vocabulary counted in shares, in parallel,
// is the one counted in one pass.
func TestVocabularyInParallel(t *testing.T) {
	stories := storytest.Stories(500)
	stories[3].Text += " They met Quintana in Lima, and Quintana left." // a name used after lower-case words
	var rd Reader
	v := rd.Vocabulary(storiesOnly(stories))
	one := countWords(stories)
	if !maps.Equal(v.freq, one.freq) {
		t.Fatalf("word counts differ from one pass: %d words against %d", len(v.freq), len(one.freq))
	}
	for w, n := range one.uses {
		if want := one.capital[w]*2 > n && len(text.Terms(w)) > 0; v.IsName(w) != want {
			t.Errorf("IsName(%q) = %v, want %v", w, v.IsName(w), want)
		}
	}
	if !v.IsName("quintana") {
		t.Error("quintana, written with a capital after lower-case words, is not a name")
	}
}
