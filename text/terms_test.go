package text_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/text"
)

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Rodríguez":        "rodriguez",
		"Rodriguez":        "rodriguez",
		"RODRÍGUEZ":        "rodriguez",
		"Rodri\u0301guez":  "rodriguez", // accent as a combining mark
		"Penitenciaría":    "penitenciaria",
		"Manabí, Los Ríos": "manabi, los rios",
		"Ecuador’s":        "ecuador’s", // punctuation is kept
		"ÉCOLE Façade":     "ecole facade",
		"Straße":           "strasse",
		"Łódź":             "lodz",
		"Ærø":              "aero",
		"東京":               "東京",
		"ΑΘΗΝΑ":            "αθηνα", // lower-cased, kept
		"":                 "",
		"1.50 DLRS":        "1.50 dlrs",
	}
	for in, want := range tests {
		if got := text.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if text.Fold("Rodríguez") != text.Fold("Rodriguez") {
		t.Error("Rodríguez and Rodriguez do not fold to the same word")
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ecuador’s attorney general", []string{"ecuador", "s", "attorney", "general"}},
		{"from 18 to 31.", []string{"from", "18", "to", "31"}},
		{"rose 1.50 dlrs", []string{"rose", "1.50", "dlrs"}},
		{"1,000 inmates", []string{"1000", "inmates"}},
		{"60-day state", []string{"60", "day", "state"}},
		{"Rodríguez, SNAI!", []string{"rodriguez", "snai"}},
		{"U.S. Corp.", []string{"u", "s", "corp"}},
		{"東京 is big", []string{"東京", "is", "big"}},
		{"  \n\t", nil},
		{"end.", []string{"end"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, text.Words(tt.in)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestTerms(t *testing.T) {
	got := text.Terms("How many of the prisoners were killed in the prisons?")
	for _, stop := range []string{"how", "many", "of", "the", "were", "in"} {
		if slices.Contains(got, stop) {
			t.Errorf("Terms kept stop word %q: %q", stop, got)
		}
	}
	for _, want := range []string{text.Stem("prisoners"), text.Stem("killed"), text.Stem("prison")} {
		if !slices.Contains(got, want) {
			t.Errorf("Terms = %q, missing %q", got, want)
		}
	}
	// Documents and queries go through the same function: a word and its
	// inflection become the same term.
	if a, b := text.Terms("prisons declared"), text.Terms("prison declare"); !cmp.Equal(a, b) {
		t.Errorf("Terms(prisons declared) = %q, Terms(prison declare) = %q; want equal", a, b)
	}
	// Numbers survive, even one digit; one-letter fragments don't.
	if got := text.Terms("5 s x 31"); !cmp.Equal(got, []string{"5", "31"}) {
		t.Errorf("Terms(5 s x 31) = %q, want [5 31]", got)
	}
	if got := text.Terms(""); len(got) != 0 {
		t.Errorf("Terms(\"\") = %q", got)
	}
}

func TestStem(t *testing.T) {
	same := [][2]string{
		{"prisons", "prison"},
		{"cellblocks", "cellblock"},
		{"declared", "declare"},
		{"declares", "declare"},
		{"killed", "kill"},
		{"killing", "kill"},
		{"stopped", "stop"},
		{"emergencies", "emergency"},
		{"detonations", "detonation"},
		{"officers", "officer"},
		{"guards", "guard"},
		{"boxes", "box"},
	}
	for _, p := range same {
		if a, b := text.Stem(p[0]), text.Stem(p[1]); a != b {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want the same", p[0], a, p[1], b)
		}
	}
	different := [][2]string{
		{"prison", "prisoner"},
		{"general", "generate"},
		{"guard", "guardian"},
	}
	for _, p := range different {
		if a, b := text.Stem(p[0]), text.Stem(p[1]); a == b {
			t.Errorf("Stem(%q) and Stem(%q) are both %q; over-stemmed", p[0], p[1], a)
		}
	}
	// Left alone: short words, numbers, words ending in -ss, -us, -is.
	for _, w := range []string{"gas", "31", "2021", "1.50", "press", "status", "analysis"} {
		if got := text.Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, got)
		}
	}
}

func TestStemSynonyms(t *testing.T) {
	died := text.Stem("died")
	if !slices.Contains(text.StemSynonyms(died), text.Stem("death")) {
		t.Errorf("Synonyms(%q) = %q, want it to hold %q", died, text.StemSynonyms(died), text.Stem("death"))
	}
}

func TestRephrase(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Who is Ecuador's head of state?", "Who is Ecuador's president?"},
		{"How many people lost their lives?", "How many people died?"},
		{"Were guards taken captive?", "Were guards held hostage?"},
		{"How did troops get into the cell blocks?", "How did troops gained access to the cellblocks?"},
		{"is there an election coming up", "is there an election next"},
		{"who's the president at the mo", "who's the president "}, // British "at the moment": the asker's now
		{"how many died at the moment of the blast", "how many died at the moment of the blast"},
		{"what was said at the Mo Ibrahim forum", "what was said at the Mo Ibrahim forum"},
		{"What did the head of the prison say?", "What did the head of the prison say?"}, // not an idiom: unchanged
	} {
		if got := text.Rephrase(tt.in); got != tt.want {
			t.Errorf("Rephrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// WordSynonyms gives the other words of the groups holding a word, never
// the word itself; a word in no group has none.
func TestWordSynonyms(t *testing.T) {
	got := text.WordSynonyms("boss")
	if !slices.Contains(got, "director") || !slices.Contains(got, "chief") || slices.Contains(got, "boss") {
		t.Errorf("WordSynonyms(boss) = %v, want director and chief, not boss", got)
	}
	if got := text.WordSynonyms("banana"); len(got) != 0 {
		t.Errorf("WordSynonyms(banana) = %v, want none", got)
	}
}

// "Soon" in a question asks for the next of a thing ("elections soon":
// "elections next month"); "how soon" asks when, and stays.
func TestRephraseSoon(t *testing.T) {
	for q, want := range map[string]string{
		"are they having elections soon or what": "are they having elections next or what",
		"How soon will they vote":                "How soon will they vote",
		"any elections soon?":                    "any elections next?",
		"were the guards released":               "were the guards released",
	} {
		if got := text.Rephrase(q); got != want {
			t.Errorf("Rephrase(%q) = %q, want %q", q, got, want)
		}
	}
}
