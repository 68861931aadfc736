package text

import "testing"

// Of a word's translations the reading takes the first the stories use, else
// the dictionary's first.
func TestSpanishGlossForChoosesTheStoriesWord(t *testing.T) {
	s := esFixture(t) // muertos: dead, dead person, die
	q := "cuantos muertos hubo"
	for _, c := range []struct {
		uses func(string) bool
		want string
	}{
		{nil, "how many dead there were"},
		{func(w string) bool { return w == "die" }, "how many die there were"},
		// "dead person" needs both its words used.
		{func(w string) bool { return w == "person" }, "how many dead there were"},
		{func(w string) bool { return w == "dead" || w == "person" }, "how many dead there were"},
		{func(string) bool { return false }, "how many dead there were"},
	} {
		if got := s.GlossFor(q, nil, c.uses); got != c.want {
			t.Errorf("GlossFor(%q) = %q, want %q", q, got, c.want)
		}
	}
	if got, _ := choose([]string{"dead", "dead person", "die"}, func(w string) bool { return w == "dead" || w == "person" || w == "die" }); got != "dead" {
		t.Errorf("choose = %q, want the first used", got)
	}
	if got, _ := choose([]string{"step", "spend", "happen"}, func(w string) bool { return w == "happen" }); got != "happen" {
		t.Errorf("choose = %q, want happen", got)
	}
}

// Asking a name and asking what happened read as English says it; "que" in
// mid-sentence joins a clause.
func TestSpanishIdioms(t *testing.T) {
	s := esFixture(t)
	for q, want := range map[string]string{
		"¿cómo se llama la cárcel?": "what is the name of the prison",
		"como se llamaba la ciudad": "what is the name of the city",
		"como le dicen a la cárcel": "what is the name of a the prison", // "a" is not in the fixture
		"¿qué pasó en la cárcel?":   "what happened in the prison",
		"la ciudad que":             "the city that",
		"¿qué ciudad?":              "what city",
		"como se":                   "how", // a pronoun with no verb after it reads as nothing
	} {
		if got := s.Gloss(q); got != want {
			t.Errorf("Gloss(%q) = %q, want %q", q, got, want)
		}
	}
	for _, c := range []struct {
		ws   []string
		want int
	}{
		{[]string{"cómo", "se", "llama"}, 3},
		{[]string{"como", "le", "dicen", "al"}, 3},
		{[]string{"como", "se", "hizo"}, 0},
		{[]string{"donde", "se", "llama"}, 0},
		{[]string{"qué", "pasó"}, -2},
		{[]string{"que", "paso"}, -2},
		{[]string{"qué", "ciudad"}, 0},
		{[]string{"como", "se"}, 0},
	} {
		if got := idiomLen(c.ws); got != c.want {
			t.Errorf("esNameIdiom(%q) = %d, want %d", c.ws, got, c.want)
		}
	}
}

// A Spanish follow-up may open with "y" before its question word.
func TestLooksSpanishAfterAConjunction(t *testing.T) {
	for q, want := range map[string]bool{
		"y cuantas personas salieron heridas ahi?": true,
		"pero donde fue eso":                       true,
		"y who won":                                false,
		"y did they do it":                         false,
		"y what happened":                          false,
	} {
		if got := LooksSpanish(q); got != want {
			t.Errorf("LooksSpanish(%q) = %v, want %v", q, got, want)
		}
	}
}

// Spanglish: three Spanish function words in a question three times as long
// make it read through the dictionary; two never do.
func TestLooksSpanishSpanglish(t *testing.T) {
	for q, want := range map[string]bool{
		"what time es el curfew en duran":                  true,  // es, el, en: 3 of 7
		"what time es el curfew en duran tonight":          true,  // 3 of 8
		"what time es el curfew en duran for them":         true,  // 3 of 9
		"what time es el curfew en the duran area tonight": false, // 3 of 10
		"is el chapo in la jail":                           false, // 2 of 6
	} {
		if got := LooksSpanish(q); got != want {
			t.Errorf("LooksSpanish(%q) = %v, want %v", q, got, want)
		}
	}
}

// idiomLen is esNameIdiom's length for a name idiom and -2 for "qué pasó"
// (esHappened), the form these tables were written in.
func idiomLen(ws []string) int {
	if n := esNameIdiom(ws); n > 0 {
		return n
	}
	if esHappened(ws) {
		return -2
	}
	return 0
}
