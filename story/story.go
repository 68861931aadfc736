// Package story loads news stories from a corpus directory and cuts them
// into sentence-aware chunks whose byte offsets point into the files as
// stored, so every quote built from them can be checked against the source.
package story

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// Story is one file of the corpus.
type Story struct {
	// Source is the file's path relative to the corpus directory, with
	// forward slashes: the name citations use.
	Source string
	// Title is a Markdown story's opening heading, else the story's first
	// sentence when it has a header line, else the file name.
	Title string
	// Date is the header's date (YYYY-MM-DD), or "" when there is none.
	Date string
	// Text is the file's content, byte for byte.
	Text string
	// Body is the offset where the story text starts, after any header.
	Body int
}

// Span is a byte range [Start, End) in a Story's Text.
type Span = text.Span

// MaxFileSize bounds one story file. Newswire stories are a few KB; a file
// past 8 MiB is almost surely not a story (a dump, a binary) and would
// dominate the index.
const MaxFileSize = 8 << 20

// ErrEmptyCorpus is returned when a corpus holds no loadable story.
var ErrEmptyCorpus = errors.New("corpus holds no stories (.txt or .md files)")

// header matches the newswire header line: " date 2023-07-26 STORY: ...".
var header = regexp.MustCompile(`(?i)^\s*date\s+(\d{4}-\d{2}-\d{2})\s+story:\s*`)

// Skipped is a corpus file that was not loaded, and why.
type Skipped struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
	// Of is set when the file is another name (a hard or symbolic link)
	// of a story loaded under the source Of: not a failure, a duplicate.
	Of string `json:"of,omitempty"`
}

// Load reads every .txt and .md file under fsys, recursively, in path
// order, as LoadAll does, and logs a warning for each file skipped.
func Load(fsys fs.FS, log *slog.Logger) ([]Story, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	stories, skipped, err := LoadAll(fsys)
	for _, s := range skipped {
		log.Warn("skipping story", "source", s.Source, "err", s.Reason)
	}
	return stories, err
}

// LoadAll reads every .txt and .md file under fsys, recursively, in path
// order, and lists the files it skipped instead of logging them: a file
// that is unreadable, empty, too large, not valid UTF-8 or binary (it
// holds a NUL byte), and a link to a file already loaded under another
// name (other links are followed). It fails only when the walk itself
// fails or nothing loads; the skipped files are returned either way.
func LoadAll(fsys fs.FS) ([]Story, []Skipped, error) {
	files, skipped, err := walkStories(fsys)
	if err != nil {
		return nil, skipped, err
	}
	// The files are read and parsed in parallel (a cold start reads
	// thousands), each into its own slot, so the order stays the walk's.
	type result struct {
		s    Story
		info fs.FileInfo
		err  error
	}
	res := make([]result, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(files), readers()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				r := &res[i]
				if files[i].special {
					// A FIFO or device named like a story would block
					// the read forever, or never end.
					r.err = errors.New("not a regular file")
					continue
				}
				r.s, r.info, r.err = readStory(fsys, files[i].path, files[i].link)
			}
		}()
	}
	wg.Wait()
	var (
		stories []Story
		infos   []fs.FileInfo
		links   []bool
	)
	for i, r := range res {
		if r.err != nil {
			skipped = append(skipped, Skipped{Source: files[i].path, Reason: r.err.Error()})
			continue
		}
		stories = append(stories, r.s)
		infos = append(infos, r.info)
		links = append(links, files[i].link)
	}
	stories, skipped = dropDuplicates(stories, infos, links, skipped)
	sort.Slice(skipped, func(i, j int) bool { return skipped[i].Source < skipped[j].Source })
	if len(stories) == 0 {
		return nil, skipped, ErrEmptyCorpus
	}
	sort.Slice(stories, func(i, j int) bool { return stories[i].Source < stories[j].Source })
	return stories, skipped, nil
}

// readers is how many files LoadAll reads at once: reading is mostly
// system calls, so more than the CPUs keeps them all busy.
func readers() int { return max(4, 2*runtime.GOMAXPROCS(0)) }

// storyFile is a file the corpus walk found with a .txt or .md name:
// whether it is a symbolic link, or neither that nor a regular file.
type storyFile struct {
	path          string
	link, special bool
}

// StoryFiles lists the corpus's story files (.txt and .md, in path order,
// hidden directories passed over) as LoadAll finds them, whether or not
// they load, without reading them. live uses it to see which files exist.
func StoryFiles(fsys fs.FS) ([]string, error) {
	files, _, err := walkStories(fsys)
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.path
	}
	return paths, err
}

// IsStoryName reports whether a corpus path names a story file: .txt or
// .md, in any case.
func IsStoryName(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".txt" || ext == ".md"
}

// walkStories is the one corpus walk: every .txt and .md file under fsys,
// in path order, except in hidden directories (.git, editor state). An
// unreadable directory is skipped.
func walkStories(fsys fs.FS) ([]storyFile, []Skipped, error) {
	var (
		files   []storyFile
		skipped []Skipped
	)
	skip := func(p string, err error) { skipped = append(skipped, Skipped{Source: p, Reason: err.Error()}) }
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return fmt.Errorf("couldn't read corpus: %w", err)
			}
			skip(p, err)
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
		if !IsStoryName(p) {
			return nil
		}
		link := d.Type()&fs.ModeSymlink != 0
		files = append(files, storyFile{path: p, link: link, special: !link && !d.Type().IsRegular()})
		return nil
	})
	return files, skipped, err
}

// dropDuplicates keeps one story per file: a file reached under two names
// (a symbolic link to a story of the corpus, a hard link) would be indexed
// twice and cited under either name. Files come first, then links, each
// in path order; a later name of a file already kept is skipped.
func dropDuplicates(stories []Story, infos []fs.FileInfo, links []bool, skipped []Skipped) ([]Story, []Skipped) {
	type sizeTime struct {
		size int64
		mod  int64
	}
	kept := map[sizeTime][]int{} // candidates for os.SameFile, which is exact
	var out []Story
	for pass := range 2 {
		for i := range stories {
			if links[i] != (pass == 1) {
				continue
			}
			key := sizeTime{infos[i].Size(), infos[i].ModTime().UnixNano()}
			dup := -1
			for _, j := range kept[key] {
				if os.SameFile(infos[i], infos[j]) {
					dup = j
					break
				}
			}
			if dup >= 0 {
				what := "a second name"
				if links[i] {
					what = "a link"
				}
				skipped = append(skipped, Skipped{Source: stories[i].Source, Reason: fmt.Sprintf("%s for %s, already loaded", what, stories[dup].Source), Of: stories[dup].Source})
				continue
			}
			kept[key] = append(kept[key], i)
			out = append(out, stories[i])
		}
	}
	return out, skipped
}

// readStory reads and parses one story file. A regular file is opened
// and checked through its handle (one stat fewer than stat-then-read); a
// link is looked at first, since opening a link to a FIFO would block.
func readStory(fsys fs.FS, p string, link bool) (Story, fs.FileInfo, error) {
	if link {
		info, err := fs.Stat(fsys, p) // follows the link
		if err != nil {
			return Story{}, nil, fmt.Errorf("couldn't read: %w", err)
		}
		if !info.Mode().IsRegular() {
			return Story{}, nil, errors.New("not a regular file")
		}
	}
	f, err := fsys.Open(p)
	if err != nil {
		return Story{}, nil, fmt.Errorf("couldn't read: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Story{}, nil, fmt.Errorf("couldn't read: %w", err)
	}
	if !info.Mode().IsRegular() {
		return Story{}, nil, errors.New("not a regular file")
	}
	if info.Size() > MaxFileSize {
		return Story{}, nil, fmt.Errorf("file is %d bytes, over the %d-byte limit", info.Size(), MaxFileSize)
	}
	// One byte past the size sees a file that grew since the stat.
	b := make([]byte, info.Size()+1)
	n, err := io.ReadFull(f, b)
	switch {
	case err == nil: // longer than it was: read the rest too
		rest, err := io.ReadAll(io.LimitReader(f, MaxFileSize))
		if err != nil {
			return Story{}, nil, fmt.Errorf("couldn't read: %w", err)
		}
		b = append(b, rest...)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		b = b[:n]
	default:
		return Story{}, nil, fmt.Errorf("couldn't read: %w", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Story{}, nil, errors.New("file is empty")
	}
	if !utf8.Valid(b) {
		return Story{}, nil, errors.New("file is not valid UTF-8")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return Story{}, nil, errors.New("file holds NUL bytes: binary, not text")
	}
	if len(b) > MaxFileSize {
		return Story{}, nil, fmt.Errorf("file is %d bytes, over the %d-byte limit", len(b), MaxFileSize)
	}
	return Parse(p, string(b)), info, nil
}

// bom is the UTF-8 byte-order mark some editors put first in a file.
const bom = "\uFEFF"

// Parse builds a Story from a file's name and content. A byte-order mark
// is passed over. A Markdown story (.md) that opens with a heading ("#
// Title", or a line underlined with "===") takes it as its title, and the
// body starts after it. Then the newswire header line, when there is one,
// gives the date (and the title, from the first sentence after it, when
// there was no heading); otherwise the title is the file name.
func Parse(source, txt string) Story {
	s := Story{Source: source, Text: txt}
	body := 0
	if strings.HasPrefix(txt, bom) {
		body = len(bom)
	}
	if IsMarkdown(source) {
		if title, end, ok := markdownTitle(txt, body); ok {
			s.Title, body = title, end
		}
	}
	s.Body = body
	if m := header.FindStringSubmatchIndex(txt[body:]); m != nil {
		s.Date = txt[body+m[2] : body+m[3]]
		s.Body = body + m[1]
		if s.Title == "" {
			if first, ok := firstSentence(txt, s.Body); ok && !crossesPlanted(first.Start, first.End, Planted(txt)) {
				s.Title = Clean(txt[first.Start:first.End])
			}
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

// firstSentence is text.Sentences(txt, from, len(txt))[0], without
// splitting the whole story. It splits a window of the text, growing from
// 512 bytes: once a window holds three sentences, the first is whole and
// followed by a whole one, so it ends where it would in the whole text
// (the splitter looks at most one sentence ahead).
func firstSentence(txt string, from int) (Span, bool) {
	for w := 512; from+w < len(txt); w *= 4 {
		if sents := text.Sentences(txt, from, from+w); len(sents) >= 3 {
			return sents[0], true
		}
	}
	sents := text.Sentences(txt, from, len(txt))
	if len(sents) == 0 {
		return Span{}, false
	}
	return sents[0], true
}

// IsMarkdown reports whether a source is a Markdown file (.md).
func IsMarkdown(source string) bool { return strings.EqualFold(path.Ext(source), ".md") }

// atxHeading matches a Markdown heading line: "# Title", "## Part #".
var atxHeading = regexp.MustCompile(`^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)

// setextRule matches the line under a Markdown heading: "====" or "----".
var setextRule = regexp.MustCompile(`^ {0,3}(?:=+|-+)[ \t]*$`)

// markdownTitle reads the heading that opens text[from:], after blank
// lines: its text, and the offset just past it.
func markdownTitle(txt string, from int) (string, int, bool) {
	i := from
	for {
		line, next := lineAt(txt, i)
		if strings.TrimSpace(line) != "" {
			break
		}
		if next == i {
			return "", 0, false
		}
		i = next
	}
	line, next := lineAt(txt, i)
	if m := atxHeading.FindStringSubmatch(line); m != nil {
		if t := Clean(m[1]); t != "" {
			return t, next, true
		}
		return "", 0, false
	}
	if rule, after := lineAt(txt, next); next < len(txt) && setextRule.MatchString(rule) && strings.Contains(rule, "=") {
		if t := Clean(line); t != "" {
			return t, after, true
		}
	}
	return "", 0, false
}

// lineAt returns the line starting at i, without its line ending, and
// the offset of the next line (len(text) at the end).
func lineAt(txt string, i int) (string, int) {
	if i >= len(txt) {
		return "", len(txt)
	}
	j := strings.IndexByte(txt[i:], '\n')
	if j < 0 {
		return strings.TrimSuffix(txt[i:], "\r"), len(txt)
	}
	return strings.TrimSuffix(txt[i:i+j], "\r"), i + j + 1
}

// isHeading reports whether a Markdown line is a heading ("## Part").
func isHeading(line string) bool { return atxHeading.MatchString(line) }

// Clean collapses runs of white space (hard wraps, indents) into single
// spaces and trims the ends: how a sentence is shown, never how it is cited.
func Clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
