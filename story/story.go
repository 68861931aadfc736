// Package story loads news stories from a corpus directory and cuts them
// into sentence-aware chunks whose byte offsets point into the files as
// stored, so every quote built from them can be checked against the source.
package story

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Story is one file of the corpus.
type Story struct {
	// Source is the file's path relative to the corpus directory, with
	// forward slashes: the name citations use.
	Source string
	// Title is the story's first sentence when it has a header line, and
	// the file name otherwise.
	Title string
	// Date is the header's date (YYYY-MM-DD), or "" when there is none.
	Date string
	// Text is the file's content, byte for byte.
	Text string
	// Body is the offset where the story text starts, after any header.
	Body int
}

// Span is a byte range [Start, End) in a Story's Text.
type Span struct {
	Start, End int
}

// MaxFileSize bounds one story file. Newswire stories are a few KB; a file
// past 8 MiB is almost surely not a story (a dump, a binary) and would
// dominate the index.
const MaxFileSize = 8 << 20

// ErrEmptyCorpus is returned when a corpus holds no loadable story.
var ErrEmptyCorpus = errors.New("corpus holds no stories (.txt or .md files)")

// header matches the newswire header line: " date 2023-07-26 STORY: ...".
var header = regexp.MustCompile(`(?i)^\s*date\s+(\d{4}-\d{2}-\d{2})\s+story:\s*`)

// Load reads every .txt and .md file under fsys, recursively, in path
// order. A file that is unreadable, empty, too large or not valid UTF-8 is
// skipped with a warning naming it; the rest still load. It fails only when
// the walk itself fails or nothing loads.
func Load(fsys fs.FS, log *slog.Logger) ([]Story, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var stories []Story
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return fmt.Errorf("couldn't read corpus: %w", err)
			}
			log.Warn("skipping unreadable corpus entry", "source", p, "err", err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git, editor state
			}
			return nil
		}
		ext := strings.ToLower(path.Ext(p))
		if ext != ".txt" && ext != ".md" {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			// A FIFO or device named like a story would block the read
			// forever, or never end.
			log.Warn("skipping story", "source", p, "err", "not a regular file")
			return nil
		}
		s, err := readStory(fsys, p)
		if err != nil {
			log.Warn("skipping story", "source", p, "err", err)
			return nil
		}
		stories = append(stories, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(stories) == 0 {
		return nil, ErrEmptyCorpus
	}
	sort.Slice(stories, func(i, j int) bool { return stories[i].Source < stories[j].Source })
	return stories, nil
}

func readStory(fsys fs.FS, p string) (Story, error) {
	info, err := fs.Stat(fsys, p) // follows a symlink
	if err != nil {
		return Story{}, fmt.Errorf("couldn't read: %w", err)
	}
	if !info.Mode().IsRegular() {
		return Story{}, errors.New("not a regular file")
	}
	if info.Size() > MaxFileSize {
		return Story{}, fmt.Errorf("file is %d bytes, over the %d-byte limit", info.Size(), MaxFileSize)
	}
	b, err := fs.ReadFile(fsys, p)
	if err != nil {
		return Story{}, fmt.Errorf("couldn't read: %w", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Story{}, errors.New("file is empty")
	}
	if !utf8.Valid(b) {
		return Story{}, errors.New("file is not valid UTF-8")
	}
	if len(b) > MaxFileSize {
		return Story{}, fmt.Errorf("file is %d bytes, over the %d-byte limit", len(b), MaxFileSize)
	}
	return Parse(p, string(b)), nil
}

// Parse builds a Story from a file's name and content: it reads the header
// line when there is one and takes the title from the first sentence.
func Parse(source, text string) Story {
	s := Story{Source: source, Text: text}
	if m := header.FindStringSubmatchIndex(text); m != nil {
		s.Date = text[m[2]:m[3]]
		s.Body = m[1]
		if sents := Sentences(text, s.Body, len(text)); len(sents) > 0 {
			s.Title = Clean(text[sents[0].Start:sents[0].End])
		}
	}
	if s.Title == "" {
		base := path.Base(source)
		s.Title = strings.TrimSuffix(base, path.Ext(base))
	}
	const maxTitle = 200 // a title is a line in a list, not a paragraph
	if utf8.RuneCountInString(s.Title) > maxTitle {
		r := []rune(s.Title)
		s.Title = strings.TrimSpace(string(r[:maxTitle-1])) + "…"
	}
	return s
}

// Clean collapses runs of white space (hard wraps, indents) into single
// spaces and trims the ends: how a sentence is shown, never how it is cited.
func Clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
