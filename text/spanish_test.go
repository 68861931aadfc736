package text

import (
	"errors"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// The fixture is a tiny analyser and dictionary written for these tests
// (data/testdata/*.dix) and compiled with lttoolbox 3.7's lt-comp:
//
//	lt-comp lr es.dix es.automorf.bin && lt-comp lr es-en.dix es-en.autobil.bin
func esFixture(t *testing.T) *Spanish {
	t.Helper()
	s, err := LoadSpanishFrom("data/testdata/es.automorf.bin", "data/testdata/es-en.autobil.bin")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSpanishTranslateFixture(t *testing.T) {
	s := esFixture(t)
	for w, want := range map[string][]string{
		"cárcel":   {"prison"},
		"carcel":   {"prison"}, // accent-insensitive
		"CÁRCELES": {"prison"},
		"muertos":  {"dead", "dead person", "die"}, // every analysis, analyser order
		"presos":   {"inmate", "prisoner"},         // every translation
		"hubo":     {"have"},
		"esta":     {"this", "be"}, // as typed first, then the accented "está"
		"ano":      {"year"},       // ñ only when nothing else matches
		"quito":    nil,            // analysed (a name) but not in the dictionary
		"¿ciudad?": {"city"},
		"xyz":      nil,
		"":         nil,
	} {
		if got := s.Translate(w); !slices.Equal(got, want) {
			t.Errorf("Translate(%q) = %q, want %q", w, got, want)
		}
	}
	var none *Spanish
	if got := none.Translate("cárcel"); got != nil {
		t.Errorf("nil Spanish translated to %q", got)
	}
}

func TestSpanishGlossFixture(t *testing.T) {
	s := esFixture(t)
	for q, want := range map[string]string{
		"cuantos muertos hubo en la carcel de guayaquil": "how many dead there were in the prison of guayaquil",
		"¿En qué ciudad está la cárcel?":                 "in what city is the prison",
		"¿Por qué?":                                      "why",
	} {
		if got := s.Gloss(q); got != want {
			t.Errorf("Gloss(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestSpanishQuestionWord(t *testing.T) {
	for w, want := range map[string]string{"cuántos": "how many", "Cuantos": "how many", "quién": "who", "dónde": "where", "cuándo": "when", "por qué": "why", "por  que": "why"} {
		if got, ok := SpanishQuestionWord(w); !ok || got != want {
			t.Errorf("SpanishQuestionWord(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	if got, ok := SpanishQuestionWord("cárcel"); ok {
		t.Errorf("SpanishQuestionWord(cárcel) = %q, want not a question word", got)
	}
}

func TestSpanishLooks(t *testing.T) {
	for q, want := range map[string]bool{
		"cuantos muertos hubo en la carcel de guayaquil": true,
		"¿en qué ciudad está la cárcel?":                 true,
		"quien fue el presidente":                        true,
		"donde esta":                                     true,
		"how many died":                                  false,
		"who won the super bowl":                         false,
		"is el chapo in la jail":                         false,
		"how many ppl died in the prison riot lol":       false,
		"": false,
	} {
		if got := LooksSpanish(q); got != want {
			t.Errorf("LooksSpanish(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestSpanishLoadBadFile(t *testing.T) {
	if _, err := LoadSpanishFrom("data/testdata/es.dix", "data/testdata/es-en.autobil.bin"); err == nil {
		t.Error("an XML file read as a transducer without error")
	}
	if _, err := LoadSpanishFrom("data/testdata/missing.bin", "data/testdata/es-en.autobil.bin"); err == nil {
		t.Error("a missing file read without error")
	}
}

func TestSpanishMissing(t *testing.T) {
	s, err := esLoadFirst([]esDir{{t.TempDir(), "spa-eng.automorf.bin", "spa-eng.autobil.bin", "eng-spa.autobil.bin"}})
	if s != nil || !errors.Is(err, ErrSpanishMissing) {
		t.Fatalf("esLoadFirst(empty dir) = %v, %v; want ErrSpanishMissing", s, err)
	}
	if !strings.Contains(err.Error(), "apertium-eng-spa") {
		t.Errorf("error %q does not say which package to install", err)
	}
	s, err = esLoadFirst([]esDir{{t.TempDir(), "x", "y", ""}, {"data/testdata", "es.automorf.bin", "es-en.autobil.bin", "no-such.autobil.bin"}})
	if err != nil || !slices.Equal(s.Translate("carcel"), []string{"prison"}) {
		t.Errorf("esLoadFirst did not fall through to the fixture: %v", err)
	}
}

// TestSpanishInstalled runs on Debian's apertium-eng-spa when installed.
func TestSpanishInstalled(t *testing.T) {
	s, err := LoadSpanish()
	if errors.Is(err, ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if s2, err2 := LoadSpanish(); s2 != s || err2 != nil {
		t.Error("LoadSpanish does not return the loaded data again")
	}
	for w, want := range map[string]string{
		"carcel": "prison", "cárcel": "prison", "muertos": "dead", "murieron": "die", "ciudad": "city",
		"presos": "prisoner", "rehenes": "hostage", "ejército": "army", "guardias": "guard", "matar": "kill",
	} {
		if got := s.Translate(w); !slices.Contains(got, want) {
			t.Errorf("Translate(%q) = %q, want it to hold %q", w, got, want)
		}
	}
	if got := s.Translate("la"); !slices.Equal(got, []string{"the"}) {
		t.Errorf("Translate(la) = %q, want [the] (not Apertium's internal prpers)", got)
	}
	if got := s.Translate("ecuador"); !slices.Contains(got, "ecuador") {
		t.Errorf("Translate(ecuador) = %q, want the name kept", got)
	}
	for q, want := range map[string]string{
		"cuantos muertos hubo en la carcel de guayaquil": "how many dead there were in the prison of guayaquil",
		"¿en qué ciudad está la cárcel?":                 "in what city is the prison",
	} {
		if got := s.Gloss(q); got != want {
			t.Errorf("Gloss(%q) = %q, want %q", q, got, want)
		}
	}
}

// BenchmarkSpanishLoad measures reading the installed Apertium data.
func BenchmarkSpanishLoad(b *testing.B) {
	d := esDirs[0]
	if !esExists(d.dir) {
		b.Skip(ErrSpanishMissing)
	}
	for b.Loop() {
		// as LoadSpanish reads them: the analyser and both dictionaries
		if _, err := esLoadFirst([]esDir{d}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSpanishGloss measures reading the seed's Spanish question.
func BenchmarkSpanishGloss(b *testing.B) {
	s, err := LoadSpanish()
	if err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		s.Gloss("¿cuántos muertos hubo en la carcel de guayaquil?")
	}
}

// TestSpanishParseDamaged feeds truncated and corrupted copies of the fixture
// to the parser and the lookups: errors are fine, panics are not.
func TestSpanishParseDamaged(t *testing.T) {
	for _, name := range []string{"data/testdata/es.automorf.bin", "data/testdata/es-en.autobil.bin"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		try := func(data []byte) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%s: panic on %d damaged bytes: %v", name, len(data), r)
				}
			}()
			f, err := esParseFST(data)
			if err == nil {
				s := &Spanish{morf: f, bil: f}
				s.Translate("muertos")
				s.Translate("cárcel")
			}
		}
		for n := 0; n < len(b); n++ {
			try(b[:n])
		}
		rng := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			d := slices.Clone(b)
			for range 1 + rng.IntN(4) {
				d[rng.IntN(len(d))] = byte(rng.IntN(256))
			}
			try(d)
		}
	}
}
