// Package eval scores storybot's answers against a question file: did
// retrieval find the evidence, is the answer right, is every citation
// exact, and does the bot abstain when, and only when, it should.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// Case is one line of a question file (JSON Lines).
type Case struct {
	ID       string `json:"id,omitempty"`
	Kind     string `json:"kind,omitempty"` // fact, paraphrase, unanswerable, adversarial
	Question string `json:"question"`
	// Answers are accepted answers: the answer must contain one of them.
	Answers []string `json:"answers,omitempty"`
	// Evidence is text of the story that must be retrieved and cited.
	Evidence string `json:"evidence,omitempty"`
	// Answerable says whether the corpus answers the question; when false
	// the right reply is to abstain.
	Answerable bool `json:"answerable"`
	// MustNot lists strings the answer must never contain (a falsehood the
	// question tries to plant).
	MustNot []string `json:"must_not,omitempty"`
	// Writer names who wrote the question (the question bank keeps each
	// writer's questions apart, so a set can be split by writer).
	Writer string `json:"writer,omitempty"`
	// Follows is the ID of the question this one follows in a conversation:
	// it is asked with that question and its answer as the last turn.
	Follows string `json:"follows,omitempty"`
}

// Load reads a question file. Every line must parse; blank lines and lines
// starting with # are skipped.
func Load(r io.Reader) ([]Case, error) {
	var cases []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c Case
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(c.Question) == "" {
			return nil, fmt.Errorf("line %d: no question", n)
		}
		if c.Answerable && len(c.Answers) == 0 {
			return nil, fmt.Errorf("line %d: answerable question with no accepted answers", n)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("no questions")
	}
	return cases, nil
}

// LoadFile reads a question file from disk.
func LoadFile(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cases, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("couldn't read question file %s: %w", path, err)
	}
	return cases, nil
}

// Result is one case's outcome.
type Result struct {
	Case     Case
	Answer   *bot.Answer
	Correct  bool
	Rank     int  // 1-based rank of the first passage holding the evidence; 0 if none
	Cited    bool // a citation's quote holds the evidence
	BadQuote int  // citations whose quote is not the source's bytes
	Why      string
}

// Report is the scores of a run.
type Report struct {
	Results []Result
	K       int
	// RecallAtK and MRR are over answerable cases with evidence.
	RecallAtK, MRR float64
	// Accuracy: answerable cases answered with an accepted answer, and
	// unanswerable ones abstained on, with no forbidden text anywhere.
	Accuracy float64
	// CitationExact is the share of citations whose quote is exactly the
	// source's bytes [start, end).
	CitationExact float64
	Citations     int
	// EvidenceCited is the share of correct answerable answers whose
	// citations quote the evidence.
	EvidenceCited float64
	// AbstainPrecision: of the abstentions, how many were right to;
	// AbstainRecall: of the unanswerable questions, how many got one.
	AbstainPrecision, AbstainRecall float64
	// Forbidden counts replies holding a string their case forbids (a
	// planted falsehood, a live mention).
	Forbidden int
	ByKind    map[string][2]int // kind -> {correct, total}
}

// Asker is what eval needs of the bot.
type Asker interface {
	Ask(ctx context.Context, q bot.Question) (*bot.Answer, error)
}

// Run asks every case and scores the answers. corpus is read to check
// each citation against the file it names.
func Run(ctx context.Context, b Asker, cases []Case, k int, corpus fs.FS) (*Report, error) {
	rep := &Report{K: k, ByKind: map[string][2]int{}}
	var withEvidence, answerable, evidenceCited, abstained, rightAbstain, unanswerable, goodQuotes int
	files := map[string][]byte{}
	asked := map[string]bot.Turn{}
	for _, c := range cases {
		q := bot.Question{Text: c.Question, K: k}
		if t, ok := asked[c.Follows]; ok && c.Follows != "" {
			q.History = []bot.Turn{t}
		}
		ans, err := b.Ask(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("question %q: %w", c.Question, err)
		}
		if c.ID != "" {
			asked[c.ID] = bot.Turn{Question: c.Question, Answer: ans.Text}
		}
		r := Result{Case: c, Answer: ans}
		for _, cit := range ans.Citations {
			src, ok := files[cit.Source]
			if !ok {
				src, err = fs.ReadFile(corpus, cit.Source)
				if err != nil {
					return nil, fmt.Errorf("citation names %s: %w", cit.Source, err)
				}
				files[cit.Source] = src
			}
			rep.Citations++
			if cit.Start < 0 || cit.End > len(src) || cit.Start > cit.End || string(src[cit.Start:cit.End]) != cit.Quote {
				r.BadQuote++
			} else {
				goodQuotes++
			}
		}
		if ev := norm(c.Evidence); ev != "" && c.Answerable {
			withEvidence++
			for i, p := range ans.Passages {
				if strings.Contains(norm(p.Text), ev) {
					r.Rank = i + 1
					break
				}
			}
			for _, cit := range ans.Citations {
				if strings.Contains(norm(cit.Quote), ev) || strings.Contains(ev, norm(cit.Quote)) {
					r.Cited = true
				}
			}
			if r.Rank > 0 {
				rep.RecallAtK++
				rep.MRR += 1 / float64(r.Rank)
			}
		}
		text := norm(extract.Unlabelled(ans.Text)) // what it says, not the titles naming its stories
		switch {
		case c.Answerable:
			answerable++
			r.Correct = !ans.Abstained && containsAny(text, c.Answers)
			if !r.Correct {
				r.Why = "no accepted answer in the reply"
				if ans.Abstained {
					r.Why = "abstained on an answerable question"
				}
			}
		default:
			unanswerable++
			r.Correct = ans.Abstained
			if !r.Correct {
				r.Why = "answered a question the stories don't answer"
			}
		}
		if ans.Abstained {
			abstained++
			if !c.Answerable {
				rightAbstain++
			}
		}
		for _, bad := range c.MustNot {
			if strings.Contains(text, norm(bad)) {
				r.Correct, r.Why = false, fmt.Sprintf("reply contains forbidden %q", bad)
			}
		}
		if strings.HasPrefix(r.Why, "reply contains forbidden") {
			rep.Forbidden++
		}
		if r.BadQuote > 0 {
			r.Correct, r.Why = false, fmt.Sprintf("%d citations don't match their source bytes", r.BadQuote)
		}
		if r.Correct {
			rep.Accuracy++
			if c.Answerable && c.Evidence != "" && r.Cited {
				evidenceCited++
			}
		}
		kind := c.Kind
		if kind == "" {
			kind = "unlabelled"
		}
		kc := rep.ByKind[kind]
		kc[1]++
		if r.Correct {
			kc[0]++
		}
		rep.ByKind[kind] = kc
		rep.Results = append(rep.Results, r)
	}
	rep.Accuracy /= float64(len(cases))
	if withEvidence > 0 {
		rep.RecallAtK /= float64(withEvidence)
		rep.MRR /= float64(withEvidence)
	}
	rep.CitationExact = ratio(goodQuotes, rep.Citations)
	correctAnswerable := 0
	for _, r := range rep.Results {
		if r.Correct && r.Case.Answerable && r.Case.Evidence != "" {
			correctAnswerable++
		}
	}
	rep.EvidenceCited = ratio(evidenceCited, correctAnswerable)
	rep.AbstainPrecision = ratio(rightAbstain, abstained)
	rep.AbstainRecall = ratio(rightAbstain, unanswerable)
	return rep, nil
}

// ratio is a/b, and 1 when there is nothing to count (no citations made
// means none was wrong).
func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// norm folds case and accents and collapses white space and quote styles,
// so "Ecuador’s" in a story matches "Ecuador's" in a question file.
func norm(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.Join(strings.Fields(text.Fold(s)), " ")
}

func containsAny(text string, answers []string) bool {
	for _, a := range answers {
		if strings.Contains(text, norm(a)) {
			return true
		}
	}
	return false
}
