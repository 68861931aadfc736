package story_test

import (
	"bytes"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/story"
)

// failFS fails to open the named paths, as an unreadable file or directory would.
type failFS struct {
	fs.FS
	bad map[string]bool
}

func (f failFS) Open(name string) (fs.File, error) {
	if f.bad[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.FS.Open(name)
}

func captureLog() (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	return slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), &buf
}

func TestLoad(t *testing.T) {
	const headed = " date 2023-07-26 STORY: Police retook the prison in Ecuador.\n\nThe death toll rose to 31.\n"
	fsys := failFS{
		FS: fstest.MapFS{
			"b_headed.txt":             {Data: []byte(headed)},
			"a_plain.md":               {Data: []byte("No header here. Just text about a prison.\n")},
			"sub/dir/nested.txt":       {Data: []byte("Nested story text.")},
			"sub/UPPER.TXT":            {Data: []byte("Upper-case extension.")},
			"notes.json":               {Data: []byte(`{"not":"a story"}`)},
			"report.pdf":               {Data: []byte("%PDF-1.4")},
			"README":                   {Data: []byte("no extension")},
			".git/HEAD.txt":            {Data: []byte("hidden directories are skipped")},
			"bad_utf8.txt":             {Data: []byte("Valid start \xff\xfe then garbage.")},
			"empty.txt":                {Data: []byte("")},
			"blank.md":                 {Data: []byte("  \n\t\n  ")},
			"locked.txt":               {Data: []byte("You cannot read me.")},
			"lockeddir/inside.txt":     {Data: []byte("Behind an unreadable directory.")},
			"sub/dir/also_skipped.pdf": {Data: []byte("x")},
		},
		bad: map[string]bool{"locked.txt": true, "lockeddir": true},
	}
	log, buf := captureLog()
	stories, err := story.Load(fsys, log)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	type row struct{ Source, Title, Date string }
	var got []row
	for _, s := range stories {
		got = append(got, row{s.Source, s.Title, s.Date})
	}
	want := []row{
		{"a_plain.md", "a_plain", ""},
		{"b_headed.txt", "Police retook the prison in Ecuador.", "2023-07-26"},
		{"sub/UPPER.TXT", "UPPER", ""},
		{"sub/dir/nested.txt", "nested", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("loaded stories (-want +got):\n%s", diff)
	}
	for _, s := range stories {
		if s.Source == "b_headed.txt" {
			if s.Text != headed {
				t.Errorf("Text is not the file byte for byte: %q", s.Text)
			}
			if !strings.HasPrefix(s.Text[s.Body:], "Police retook") {
				t.Errorf("Body = %d points at %q, want the text after the header", s.Body, s.Text[s.Body:])
			}
		} else if s.Body != 0 {
			t.Errorf("%s: Body = %d for a file without header, want 0", s.Source, s.Body)
		}
	}
	logs := buf.String()
	for _, name := range []string{"bad_utf8.txt", "empty.txt", "blank.md", "locked.txt", "lockeddir"} {
		if !strings.Contains(logs, name) {
			t.Errorf("no warning names %s; log:\n%s", name, logs)
		}
	}
	if n := strings.Count(logs, "level=WARN"); n != 5 {
		t.Errorf("got %d warnings, want 5 (one per skipped file or directory); log:\n%s", n, logs)
	}
	for _, quiet := range []string{"notes.json", "report.pdf", "README", "HEAD.txt"} {
		if strings.Contains(logs, quiet) {
			t.Errorf("log mentions %s, which is not a story and should be ignored silently:\n%s", quiet, logs)
		}
	}
}

func TestLoadTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("a "), story.MaxFileSize/2+1)
	log, buf := captureLog()
	stories, err := story.Load(fstest.MapFS{
		"big.txt":  {Data: big},
		"fine.txt": {Data: []byte("Fine.")},
	}, log)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(stories) != 1 || stories[0].Source != "fine.txt" {
		t.Errorf("got %d stories, want only fine.txt", len(stories))
	}
	if !strings.Contains(buf.String(), "big.txt") {
		t.Errorf("no warning names big.txt:\n%s", buf.String())
	}
}

func TestLoadEmptyCorpus(t *testing.T) {
	for name, fsys := range map[string]fs.FS{
		"no files":       fstest.MapFS{},
		"no stories":     fstest.MapFS{"a.pdf": {Data: []byte("x")}, "b.json": {Data: []byte("{}")}},
		"all skipped":    fstest.MapFS{"empty.txt": {Data: nil}, "bad.md": {Data: []byte{0xff}}},
		"only hidden":    fstest.MapFS{".hidden/a.txt": {Data: []byte("Hidden.")}},
		"only a subdir":  fstest.MapFS{"d/x.csv": {Data: []byte("1,2")}},
		"empty real dir": os.DirFS(t.TempDir()),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := story.Load(fsys, nil)
			if !errors.Is(err, story.ErrEmptyCorpus) {
				t.Errorf("Load = %v, want ErrEmptyCorpus", err)
			}
		})
	}
}

func TestLoadMissingDir(t *testing.T) {
	_, err := story.Load(os.DirFS(t.TempDir()+"/does-not-exist"), nil)
	if err == nil {
		t.Fatal("Load of a missing directory succeeded")
	}
	if errors.Is(err, story.ErrEmptyCorpus) {
		t.Errorf("missing directory reported as empty corpus: %v", err)
	}
}

func TestLoadRealDirNested(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(dir+"/2023/july", 0o755))
	must(os.WriteFile(dir+"/2023/july/riot.txt", []byte("A riot."), 0o644))
	must(os.WriteFile(dir+"/top.md", []byte("Top."), 0o644))
	stories, err := story.Load(os.DirFS(dir), nil)
	must(err)
	var got []string
	for _, s := range stories {
		got = append(got, s.Source)
	}
	if diff := cmp.Diff([]string{"2023/july/riot.txt", "top.md"}, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestLoadSeed(t *testing.T) {
	stories, err := story.Load(os.DirFS("../corpus"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var seed *story.Story
	for i := range stories {
		if stories[i].Source == "000_ed2ba48890825abd.txt" {
			seed = &stories[i]
		}
	}
	if seed == nil {
		t.Fatal("seed story not loaded")
	}
	if seed.Date != "2023-07-26" {
		t.Errorf("Date = %q, want 2023-07-26", seed.Date)
	}
	const title = "This is the moment that thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador."
	if seed.Title != title {
		t.Errorf("Title = %q, want %q", seed.Title, title)
	}
	raw, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	if seed.Text != string(raw) {
		t.Error("seed Text differs from the file's bytes")
	}
	if got := seed.Text[seed.Body:]; !strings.HasPrefix(got, "This is the moment") {
		t.Errorf("Body starts at %q", got[:min(30, len(got))])
	}
}

func TestParse(t *testing.T) {
	long := strings.Repeat("word ", 100) + "end."
	tests := []struct {
		name, source, text string
		title, date        string
		body               string // the text from Body on starts with this
	}{
		{"seed-style header", "s.txt", " date 2023-07-26 STORY: Riot in Ecuador. More text.", "Riot in Ecuador.", "2023-07-26", "Riot in Ecuador."},
		{"no leading space", "s.txt", "date 2021-02-03 STORY: First. Second.", "First.", "2021-02-03", "First."},
		{"case-insensitive", "s.txt", "DATE 1999-12-31 story: Party time. Yes.", "Party time.", "1999-12-31", "Party time."},
		{"hard-wrapped title", "s.txt", "date 2020-01-01 STORY: The U.S. Treasury\n   said on Feb 26 it would\n   act. More.", "The U.S. Treasury said on Feb 26 it would act.", "2020-01-01", "The U.S."},
		{"no header", "dir/some_story.txt", "Police said ten died. Then more.", "some_story", "", "Police said"},
		{"no header md", "x.md", "Text.", "x", "", "Text."},
		{"date not at start", "y.txt", "The report: date 2020-01-01 STORY: x.", "y", "", "The report"},
		{"bad date shape", "z.txt", "date 2020-1-1 STORY: x.", "z", "", "date"},
		{"header only", "h.txt", "date 2020-01-01 STORY: ", "h", "2020-01-01", ""},
		{"long title truncated", "l.txt", "date 2020-01-01 STORY: " + long, strings.TrimSpace(long[:199]) + "…", "2020-01-01", "word"},
		// Byte-order marks and Markdown headings.
		{"BOM before header", "b.txt", "\uFEFF date 2023-07-26 STORY: Riot in Ecuador. More.", "Riot in Ecuador.", "2023-07-26", "Riot in Ecuador."},
		{"BOM, no header", "nb.txt", "\uFEFFPolice said ten died.", "nb", "", "Police said"},
		{"md heading", "m.md", "# Ferry runs aground near Tromsø\n\nThe ferry ran aground near Tromsø on Monday.\n", "Ferry runs aground near Tromsø", "", "\nThe ferry ran"},
		{"md heading after BOM and blank lines", "m.md", "\uFEFF\n\n## Ferry aground ##\nThe ferry ran aground.", "Ferry aground", "", "The ferry"},
		{"md setext heading", "m.md", "Ferry aground\n=============\n\nThe ferry ran aground.", "Ferry aground", "", "\nThe ferry"},
		{"md heading then header", "m.md", "# Ferry aground\n date 2024-01-02 STORY: The ferry ran aground. More.", "Ferry aground", "2024-01-02", "The ferry ran"},
		{"md no heading", "m.md", "The ferry ran aground.", "m", "", "The ferry"},
		{"md hashtag is no heading", "m.md", "#ferry ran aground.", "m", "", "#ferry"},
		{"heading in a .txt is text", "t.txt", "# Ferry aground\n\nThe ferry ran aground.", "t", "", "# Ferry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := story.Parse(tt.source, tt.text)
			if s.Title != tt.title {
				t.Errorf("Title = %q, want %q", s.Title, tt.title)
			}
			if s.Date != tt.date {
				t.Errorf("Date = %q, want %q", s.Date, tt.date)
			}
			if s.Text != tt.text || s.Source != tt.source {
				t.Errorf("Text or Source changed: %q %q", s.Source, s.Text)
			}
			if s.Body < 0 || s.Body > len(s.Text) || !strings.HasPrefix(s.Text[s.Body:], tt.body) {
				t.Errorf("Body = %d (%q), want text starting %q", s.Body, s.Text[min(max(s.Body, 0), len(s.Text)):], tt.body)
			}
		})
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"  a\n   b\t\tc  ": "a b c",
		"":                 "",
		"one":              "one",
		"x\r\ny":           "x y",
	} {
		if got := story.Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// A Markdown story's headings are never sentences (so never quoted as an
// answer), and a byte-order mark is in no sentence.
func TestBodySentencesSkipMarkdownHeadingsAndBOM(t *testing.T) {
	md := story.Parse("ferry.md", "# Ferry runs aground near Tromsø\n\nThe ferry ran aground near Tromsø on Monday.\n\n## Rescue\nAll 80 passengers were taken off.\n")
	var got []string
	for _, sp := range story.BodySentences(&md) {
		got = append(got, md.Text[sp.Start:sp.End])
	}
	want := []string{"The ferry ran aground near Tromsø on Monday.", "All 80 passengers were taken off."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	for _, c := range story.Chunks(&md, 0, story.DefaultChunkOptions) {
		for _, sp := range c.Sentences {
			if strings.Contains(md.Text[sp.Start:sp.End], "#") {
				t.Errorf("chunk %s has a heading for a sentence: %q", c.ID, md.Text[sp.Start:sp.End])
			}
		}
	}
	b := story.Parse("b.txt", "\uFEFF date 2023-07-26 STORY: Riot in Ecuador. The toll rose to 31.")
	for _, sp := range story.BodySentences(&b) {
		if strings.Contains(b.Text[sp.Start:sp.End], "\uFEFF") {
			t.Errorf("sentence %q holds the byte-order mark", b.Text[sp.Start:sp.End])
		}
	}
}

// LoadAll lists what it skipped, and why, instead of logging: NUL bytes
// make a file binary, like invalid UTF-8.
func TestLoadAllListsSkippedFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"good.txt":  {Data: []byte("A good story.")},
		"nul.txt":   {Data: []byte("Looks like text\x00but is not.")},
		"bad.md":    {Data: []byte("\xff\xfe")},
		"empty.txt": {Data: []byte("")},
	}
	stories, skipped, err := story.LoadAll(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].Source != "good.txt" {
		t.Errorf("stories %v, want good.txt only", stories)
	}
	want := []story.Skipped{
		{Source: "bad.md", Reason: "file is not valid UTF-8"},
		{Source: "empty.txt", Reason: "file is empty"},
		{Source: "nul.txt", Reason: "file holds NUL bytes: binary, not text"},
	}
	if diff := cmp.Diff(want, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	// Load still warns once per skipped file.
	log, buf := captureLog()
	if _, err := story.Load(fsys, log); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "level=WARN"); n != 3 || !strings.Contains(buf.String(), "NUL") {
		t.Errorf("%d warnings, want 3 naming NUL:\n%s", n, buf.String())
	}
}

// A symbolic link to a story of the corpus is skipped (the story is loaded
// once, under its own name, whichever name sorts first); a link to a file
// outside the corpus is followed, and two links to one outside file load
// it once.
func TestLoadSymlinks(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(dir+"/z_story.txt", []byte("The ferry ran aground."), 0o644))
	must(os.Symlink("z_story.txt", dir+"/a_link.txt"))
	must(os.MkdirAll(dir+"/sub", 0o755))
	must(os.Symlink("../z_story.txt", dir+"/sub/again.md"))
	must(os.WriteFile(outside+"/far.txt", []byte("A story kept elsewhere."), 0o644))
	must(os.Symlink(outside+"/far.txt", dir+"/far_link.txt"))
	must(os.Symlink(outside+"/far.txt", dir+"/far_link2.txt"))
	stories, skipped, err := story.LoadAll(os.DirFS(dir))
	must(err)
	var got []string
	for _, s := range stories {
		got = append(got, s.Source)
	}
	if diff := cmp.Diff([]string{"far_link.txt", "z_story.txt"}, got); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	want := []story.Skipped{
		{Source: "a_link.txt", Reason: "a link for z_story.txt, already loaded", Of: "z_story.txt"},
		{Source: "far_link2.txt", Reason: "a link for far_link.txt, already loaded", Of: "far_link.txt"},
		{Source: "sub/again.md", Reason: "a link for z_story.txt, already loaded", Of: "z_story.txt"},
	}
	if diff := cmp.Diff(want, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}
