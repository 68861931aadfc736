// Command squadsplit splits the SQuAD 2.0 part-A questions in two, by
// article, so that the answerability score can be fitted on one half and
// reported on the other:
//
//	go run ./scripts/squadsplit -in ../shared/benchmarks/squad2/squad2-dev-part-a.json \
//	    -questions ../shared/benchmarks/squad2/questions.jsonl -out DIR
//
// The split was fixed before any fitting. Sort the article titles
// byte-wise; the articles at even positions (0, 2, 4, 6) are the tune
// part, the others the report part. On part A that is:
//
//	tune:   1973_oil_crisis, Huguenot, Normans, Scottish_Parliament
//	report: French_and_Indian_War, Imperialism, Packet_switching, Yuan_dynasty
//
// Whole articles go to one side, so no paragraph is seen in both. Each
// question id is mapped to its article through the SQuAD JSON
// (data[i].title, data[i].paragraphs[j].qas[k].id); the lines of the
// question file are copied unchanged into DIR/tune.jsonl and
// DIR/report.jsonl. The titles are checked against the corpus file names
// (corpus/TITLE.txt next to -in, unless -corpus says otherwise). Nothing of
// SQuAD is kept in the repository: run this again to get the split.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	in := flag.String("in", "", "SQuAD 2.0 JSON `file` (squad2-dev-part-a.json)")
	questions := flag.String("questions", "", "question `file` in storybot's eval format (questions.jsonl)")
	out := flag.String("out", "", "output `dir`ectory for tune.jsonl and report.jsonl")
	corpus := flag.String("corpus", "", "corpus `dir`ectory whose TITLE.txt file names must match the titles (default: corpus next to -in, when it exists; \"-\" skips the check)")
	flag.Parse()
	if *in == "" || *questions == "" || *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: squadsplit -in SQUAD.json -questions QUESTIONS.jsonl -out DIR [-corpus DIR]")
		os.Exit(2)
	}
	if err := run(*in, *questions, *out, *corpus, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "squadsplit:", err)
		os.Exit(1)
	}
}

func run(in, questions, out, corpus string, w io.Writer) error {
	sq, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	articles, err := readSquad(sq)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	if corpus == "" {
		def := filepath.Join(filepath.Dir(in), "corpus")
		if st, err := os.Stat(def); err == nil && st.IsDir() {
			corpus = def
		}
	}
	if corpus != "" && corpus != "-" {
		if err := checkCorpus(os.DirFS(corpus), articles); err != nil {
			return fmt.Errorf("corpus %s: %w", corpus, err)
		}
	}
	qs, err := os.ReadFile(questions)
	if err != nil {
		return err
	}
	parts, err := split(articles, qs)
	if err != nil {
		return fmt.Errorf("%s: %w", questions, err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, p := range parts {
		if err := os.WriteFile(filepath.Join(out, p.name+".jsonl"), p.lines.Bytes(), 0o644); err != nil {
			return err
		}
	}
	for _, p := range parts {
		fmt.Fprintf(w, "%-6s %s: %d questions, %d answerable, %d unanswerable\n",
			p.name, filepath.Join(out, p.name+".jsonl"), p.answerable+p.unanswerable, p.answerable, p.unanswerable)
		for _, a := range p.articles {
			c := p.byArticle[a]
			fmt.Fprintf(w, "         %-24s %4d answerable, %4d unanswerable\n", a, c[0], c[1])
		}
	}
	return nil
}

// article is one SQuAD article: its title and the ids of its questions,
// with whether each is answerable.
type article struct {
	title string
	// possible maps question id to !is_impossible.
	possible map[string]bool
}

func readSquad(data []byte) ([]article, error) {
	var doc struct {
		Data []struct {
			Title      string `json:"title"`
			Paragraphs []struct {
				QAs []struct {
					ID           string `json:"id"`
					IsImpossible bool   `json:"is_impossible"`
				} `json:"qas"`
			} `json:"paragraphs"`
		} `json:"data"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if len(doc.Data) == 0 {
		return nil, errors.New("no articles")
	}
	var arts []article
	titles := map[string]bool{}
	ids := map[string]string{}
	for _, d := range doc.Data {
		if d.Title == "" {
			return nil, errors.New("an article has no title")
		}
		if titles[d.Title] {
			return nil, fmt.Errorf("article %q appears twice", d.Title)
		}
		titles[d.Title] = true
		a := article{title: d.Title, possible: map[string]bool{}}
		for _, p := range d.Paragraphs {
			for _, q := range p.QAs {
				if prev, ok := ids[q.ID]; ok {
					return nil, fmt.Errorf("question id %q is in %s and %s", q.ID, prev, d.Title)
				}
				ids[q.ID] = d.Title
				a.possible[q.ID] = !q.IsImpossible
			}
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// checkCorpus makes sure the corpus holds one TITLE.txt per article and
// nothing else, so the titles sorted here are the file names' order.
func checkCorpus(fsys fs.FS, articles []article) error {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return err
	}
	var files, titles []string
	for _, n := range names {
		files = append(files, strings.TrimSuffix(n, ".txt"))
	}
	for _, a := range articles {
		titles = append(titles, a.title)
	}
	sort.Strings(files)
	sort.Strings(titles)
	if strings.Join(files, "\n") != strings.Join(titles, "\n") {
		return fmt.Errorf("file names %v are not the article titles %v", files, titles)
	}
	return nil
}

type part struct {
	name                     string
	articles                 []string
	lines                    bytes.Buffer
	answerable, unanswerable int
	byArticle                map[string][2]int
}

// split assigns each line of the question file to tune or report by its
// article: tune holds the articles at even positions of the titles sorted
// byte-wise (0, 2, …), report the rest. Lines are copied unchanged; blank
// lines and # comments are dropped. Every question must be in the JSON,
// once, with the same answerability.
func split(articles []article, questions []byte) ([2]*part, error) {
	titles := make([]string, len(articles))
	owner := map[string]article{}
	for i, a := range articles {
		titles[i] = a.title
		for id := range a.possible {
			owner[id] = a
		}
	}
	sort.Strings(titles)
	parts := [2]*part{{name: "tune", byArticle: map[string][2]int{}}, {name: "report", byArticle: map[string][2]int{}}}
	side := map[string]*part{}
	for i, t := range titles {
		p := parts[i%2]
		p.articles = append(p.articles, t)
		side[t] = p
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(questions))
	sc.Buffer(make([]byte, 64*1024), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		var q struct {
			ID         string `json:"id"`
			Answerable bool   `json:"answerable"`
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return parts, fmt.Errorf("line %d: %w", n, err)
		}
		a, ok := owner[q.ID]
		if !ok {
			return parts, fmt.Errorf("line %d: question id %q is not in the SQuAD file", n, q.ID)
		}
		if seen[q.ID] {
			return parts, fmt.Errorf("line %d: question id %q again", n, q.ID)
		}
		seen[q.ID] = true
		if a.possible[q.ID] != q.Answerable {
			return parts, fmt.Errorf("line %d: question %q is answerable=%v here, is_impossible=%v in the SQuAD file", n, q.ID, q.Answerable, !a.possible[q.ID])
		}
		p := side[a.title]
		p.lines.WriteString(line)
		p.lines.WriteByte('\n')
		c := p.byArticle[a.title]
		if q.Answerable {
			p.answerable++
			c[0]++
		} else {
			p.unanswerable++
			c[1]++
		}
		p.byArticle[a.title] = c
	}
	return parts, sc.Err()
}
