package text_test

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// checkSpans asserts what every sentence span must satisfy: inside
// [start, end), in order, not overlapping, trimmed, on rune boundaries,
// and not longer than MaxSentenceBytes.
func checkSpans(t *testing.T, txt string, start, end int, spans []text.Span) {
	t.Helper()
	prev := start
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > end {
			t.Fatalf("span %d %v out of order or bounds (prev end %d, range [%d,%d))", i, sp, prev, start, end)
		}
		s := txt[sp.Start:sp.End]
		if utf8.ValidString(txt) {
			if !utf8.RuneStart(txt[sp.Start]) || (sp.End < len(txt) && !utf8.RuneStart(txt[sp.End])) {
				t.Errorf("span %d %v cuts a rune: %q", i, sp, s)
			}
			first, _ := utf8.DecodeRuneInString(s)
			last, _ := utf8.DecodeLastRuneInString(s)
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Errorf("span %d %v is not trimmed: %q", i, sp, s)
			}
		}
		if sp.End-sp.Start > text.MaxSentenceBytes {
			t.Errorf("span %d is %d bytes, over MaxSentenceBytes", i, sp.End-sp.Start)
		}
		prev = sp.End
	}
}

func sentenceTexts(txt string, spans []text.Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = txt[sp.Start:sp.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // exact bytes of each sentence, as stored
	}{
		{"plain", "Police retook the prison. Ten died.", []string{"Police retook the prison.", "Ten died."}},
		{"question and exclamation", "Is it over? Yes! It is.", []string{"Is it over?", "Yes!", "It is."}},
		{"quoted question goes on in lower case", `"Really?" he asked. She nodded.`, []string{`"Really?" he asked.`, "She nodded."}},
		{"title abbreviations", "Mr. Smith met Mrs. Jones and Dr. Lee. They talked.", []string{"Mr. Smith met Mrs. Jones and Dr. Lee.", "They talked."}},
		{"U.S. inside a sentence", "The U.S. Treasury said it would act. Markets rose.", []string{"The U.S. Treasury said it would act.", "Markets rose."}},
		{"U.S. before lower case", "The U.S. economy grew. Prices fell.", []string{"The U.S. economy grew.", "Prices fell."}},
		{"U.S. ends a sentence", "Talks were held in the U.S. The talks failed.", []string{"Talks were held in the U.S.", "The talks failed."}},
		{"Corp. inside a sentence", "Shares of Acme Corp. rose sharply. Traders cheered.", []string{"Shares of Acme Corp. rose sharply.", "Traders cheered."}},
		{"Corp. ends a sentence", "It was bought by Acme Corp. The deal closed Friday.", []string{"It was bought by Acme Corp.", "The deal closed Friday."}},
		{"Corp. then a name", "Acme Corp. Chairman John Doe resigned.", []string{"Acme Corp. Chairman John Doe resigned."}},
		{"Feb 26", "WASHINGTON, Feb 26 - The bank cut rates. It said so.", []string{"WASHINGTON, Feb 26 - The bank cut rates.", "It said so."}},
		{"Feb. 26", "The board met on Feb. 26 in Quito. It voted.", []string{"The board met on Feb. 26 in Quito.", "It voted."}},
		{"decimals and dlrs", "Acme rose 1.50 dlrs to 31.25 dlrs. The company said profit doubled.", []string{"Acme rose 1.50 dlrs to 31.25 dlrs.", "The company said profit doubled."}},
		{"dlrs before a number", "It paid 1.50 dlrs. 20 cts more than before.", []string{"It paid 1.50 dlrs. 20 cts more than before."}},
		{"initial", "J. Smith said so. He left.", []string{"J. Smith said so.", "He left."}},
		{"web address", "See example.com for more. Bye.", []string{"See example.com for more.", "Bye."}},
		{"number with thousands", "About 1,000.5 tonnes moved. Good.", []string{"About 1,000.5 tonnes moved.", "Good."}},
		{"ellipsis", "He paused... Then spoke.", []string{"He paused...", "Then spoke."}},
		{"blank line ends a headline", "Prison riot in Ecuador\n\nPolice moved in.", []string{"Prison riot in Ecuador", "Police moved in."}},
		{"blank line with spaces", "Headline\n  \t \nBody.", []string{"Headline", "Body."}},
		{"single newline is a hard wrap", "The police\nretook the\nprison. Done.", []string{"The police\nretook the\nprison.", "Done."}},
		{"CRLF hard wraps", "The police\r\nretook it.\r\n\r\nNext.", []string{"The police\r\nretook it.", "Next."}},
		{"hard-wrapped indented newswire",
			"  WASHINGTON, Feb 26 - The U.S. Agriculture\n  Department said it would buy 1.50 dlrs\n  worth of grain.\n      The purchase was small, officials said.\n",
			[]string{
				"WASHINGTON, Feb 26 - The U.S. Agriculture\n  Department said it would buy 1.50 dlrs\n  worth of grain.",
				"The purchase was small, officials said.",
			}},
		{"accents", "Rodríguez habló en Guayaquil. Él dijo más.", []string{"Rodríguez habló en Guayaquil.", "Él dijo más."}},
		{"curly quotes close a sentence", "He said “enough.” Then he left.", []string{"He said “enough.”", "Then he left."}},
		{"curly apostrophe", "Ecuador’s attorney general spoke. Lasso agreed.", []string{"Ecuador’s attorney general spoke.", "Lasso agreed."}},
		{"parenthesis closes", "It rose (by a lot.) Then it fell.", []string{"It rose (by a lot.)", "Then it fell."}},
		{"CJK among Latin", "Tokyo 東京 is big. 北京 is too.", []string{"Tokyo 東京 is big.", "北京 is too."}},
		{"no final period", "One. Two without end", []string{"One.", "Two without end"}},
		{"only space", " \n\t ", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := text.Sentences(tt.text, 0, len(tt.text))
			checkSpans(t, tt.text, 0, len(tt.text), spans)
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.text, spans), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// Offsets are into the text as given, from any start, so a story's
// sentences skip its header but still point into the whole file.
func TestSentencesRange(t *testing.T) {
	txt := "HEADER PART. First body sentence. Second one. TRAILER"
	start := strings.Index(txt, "First")
	end := strings.Index(txt, " TRAILER")
	spans := text.Sentences(txt, start, end)
	checkSpans(t, txt, start, end, spans)
	want := []text.Span{{start, start + len("First body sentence.")}, {strings.Index(txt, "Second"), end}}
	if diff := cmp.Diff(want, spans); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
	// Out-of-range bounds are clamped, not a panic.
	spans = text.Sentences(txt, -5, len(txt)+10)
	checkSpans(t, txt, 0, len(txt), spans)
	if len(spans) != 4 {
		t.Errorf("clamped range gave %d sentences, want 4: %q", len(spans), sentenceTexts(txt, spans))
	}
}

func TestSentencesLongUnpunctuated(t *testing.T) {
	tests := map[string]string{
		"words":        strings.Repeat("name ", 700),
		"accented run": strings.Repeat("é", 1500),   // 3,000 bytes, no space
		"CJK run":      strings.Repeat("東京大阪", 200), // 2,400 bytes, no space
		"mixed":        strings.Repeat("x", 999) + "é" + strings.Repeat("y", 999),
	}
	for name, txt := range tests {
		t.Run(name, func(t *testing.T) {
			spans := text.Sentences(txt, 0, len(txt))
			checkSpans(t, txt, 0, len(txt), spans)
			if len(spans) < 2 {
				t.Fatalf("a %d-byte run became %d sentence(s)", len(txt), len(spans))
			}
			var b strings.Builder
			for _, s := range sentenceTexts(txt, spans) {
				if !utf8.ValidString(s) {
					t.Errorf("invalid UTF-8 piece %q", s)
				}
				b.WriteString(s)
			}
			if strings.Join(strings.Fields(b.String()), "") != strings.Join(strings.Fields(txt), "") {
				t.Error("the pieces do not add up to the text")
			}
		})
	}
}

func TestSentencesSeed(t *testing.T) {
	raw, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := story.Parse("000_ed2ba48890825abd.txt", string(raw))
	spans := text.Sentences(s.Text, s.Body, len(s.Text))
	checkSpans(t, s.Text, s.Body, len(s.Text), spans)
	got := sentenceTexts(s.Text, spans)
	// Counted by hand: 6 sentences, the SOUNDBITE line, the quote's 2
	// sentences, then 7 more.
	if len(got) != 16 {
		t.Fatalf("got %d sentences, want 16:\n%s", len(got), strings.Join(got, "\n"))
	}
	for i, want := range map[int]string{
		0:  "This is the moment that thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador.",
		4:  "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.",
		6:  "(SOUNDBITE) (Spanish) SNAI (National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders) GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:",
		7:  `"This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are.`,
		15: "Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.",
	} {
		if got[i] != want {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want)
		}
	}
}
