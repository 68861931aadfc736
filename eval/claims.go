package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	citepkg "github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/ground"
	"github.com/storybot-dev/storybot/text"
)

// ClaimCase is one line of a labelled answer file in the faith format
// (../shared/benchmarks/faith/README.md): an answer a model wrote from a
// source, labelled by people for whether it says anything the source does
// not support.
type ClaimCase struct {
	ID           string `json:"id"`
	Dataset      string `json:"dataset"`
	Task         string `json:"task"`
	Model        string `json:"model"`
	Question     string `json:"question"`
	Source       string `json:"source"`
	Response     string `json:"response"`
	Hallucinated bool   `json:"hallucinated"`
	// HallucinatedAll is FaithBench's strict pooling (no annotator found
	// the answer faithful); nil for data sets without it.
	HallucinatedAll *bool       `json:"hallucinated_all_annotators"`
	Spans           []ClaimSpan `json:"spans"`
}

// ClaimSpan is a labelled part of an answer.
type ClaimSpan struct {
	Text  string `json:"text"`
	Label string `json:"label"`
}

// ReadClaimCases reads a faith-format file (JSON Lines).
func ReadClaimCases(r io.Reader) ([]ClaimCase, error) {
	var out []ClaimCase
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c ClaimCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("couldn't read line %d: %w", n, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("couldn't read the labelled answers: %w", err)
	}
	return out, nil
}

// ClaimVerdict is what the claim check made of one labelled answer.
type ClaimVerdict struct {
	Case    *ClaimCase
	Flagged bool   // a claim was dropped or the whole answer rejected
	Rule    string // the rule of the first reason, "" when not flagged
	Reason  string // the first reason
	Claim   string // the first claim dropped, "" when the whole answer was rejected
	// Rules are the rules of every dropped claim, each once, for telling
	// how often a rule fires on faithful and on unsupported answers.
	Rules []string
	// Dropped are all the claims dropped, with their reasons.
	Dropped []ground.DroppedClaim
}

// passageRE finds RAGTruth's passage headers ("passage 1:").
var passageRE = regexp.MustCompile(`(?i)(?:^|\s)passage (\d+):`)

// ClaimPassages cuts a case's source into the passages the claim check
// sees: RAGTruth's "passage n:" parts, else the whole source as passage 1.
func ClaimPassages(c *ClaimCase) []citepkg.Passage {
	src := c.Source
	type part struct{ start, end int }
	var parts []part
	locs := passageRE.FindAllStringSubmatchIndex(src, -1)
	for i, l := range locs {
		end := len(src)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		parts = append(parts, part{l[1], end})
	}
	if len(parts) == 0 {
		parts = []part{{0, len(src)}}
	}
	var ps []citepkg.Passage
	for _, pt := range parts {
		s, e := pt.start, pt.end
		for s < e && (src[s] == ' ' || src[s] == '\n' || src[s] == '\t') {
			s++
		}
		for e > s && (src[e-1] == ' ' || src[e-1] == '\n' || src[e-1] == '\t') {
			e--
		}
		if s == e {
			continue
		}
		ps = append(ps, citepkg.Passage{
			N: len(ps) + 1, ChunkID: c.ID + "#" + strconv.Itoa(s) + "-" + strconv.Itoa(e), Source: c.ID,
			Start: s, End: e, Text: src[s:e], Sentences: text.Sentences(src, s, e),
		})
	}
	return ps
}

// MarkAll gives every sentence of a response markers to all n passages,
// after its closing punctuation as models write them: "It rose. " → "It
// rose. [1, 2] ". A line ending in a colon introduces what follows and
// states nothing: it gets none.
func MarkAll(response string, n int) string {
	if n == 0 {
		return response
	}
	ns := make([]string, n)
	for i := range ns {
		ns[i] = strconv.Itoa(i + 1)
	}
	mark := " [" + strings.Join(ns, ", ") + "]"
	lines := strings.Split(response, "\n")
	for li, line := range lines {
		spans := text.Split(line, 0, len(line), text.SplitOptions{Quotes: true})
		var b strings.Builder
		last := 0
		for i, sp := range spans {
			if i == len(spans)-1 && strings.HasSuffix(strings.TrimSpace(line[sp.Start:sp.End]), ":") {
				continue
			}
			b.WriteString(line[last:sp.End])
			b.WriteString(mark)
			last = sp.End
		}
		b.WriteString(line[last:])
		lines[li] = b.String()
	}
	return strings.Join(lines, "\n")
}

// CheckClaimCase runs the claim check on one labelled answer, every
// sentence citing every passage of its source, as the faith README says.
func CheckClaimCase(c *ClaimCase) ClaimVerdict {
	ps := ClaimPassages(c)
	v, reason := ground.Check(MarkAll(c.Response, len(ps)), c.Question, ps)
	out := ClaimVerdict{Case: c}
	switch {
	case len(v.Dropped) > 0:
		out.Flagged, out.Reason, out.Rule, out.Claim = true, v.Dropped[0].Reason, v.Dropped[0].Rule, v.Dropped[0].Claim
		out.Dropped = v.Dropped
		for _, d := range v.Dropped {
			r := d.Rule
			if r == "" {
				r = "other"
			}
			if !slices.Contains(out.Rules, r) {
				out.Rules = append(out.Rules, r)
			}
		}
	case reason != "":
		out.Flagged, out.Reason, out.Rule = true, reason, "form"
	}
	if out.Flagged && out.Rule == "" {
		out.Rule = "other"
	}
	return out
}

// ClaimScore is the claim check scored as a detector of unsupported
// answers on one data set under one pooling of its labels.
type ClaimScore struct {
	Dataset, Pooling string
	N, Positive      int // answers, labelled unsupported
	TP, FP, FN, TN   int
	Precision        float64
	Recall           float64
	F1               float64
	BalancedAccuracy float64
	FalseAlarmRate   float64 // faithful answers flagged
	// FalseAlarms counts the rules that flagged faithful answers; Misses
	// counts the labels of the spans in unsupported answers that passed.
	FalseAlarms, Misses map[string]int
	// Fired counts, per rule, the answers where it dropped any claim:
	// [0] unsupported answers, [1] faithful ones. A rule's own trade-off.
	Fired map[string]*[2]int
}

// ScoreClaims checks every case and scores each data set: RAGTruth's
// labels as given, FaithBench's under any-annotator and all-annotator
// pooling.
func ScoreClaims(cases []ClaimCase) ([]ClaimScore, []ClaimVerdict) {
	verdicts := make([]ClaimVerdict, len(cases))
	for i := range cases {
		verdicts[i] = CheckClaimCase(&cases[i])
	}
	var order []string
	by := map[string]*ClaimScore{}
	add := func(key, dataset, pooling string, v ClaimVerdict, positive bool) {
		s, ok := by[key]
		if !ok {
			s = &ClaimScore{Dataset: dataset, Pooling: pooling, FalseAlarms: map[string]int{}, Misses: map[string]int{}, Fired: map[string]*[2]int{}}
			by[key] = s
			order = append(order, key)
		}
		s.N++
		for _, r := range v.Rules {
			if s.Fired[r] == nil {
				s.Fired[r] = &[2]int{}
			}
			if positive {
				s.Fired[r][0]++
			} else {
				s.Fired[r][1]++
			}
		}
		switch {
		case positive && v.Flagged:
			s.Positive++
			s.TP++
		case positive:
			s.Positive++
			s.FN++
			labels := map[string]bool{}
			for _, sp := range v.Case.Spans {
				l, _, _ := strings.Cut(sp.Label, "/")
				labels[l] = true
			}
			if len(labels) == 0 {
				labels["(no span)"] = true
			}
			for l := range labels {
				s.Misses[l]++
			}
		case v.Flagged:
			s.FP++
			s.FalseAlarms[v.Rule]++
		default:
			s.TN++
		}
	}
	for _, v := range verdicts {
		c := v.Case
		pool := ""
		if c.HallucinatedAll != nil {
			pool = "any annotator"
		}
		add(c.Dataset+"/"+pool, c.Dataset, pool, v, c.Hallucinated)
		if c.HallucinatedAll != nil {
			add(c.Dataset+"/all", c.Dataset, "all annotators", v, *c.HallucinatedAll)
		}
	}
	var out []ClaimScore
	for _, k := range order {
		s := by[k]
		s.Precision = fraction(s.TP, s.TP+s.FP)
		s.Recall = fraction(s.TP, s.TP+s.FN)
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		s.FalseAlarmRate = fraction(s.FP, s.FP+s.TN)
		s.BalancedAccuracy = (s.Recall + 1 - s.FalseAlarmRate) / 2
		out = append(out, *s)
	}
	return out, verdicts
}

// fraction is a/b, and 0 when there is nothing to count.
func fraction(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteClaimScores prints the scores, one block per data set and pooling.
func WriteClaimScores(w io.Writer, scores []ClaimScore) {
	for _, s := range scores {
		name := s.Dataset
		if s.Pooling != "" {
			name += " (" + s.Pooling + ")"
		}
		fmt.Fprintf(w, "%s: %d answers, %d unsupported\n", name, s.N, s.Positive)
		fmt.Fprintf(w, "  precision %.1f  recall %.1f  F1 %.1f  balanced accuracy %.1f  faithful flagged %.1f %% (%d/%d)\n",
			100*s.Precision, 100*s.Recall, 100*s.F1, 100*s.BalancedAccuracy, 100*s.FalseAlarmRate, s.FP, s.FP+s.TN)
		fmt.Fprintf(w, "  false alarms by rule: %s\n", counts(s.FalseAlarms))
		fmt.Fprintf(w, "  misses by span label: %s\n", counts(s.Misses))
		if len(s.Fired) > 0 {
			fmt.Fprintf(w, "  rules on any dropped claim (unsupported/faithful answers): %s\n", fired(s.Fired))
		}
	}
}

func fired(m map[string]*[2]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]][1] != m[keys[j]][1] {
			return m[keys[i]][1] > m[keys[j]][1]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d/%d", k, m[k][0], m[k][1])
	}
	return strings.Join(parts, ", ")
}

func counts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// RunClaims scores the faith-format file at path and writes the report;
// with verbose, every false alarm and miss too (answer ID, rule, reason).
func RunClaims(path string, w io.Writer, verbose bool) error {
	return RunClaimsHalf(path, w, verbose, "")
}

// ClaimHalf keeps the cases of one half of a labelled file, split by the
// parity of the number ending the ID ("rt-12017", "fb-3-10"): "even" for
// tuning a threshold, "odd" for checking it; "" keeps all.
func ClaimHalf(cases []ClaimCase, half string) ([]ClaimCase, error) {
	if half == "" {
		return cases, nil
	}
	if half != "even" && half != "odd" {
		return nil, fmt.Errorf("couldn't split by %q: the halves are even and odd", half)
	}
	var out []ClaimCase
	for _, c := range cases {
		i := strings.LastIndexAny(c.ID, "-_")
		n, err := strconv.Atoi(c.ID[i+1:])
		if err != nil {
			return nil, fmt.Errorf("couldn't split by ID parity: %q ends in no number", c.ID)
		}
		if (n%2 == 0) == (half == "even") {
			out = append(out, c)
		}
	}
	return out, nil
}

// RunClaimsHalf is RunClaims on one half of the file (ClaimHalf).
func RunClaimsHalf(path string, w io.Writer, verbose bool, half string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("couldn't open the labelled answers: %w", err)
	}
	defer f.Close()
	cases, err := ReadClaimCases(f)
	if err != nil {
		return fmt.Errorf("couldn't read %s: %w", path, err)
	}
	if cases, err = ClaimHalf(cases, half); err != nil {
		return err
	}
	scores, verdicts := ScoreClaims(cases)
	if verbose {
		for _, v := range verdicts {
			switch {
			case v.Flagged && !v.Case.Hallucinated:
				fmt.Fprintf(w, "false alarm %s [%s] %s\n    claim: %q\n", v.Case.ID, v.Rule, v.Reason, v.Claim)
				for _, d := range v.Dropped[min(1, len(v.Dropped)):] {
					fmt.Fprintf(w, "  also [%s] %s\n    claim: %q\n", d.Rule, d.Reason, d.Claim)
				}
			case !v.Flagged && v.Case.Hallucinated:
				fmt.Fprintf(w, "miss %s\n", v.Case.ID)
			}
		}
	}
	WriteClaimScores(w, scores)
	return nil
}
