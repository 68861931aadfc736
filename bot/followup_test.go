package bot

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/text"
)

// TestFollowUpsOffline: a follow-up that leans on the last turn is read
// with its subject, shown in read_as; one that names its own subject is
// read alone.
func TestFollowUpsOffline(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	for _, tt := range []struct {
		first, follow string
		want          string // in the follow-up's answer
		leans         bool
	}{
		{"how many guards were held hostage", "where was that", "Esmeraldas", true},
		{"who is the general director of the SNAI", "what did he say", "decisive", true},
		{"what did the director say about the operation", "and who said that", "RODRIGUEZ", true},
		{"how many prison guards were held hostage in Esmeraldas", "and the other staffers, how many", "2 other staffers", true},
		{"how many guards were held hostage", "how many people died", "31", false},
	} {
		first := askOffline(t, b, tt.first)
		a, err := b.Ask(context.Background(), Question{Text: tt.follow, Offline: true,
			History: []Turn{{Question: tt.first, Answer: first.Text}}})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, tt.want) || a.Abstained {
			t.Errorf("%q after %q = %q, want it to hold %q", tt.follow, tt.first, a.Text, tt.want)
		}
		if got := strings.Contains(a.ReadAs, "(following: "+tt.first+")"); got != tt.leans {
			t.Errorf("%q after %q: read_as %q, leaning %v, want %v", tt.follow, tt.first, a.ReadAs, got, tt.leans)
		}
	}
}

// TestUnanswerableStayRefused: a person or name asked for and no one named
// next to what was asked, and "does it say X" when it doesn't, are refused
// or hedged, never answered; "does it say X" when it does is answered.
func TestUnanswerableStayRefused(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	for _, q := range []string{
		"who won the presidential election",
		"does it say what the attorney general is called",
		"what was the mayor's name",
		"what is the attorney general called",
		"How many guards were killed in Esmeraldas?", // the Esmeraldas passage never says "killed"
	} {
		if a := askOffline(t, b, q); !a.Abstained {
			t.Errorf("%q answered: %q", q, a.Text)
		}
	}
	if a := askOffline(t, b, "does it say who the director of the snai is"); a.Abstained || !strings.Contains(a.Text, "Guillermo Rodriguez") || strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("does it say who the director is = %q, want the name, answered", a.Text)
	}
}

// TestDatelineCitesTheDateBytes: "when did this happen" is answered with
// the story's date, cited as exactly the date's bytes in its header.
func TestDatelineCitesTheDateBytes(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	a := askOffline(t, b, "when did this happen")
	if len(a.Citations) != 1 || !strings.Contains(a.Text, "26 July 2023") {
		t.Fatalf("when did this happen = %q with %d citations", a.Text, len(a.Citations))
	}
	c := a.Citations[0]
	raw, err := os.ReadFile(testindex.Testdata("..", "corpus", c.Source))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(raw[c.Start:c.End]); got != "2023-07-26" || c.Quote != got {
		t.Errorf("cited bytes [%d,%d) = %q, quote %q; want the date 2023-07-26 exactly", c.Start, c.End, got, c.Quote)
	}
}

// TestTiesGoToTheBetterRankedPassage: two stories saying the same thing in
// the same words; the answer cites the one the search ranked first.
func TestTiesGoToTheBetterRankedPassage(t *testing.T) {
	dir := t.TempDir()
	same := "The bridge reopened after 14 days of repairs.\n"
	for _, f := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(dir+"/"+f, []byte(" date 2024-02-02 STORY: Bridge news.\n\n"+same), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b := New(testindex.Of(t, os.DirFS(dir)), nil, Options{}, nil)
	a := askOffline(t, b, "how many days of repairs did the bridge need")
	if len(a.Citations) == 0 || len(a.Passages) < 2 {
		t.Fatalf("%q: %d citations, %d passages", a.Text, len(a.Citations), len(a.Passages))
	}
	if a.Citations[0].Source != a.Passages[0].Source {
		t.Errorf("cites %s, want the first-ranked passage's %s", a.Citations[0].Source, a.Passages[0].Source)
	}
}

// TestAnswerDoesNotHingeOnK: with one passage kept, the flagship question
// still gets the death toll: passages are ranked by their best sentence
// before k are kept.
func TestAnswerDoesNotHingeOnK(t *testing.T) {
	b := New(testindex.Seed(t), nil, Options{}, nil)
	a, err := b.Ask(context.Background(), Question{Text: "How many people died?", K: 1, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) != 1 || !strings.Contains(a.Text, "31") || a.Abstained {
		t.Errorf("k=1: %d passages, answer %q; want the toll from the one passage kept", len(a.Passages), a.Text)
	}
}

// TestSpanishKeepsTheStoriesNames: a Spanish question is read into English
// through the installed dictionary, the names the stories use kept as
// names ("Esmeraldas", not "emeralds").
func TestSpanishKeepsTheStoriesNames(t *testing.T) {
	if _, err := text.LoadSpanish(); err != nil {
		t.Skipf("skipped: %v", err)
	}
	b := New(testindex.Seed(t), nil, Options{}, nil)
	a := askOffline(t, b, "cuantos guardias fueron rehenes en esmeraldas")
	if !strings.Contains(a.ReadAs, "esmeraldas") || !strings.Contains(a.ReadAs, "how many") {
		t.Errorf("read_as %q: want it in English with esmeraldas kept", a.ReadAs)
	}
	if !strings.Contains(a.Text, "15 prison guards") {
		t.Errorf("answer %q, want the Esmeraldas hostages", a.Text)
	}
}

// TestSpanishByItsWords: a question in Spanish with too few function words
// for the cheap guess is still read through the dictionary, by its words
// that are Spanish and no English; an English question naming the stories'
// Spanish places is read as typed.
func TestSpanishByItsWords(t *testing.T) {
	if _, err := text.LoadSpanish(); err != nil {
		t.Skipf("skipped: %v", err)
	}
	b := New(testindex.Seed(t), nil, Options{}, nil)
	q := "murio algun militar o policia en el operativo"
	if text.LooksSpanish(q) {
		t.Fatalf("%q: the cheap guess already reads it; the case tests nothing", q)
	}
	if a := askOffline(t, b, q); !strings.Contains(a.ReadAs, "die") || !strings.Contains(a.ReadAs, "soldier") {
		t.Errorf("read_as %q: want it read in English (die, soldier)", a.ReadAs)
	}
	if a := askOffline(t, b, "what happened in the penitenciaria del litoral"); a.ReadAs != "" && !strings.Contains(a.ReadAs, "what happened") {
		t.Errorf("an English question naming the prison read as %q", a.ReadAs)
	}
}
