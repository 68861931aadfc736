package main

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/eval"
)

// synthetic makes n records that a line separates: y = 1 exactly when
// good/100 - bad > 0.5 (with good on a scale of hundreds and an offset, so
// the fit must undo the standardisation), plus a noise feature and one
// that never varies.
func synthetic(n int, seed uint64) []eval.FeatureRecord {
	rng := rand.New(rand.NewPCG(seed, 1))
	recs := make([]eval.FeatureRecord, n)
	for i := range recs {
		good := 1000 + 300*rng.NormFloat64()
		bad := rng.NormFloat64()
		var y bool
		for {
			y = (good-1000)/100-bad > 0.5
			if math.Abs((good-1000)/100-bad-0.5) > 0.2 { // a margin: separable
				break
			}
			good, bad = 1000+300*rng.NormFloat64(), rng.NormFloat64()
		}
		r := eval.FeatureRecord{ID: strconv.Itoa(i), Features: map[string]float64{
			"good": good, "bad": bad, "noise": rng.Float64(), "constant": 7,
		}}
		// Both ways to y = 0: unanswerable, or answerable with a wrong candidate.
		switch {
		case y:
			r.Answerable, r.CorrectCandidate = true, true
		case i%2 == 0:
			r.Answerable, r.CorrectCandidate = true, false
		}
		r.Score = 0.5
		recs[i] = r
	}
	return recs
}

func fitRecords(t *testing.T, recs []eval.FeatureRecord, lambda float64) (*model, [][]float64) {
	t.Helper()
	names := featureNames(recs)
	x, missing := matrix(recs, names)
	if missing != 0 {
		t.Fatalf("%d missing", missing)
	}
	y := make([]bool, len(recs))
	for i, r := range recs {
		y[i] = r.Positive()
	}
	m, err := fit(names, x, y, lambda)
	if err != nil {
		t.Fatal(err)
	}
	return m, x
}

func weight(m *model, name string) float64 {
	for j, n := range m.Names {
		if n == name {
			return m.W[j]
		}
	}
	return math.NaN()
}

func accuracy(m *model, recs []eval.FeatureRecord, x [][]float64) float64 {
	right := 0
	for i, r := range recs {
		if (m.prob(x[i]) >= 0.5) == r.Positive() {
			right++
		}
	}
	return float64(right) / float64(len(recs))
}

func TestFitSeparable(t *testing.T) {
	recs := synthetic(600, 1)
	m, x := fitRecords(t, recs, 1)
	good, bad, constant := weight(m, "good"), weight(m, "bad"), weight(m, "constant")
	if good <= 0 || bad >= 0 {
		t.Errorf("weights good %g, bad %g: want + and -", good, bad)
	}
	if constant != 0 || len(m.Dropped) != 1 || m.Dropped[0] != "constant" {
		t.Errorf("constant feature: weight %g, dropped %v", constant, m.Dropped)
	}
	// In the features' own scale the boundary is good/100 - bad = 0.5 + 10:
	// good's weight is a hundredth of bad's, and the noise barely counts.
	if r := good / -bad; math.Abs(r-0.01) > 0.002 {
		t.Errorf("good/-bad = %g, want about 0.01", r)
	}
	if i := -m.B / -bad; math.Abs(i-10.5) > 1 {
		t.Errorf("boundary offset %g, want about 10.5", i)
	}
	if m.Names[0] != "bad" || m.Names[3] != "noise" {
		t.Fatalf("names %v", m.Names)
	}
	if math.Abs(m.Std[3]) > 0.2*math.Abs(m.Std[0]) { // per standard deviation
		t.Errorf("noise weight %g per sd against bad's %g", m.Std[3], m.Std[0])
	}
	if acc := accuracy(m, recs, x); acc < 0.98 {
		t.Errorf("training accuracy %.3f", acc)
	}
	// And on fresh data from the same rule.
	fresh := synthetic(400, 2)
	fx, _ := matrix(fresh, m.Names)
	if acc := accuracy(m, fresh, fx); acc < 0.95 {
		t.Errorf("fresh accuracy %.3f", acc)
	}
}

func TestFitStationary(t *testing.T) {
	// At the optimum the gradient of the penalised loss, in standardised
	// units, is zero: check it numerically from the returned model.
	recs := synthetic(300, 3)
	// Blur the classes so the optimum is interior and well-conditioned.
	for i := range recs {
		if i%7 == 0 {
			recs[i].Answerable, recs[i].CorrectCandidate = !recs[i].Positive(), !recs[i].Positive()
		}
	}
	lambda := 2.0
	m, x := fitRecords(t, recs, lambda)
	for j, name := range m.Names {
		if name == "constant" {
			continue
		}
		var mean, sd float64
		for i := range x {
			mean += x[i][j]
		}
		mean /= float64(len(x))
		for i := range x {
			sd += (x[i][j] - mean) * (x[i][j] - mean)
		}
		sd = math.Sqrt(sd / float64(len(x)))
		var g float64
		for i, r := range recs {
			y := 0.0
			if r.Positive() {
				y = 1
			}
			g += (m.prob(x[i]) - y) * (x[i][j] - mean) / sd
		}
		g += lambda * m.Std[j]
		if math.Abs(g) > 1e-6 {
			t.Errorf("gradient for %s = %g", name, g)
		}
	}
	// A stronger penalty shrinks the weights.
	strong, _ := fitRecords(t, recs, 100)
	if n1, n2 := norm(m.Std), norm(strong.Std); n2 >= n1 {
		t.Errorf("|w| with lambda 100 = %g, not below %g with lambda 2", n2, n1)
	}
}

func norm(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func TestFitRejectsOneClass(t *testing.T) {
	recs := synthetic(10, 4)
	for i := range recs {
		recs[i].Answerable = false
	}
	names := featureNames(recs)
	x, _ := matrix(recs, names)
	if _, err := fit(names, x, make([]bool, len(x)), 1); err == nil || !strings.Contains(err.Error(), "nothing to tell apart") {
		t.Errorf("fit of one class: %v", err)
	}
}

func TestGoSourceParses(t *testing.T) {
	m, _ := fitRecords(t, synthetic(200, 5), 1)
	src := "package p\n\n" + m.goSource()
	f, err := parser.ParseFile(token.NewFileSet(), "w.go", src, 0)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	// Read the literal back: the printed weights are the model's, to 6 digits.
	got := map[string]float64{}
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		k, _ := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
		v := kv.Value
		neg := false
		if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.SUB {
			neg, v = true, u.X
		}
		x, err := strconv.ParseFloat(v.(*ast.BasicLit).Value, 64)
		if err != nil {
			t.Fatal(err)
		}
		if neg {
			x = -x
		}
		got[k] = x
		return true
	})
	for j, n := range m.Names {
		if w := m.W[j]; math.Abs(got[n]-w) > 1e-5*math.Abs(w) {
			t.Errorf("printed %s = %g, model %g", n, got[n], w)
		}
	}
	if !strings.Contains(src, "const answerabilityBias = ") {
		t.Errorf("no bias:\n%s", src)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, recs []eval.FeatureRecord) string {
		var b bytes.Buffer
		for _, r := range recs {
			line, _ := jsonLine(r)
			b.WriteString(line)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tune := write("tune.jsonl", synthetic(300, 6))
	rep := synthetic(200, 7)
	rep[0].Features["unseen"] = 1
	delete(rep[1].Features, "good")
	report := write("report.jsonl", rep)
	var out, errs bytes.Buffer
	if err := run([]string{tune}, report, 1, true, nil, &out, &errs); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"var answerabilityWeights = map[string]float64{", "\"good\":", "const answerabilityBias",
		"fitted score on the fitting data", "<- best mean on the fitting data", "suggested threshold",
		"(not used in the fit)", "<- chosen on the fitting data", "the file's own score on",
		"answered right  answered wrong", "<- most right answers net of wrong ones on the fitting data",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	for _, want := range []string{`"constant" never varies`, "1 feature values missing from", "never saw, ignored: unseen"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs.String())
		}
	}
	if err := run([]string{tune}, "", -1, false, nil, &out, &errs); err == nil {
		t.Error("a negative lambda was accepted")
	}
}

func jsonLine(r eval.FeatureRecord) (string, error) {
	b, err := json.Marshal(r)
	return string(b) + "\n", err
}

// -signs: a feature whose weight takes the forbidden sign is left out and
// the rest refitted; a feature whose sign is allowed keeps its weight.
func TestFitSigned(t *testing.T) {
	recs := synthetic(600, 5)
	names := featureNames(recs)
	x, _ := matrix(recs, names)
	y := make([]bool, len(recs))
	for i, r := range recs {
		y[i] = r.Positive()
	}
	// "bad" pushes the odds down: forbidding a negative weight drops it.
	m, left, err := fitSigned(names, x, y, 1, map[string]float64{"bad": 1, "good": 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || left[0] != "bad" || weight(m, "bad") != 0 {
		t.Errorf("bad forced ≥ 0: left out %v, weight %g; want it left out with weight 0", left, weight(m, "bad"))
	}
	if weight(m, "good") <= 0 {
		t.Errorf("good's weight %g: want it kept positive", weight(m, "good"))
	}
	if slices.Contains(m.Dropped, "bad") {
		t.Errorf("Dropped %v lists the feature -signs left out as never varying", m.Dropped)
	}
	// Signs it already has: nothing is left out.
	if _, left, _ := fitSigned(names, x, y, 1, map[string]float64{"bad": -1, "good": 1}); len(left) != 0 {
		t.Errorf("signs the fit already has: left out %v, want none", left)
	}
	for _, bad := range []string{"own", "own:", "own:x", ":+"} {
		if _, err := parseSigns(bad); err == nil {
			t.Errorf("parseSigns(%q): no error", bad)
		}
	}
	if w, err := parseSigns("own:+, unknown:-"); err != nil || w["own"] != 1 || w["unknown"] != -1 {
		t.Errorf("parseSigns = %v, %v", w, err)
	}
}

// bestNet picks the threshold with the most right answers net of wrong
// ones, the higher of equals; netTable counts a wrong candidate and an
// unanswerable question alike as answered wrongly.
func TestBestNet(t *testing.T) {
	rows := []netRow{{0.4, 10, 6}, {0.5, 9, 3}, {0.55, 8, 2}, {0.6, 5, 0}}
	if got, ok := bestNet(rows); !ok || got.threshold != 0.55 {
		t.Errorf("bestNet = %+v, %v; want 0.55 (net 6 at 0.5 and 0.55: the higher)", got, ok)
	}
	if _, ok := bestNet(nil); ok {
		t.Error("bestNet(nil) ok")
	}
	m := &model{W: []float64{1}, B: 0}
	recs := []eval.FeatureRecord{
		{Answerable: true, CorrectCandidate: true},
		{Answerable: true, CorrectCandidate: false},
		{Answerable: false},
		{Answerable: true, CorrectCandidate: true},
	}
	x := [][]float64{{3}, {2}, {1}, {-3}} // scores 0.95, 0.88, 0.73, 0.05
	at := map[float64]netRow{}
	for _, r := range netTable(m, recs, x) {
		at[r.threshold] = r
	}
	for th, want := range map[float64][2]int{0: {2, 2}, 0.7: {1, 2}, 0.8: {1, 1}, 0.9: {1, 0}, 1: {0, 0}} {
		if r := at[th]; r.right != want[0] || r.wrong != want[1] {
			t.Errorf("at %.2f: right %d, wrong %d; want %d, %d", th, r.right, r.wrong, want[0], want[1])
		}
	}
}
