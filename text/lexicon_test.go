package text

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestLexiconIsWord(t *testing.T) {
	for _, w := range []string{"storm", "Storm", "stormed", "storms", "hostage", "which", "with", "jail", "Guayaquil", "ecuador", "storm's", "don't", "think", "thing", "killed", "dice"} {
		if !IsWord(w) {
			t.Errorf("IsWord(%q) = false, want true", w)
		}
	}
	// Typos the issue names, and chat slang that is no dictionary word.
	for _, w := range []string{"wich", "ppl", "smth", "ngl", "stormz", "", "hostge", "guayaqil"} {
		if IsWord(w) {
			t.Errorf("IsWord(%q) = true, want false", w)
		}
	}
}

func TestLexiconLemma(t *testing.T) {
	for w, want := range map[string]string{
		"killed": "kill", "died": "die", "dies": "die", "prisoners": "prisoner", "was": "be", "were": "be",
		"is": "be", "saw": "see", "took": "take", "taken": "take", "seized": "seize", "grabbed": "grab",
		"stormed": "storm", "riots": "riot", "hostages": "hostage", "children": "child", "people": "people",
		"storm": "storm", "news": "news", "as": "as", "us": "us", "its": "its", "wich": "wich", "Killed": "kill",
	} {
		if got := Lemma(w); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestLexiconSynonyms(t *testing.T) {
	for _, c := range []struct {
		w, want string
	}{
		{"jail", "prison"}, {"prison", "jail"}, {"jail", "gaol"}, {"grab", "seize"}, {"grabbed", "seize"},
		{"seized", "take"}, {"die", "perish"}, {"died", "perish"}, {"city", "metropolis"}, {"death", "demise"},
	} {
		if got := Synonyms(c.w); !slices.Contains(got, c.want) {
			t.Errorf("Synonyms(%q) = %q, want it to hold %q", c.w, got, c.want)
		}
	}
	for _, c := range []struct {
		w, not string
	}{
		{"die", "dice"}, {"die", "die"}, {"died", "die"}, {"kill", "kill"}, {"hostage", "inmate"}, {"seize", "grab"},
	} {
		if got := Synonyms(c.w); slices.Contains(got, c.not) {
			t.Errorf("Synonyms(%q) = %q, want no %q", c.w, got, c.not)
		}
	}
	if got := Synonyms("jail"); len(got) < 2 || got[0] != "jailhouse" {
		t.Errorf("Synonyms(jail) = %q, want the noun sense (3 tags) first: jailhouse", got)
	}
	if got := Synonyms("wich"); got != nil {
		t.Errorf("Synonyms(wich) = %q, want nil", got)
	}
}

func TestLexiconRelated(t *testing.T) {
	for _, c := range []struct {
		w, want string
	}{
		{"die", "death"}, {"died", "death"}, {"death", "die"}, {"kill", "killing"}, {"kill", "killer"},
		{"killed", "die"}, {"die", "kill"}, {"seize", "seizure"},
	} {
		if got := Related(c.w); !slices.Contains(got, c.want) {
			t.Errorf("Related(%q) = %q, want it to hold %q", c.w, got, c.want)
		}
	}
}

// TestLexiconTablesSorted checks what lexGet relies on: every table is
// non-empty, newline-terminated and strictly sorted by key, and every key
// is found.
func TestLexiconTablesSorted(t *testing.T) {
	for name, table := range map[string]string{"words": lexWords, "lemmas": lexLemmas, "synonyms": lexSynonyms, "related": lexRelated} {
		if len(table) < 1000 || !strings.HasSuffix(table, "\n") {
			t.Errorf("%s: %d bytes, want a newline-terminated table", name, len(table))
			continue
		}
		prev := ""
		lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
		for i, line := range lines {
			k, _, _ := strings.Cut(line, "\t")
			if k <= prev {
				t.Fatalf("%s line %d: %q not after %q", name, i+1, k, prev)
			}
			prev = k
			if i%97 == 0 || i == len(lines)-1 {
				if _, ok := lexGet(table, k); !ok {
					t.Errorf("%s: key %q not found", name, k)
				}
			}
		}
	}
	for _, k := range []string{"", "\t", "a\nb", "zzzzzzzz", "\x00"} {
		if _, ok := lexGet(lexWords, k); ok {
			t.Errorf("lexGet(words, %q) found", k)
		}
	}
}

// TestLexiconFirstUse times the first call of each function in this test
// process (there is no load step: the tables are embedded strings).
func TestLexiconFirstUse(t *testing.T) {
	start := time.Now()
	IsWord("storm")
	Lemma("killed")
	Synonyms("jail")
	Related("die")
	d := time.Since(start)
	t.Logf("first IsWord+Lemma+Synonyms+Related: %v", d)
	if d > 50*time.Millisecond {
		t.Errorf("first use took %v, want at most 50ms", d)
	}
}

// BenchmarkLexiconLookup measures warm look-ups, one of each function.
func BenchmarkLexiconLookup(b *testing.B) {
	for b.Loop() {
		IsWord("stormed")
		Lemma("prisoners")
		Synonyms("jail")
		Related("die")
	}
}

// Antonyms read WordNet's opposites through the word's lemma.
func TestAntonyms(t *testing.T) {
	for w, want := range map[string]string{"day": "night", "nights": "day", "raised": "lower", "won": "lose"} {
		if got := Antonyms(w); !slices.Contains(got, want) {
			t.Errorf("Antonyms(%q) = %q, want %q among them", w, got, want)
		}
	}
	if got := Antonyms("prison"); len(got) != 0 {
		t.Errorf("Antonyms(prison) = %q, want none", got)
	}
}

// A word's own antonyms count beside its lemma's: "left" is leave's form
// and right's opposite.
func TestAntonymsOfTheWordItself(t *testing.T) {
	if got := Antonyms("left"); !slices.Contains(got, "right") {
		t.Errorf("Antonyms(left) = %q, want right among them", got)
	}
}
