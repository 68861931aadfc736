package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// FeatureRecord is one line of a features file (storybot eval --features):
// a question, whether its best candidate answer is right, and the
// answerability score and features the bot computed for it.
type FeatureRecord struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"`
	Answerable bool   `json:"answerable"`
	// CorrectCandidate: the candidate holds an accepted answer.
	CorrectCandidate bool               `json:"correct_candidate"`
	Score            float64            `json:"score"`
	Features         map[string]float64 `json:"features"`
}

// Positive says the question should be answered: it is answerable and the
// candidate is right. It is what an answerability score predicts.
func (r FeatureRecord) Positive() bool { return r.Answerable && r.CorrectCandidate }

// FeatureRecords turns results into feature records, skipping (and
// counting) results with no Answerability. A case with no id is named by
// its 1-based position, "#7".
func FeatureRecords(results []Result) (recs []FeatureRecord, skipped int) {
	for i, r := range results {
		a := answerability(r)
		if a == nil {
			skipped++
			continue
		}
		id := r.Case.ID
		if id == "" {
			id = fmt.Sprintf("#%d", i+1)
		}
		f := make(map[string]float64, len(a.Features))
		for k, v := range a.Features {
			f[k] = v
		}
		recs = append(recs, FeatureRecord{
			ID: id, Kind: r.Case.Kind, Answerable: r.Case.Answerable,
			CorrectCandidate: CandidateCorrect(r.Case, a.Candidate),
			Score:            a.Score, Features: f,
		})
	}
	return recs, skipped
}

// WriteFeatures writes one JSON line per result with an Answerability and
// returns how many it wrote and skipped. A score or feature that is NaN or
// infinite is an error: JSON cannot hold it, and a fit cannot use it.
func WriteFeatures(w io.Writer, results []Result) (written, skipped int, err error) {
	recs, skipped := FeatureRecords(results)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, rec := range recs {
		if err := rec.check(); err != nil {
			return written, skipped, err
		}
		if err := enc.Encode(rec); err != nil {
			return written, skipped, fmt.Errorf("question %s: %w", rec.ID, err)
		}
		written++
	}
	return written, skipped, bw.Flush()
}

func (r FeatureRecord) check() error {
	if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) {
		return fmt.Errorf("question %s: score is %v", r.ID, r.Score)
	}
	names := make([]string, 0, len(r.Features))
	for k := range r.Features {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if v := r.Features[k]; math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("question %s: feature %q is %v", r.ID, k, v)
		}
	}
	return nil
}

// ReadFeatures reads a features file; blank lines are skipped.
func ReadFeatures(r io.Reader) ([]FeatureRecord, error) {
	var recs []FeatureRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rec FeatureRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if err := rec.check(); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return recs, nil
}
