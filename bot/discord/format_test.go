package discord

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/bot"
)

var markerRE = regexp.MustCompile(`\[\d+\]`)

// checkSplit checks the splitter's promises for s split at limit.
func checkSplit(t *testing.T, s string, limit int, parts []string) {
	t.Helper()
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n > limit || n == 0 {
			t.Errorf("part %d has %d runes, want 1..%d", i, n, limit)
		}
		if !utf8.ValidString(p) {
			t.Errorf("part %d is not valid UTF-8: a character was cut", i)
		}
	}
	// Nothing but white space at the cuts is lost.
	noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if got, want := noSpace(strings.Join(parts, "")), noSpace(s); got != want {
		t.Errorf("parts joined differ from the text:\n got %q\nwant %q", got, want)
	}
	// Every marker survives whole: as many in the parts as in the text.
	var inParts int
	for _, p := range parts {
		inParts += len(markerRE.FindAllString(p, -1))
	}
	if want := len(markerRE.FindAllString(s, -1)); inParts != want {
		t.Errorf("parts hold %d [n] markers, the text %d: one was cut", inParts, want)
	}
}

func TestSplitText(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Grüße aus Köln, 日本語も [12] ", 150) // multi-byte, ~4,000 runes
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string // nil: only the invariants are checked
	}{
		{"short", "One sentence [1].", 2000, []string{"One sentence [1]."}},
		{"empty", "   ", 10, nil},
		{"paragraph first", "aaaa bbbb.\n\ncccc dddd", 16, []string{"aaaa bbbb.", "cccc dddd"}},
		{"sentence before space", "aaa. bbb ccc ddd", 12, []string{"aaa. bbb", "ccc ddd"}},
		{"marker not cut", "xxxxxxxx[123]yy", 10, []string{"xxxxxxxx", "[123]yy"}},
		{"runes not bytes", "ééééé", 2, []string{"éé", "éé", "é"}},
		{"long multibyte", long, 2000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitText(tt.text, tt.limit)
			checkSplit(t, tt.text, tt.limit, got)
			if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("splitText = %q, want %q", got, tt.want)
			}
			if tt.name == "empty" && len(got) != 0 {
				t.Errorf("splitText of blanks = %q, want none", got)
			}
		})
	}
}

func FuzzSplitText(f *testing.F) {
	f.Add("Hello [1] world. Again [22].\n\nNext", 8)
	f.Add("ééé[1]ééé", 6)
	f.Add(strings.Repeat("[9]", 40), 7)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		// Below 6 a marker ([123]) may not fit a part whole.
		if limit < 6 || limit > 3000 || !utf8.ValidString(s) {
			t.Skip()
		}
		checkSplit(t, s, limit, splitText(s, limit))
	})
}

func TestRenderLimits(t *testing.T) {
	t.Parallel()
	quote := strings.Repeat("A long quoted passage with @everyone in it. ", 80)
	var cites []bot.Citation
	for n := 1; n <= 30; n++ {
		cites = append(cites, bot.Citation{N: n, Source: "000_story.txt", Title: strings.Repeat("Title ", 60), Date: "2024-01-02", Start: 10, End: 20, Quote: quote})
	}
	a := &bot.Answer{Text: strings.Repeat("Fact [1]. ", 500), Citations: cites}
	parts := render(a)
	if len(parts) < 3 {
		t.Fatalf("render gave %d parts for 5,000 characters, want at least 3", len(parts))
	}
	for i, p := range parts {
		if n := utf8.RuneCountInString(p.content); n > maxContent {
			t.Errorf("part %d content has %d runes", i, n)
		}
		if i < len(parts)-1 && len(p.embeds) != 0 {
			t.Errorf("part %d has embeds; sources go in the last part", i)
		}
	}
	embeds := parts[len(parts)-1].embeds
	if len(embeds) != 1 {
		t.Fatalf("last part has %d embeds, want 1", len(embeds))
	}
	e := embeds[0]
	total := runes(e.Title)
	if e.Footer != nil {
		total += runes(e.Footer.Text)
	}
	if len(e.Fields) > maxFields {
		t.Errorf("%d fields, max %d", len(e.Fields), maxFields)
	}
	for _, f := range e.Fields {
		if runes(f.Name) > maxFieldName || runes(f.Value) > maxFieldValue {
			t.Errorf("field over its limit: name %d, value %d runes", runes(f.Name), runes(f.Value))
		}
		if strings.Contains(f.Value, "@everyone") {
			t.Errorf("field value keeps a live @everyone: %q", f.Value)
		}
		total += runes(f.Name) + runes(f.Value)
	}
	if total > maxEmbedTotal {
		t.Errorf("embed holds %d characters, max %d", total, maxEmbedTotal)
	}
	if e.Footer == nil || e.Footer.Text != "and 5 more" {
		t.Errorf("footer = %+v, want \"and 5 more\"", e.Footer)
	}
}

func TestSourcesEmbedField(t *testing.T) {
	t.Parallel()
	e := sourcesEmbed([]bot.Citation{{
		N: 2, Source: "001_dam.txt", Title: "Dam opens", Date: "2023-05-01", Start: 120, End: 180,
		Quote: strings.Repeat("word ", 100),
	}})
	if e == nil || len(e.Fields) != 1 {
		t.Fatalf("sourcesEmbed = %+v, want one field", e)
	}
	f := e.Fields[0]
	if f.Name != "[2] Dam opens" {
		t.Errorf("name = %q, want %q", f.Name, "[2] Dam opens")
	}
	wantStart := "2023-05-01 · `001_dam.txt` bytes 120–180\n> word word"
	if !strings.HasPrefix(f.Value, wantStart) || !strings.HasSuffix(f.Value, "word…") {
		t.Errorf("value = %q, want it to start %q and end with an ellipsis after a whole word", f.Value, wantStart)
	}
	if sourcesEmbed(nil) != nil {
		t.Error("sourcesEmbed(nil) != nil: an answer with no citations gets no embed")
	}
}
