package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
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
