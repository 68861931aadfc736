// Command fitanswer fits the weights of the extractive answerer's
// answerability score: an L2-regularised logistic regression that predicts
// y = 1 when a question is answerable and its best candidate answer holds
// an accepted answer, 0 otherwise, from the features the bot reports.
//
//	go run ./cmd/storybot eval --offline --corpus ../shared/benchmarks/squad2/corpus \
//	    --features /tmp/tune.features.jsonl /tmp/split/tune.jsonl
//	go run ./cmd/storybot eval --offline --corpus ../shared/benchmarks/squad2/corpus \
//	    --features /tmp/report.features.jsonl /tmp/split/report.jsonl
//	go run ./scripts/fitanswer -report /tmp/report.features.jsonl /tmp/tune.features.jsonl
//
// It prints the weights, in the features' own scale, as Go source to paste
// (a map literal and a bias; the score is 1/(1+exp(-(bias + Σ w·x)))), and
// the trade-off table (answerable answered right, unanswerable abstained,
// their mean, per threshold) of the fitted score on the fitting file(s)
// and, with -report, on a second file the fit never saw. The threshold
// with the best mean on the fitting data is marked in both tables. The
// mean leaves out an answerable question answered with a wrong candidate;
// a second table counts the questions the score answers rightly and
// wrongly (a wrong candidate, or nothing to answer) per threshold, and
// the threshold with the most right answers net of wrong ones on the
// fitting data is the one suggested: a wrong answer costs a right one, a
// hedge costs nothing. Read the report tables for what to expect.
//
// Features are standardised (mean 0, standard deviation 1 on the fitting
// data) before the fit, so -lambda weighs every feature alike; a feature
// that never varies gets weight 0. A feature missing from a line counts
// as 0. The fit is Newton's method (IRLS) with step halving; plain Go, no
// dependencies.
package main

import (
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/storybot-dev/storybot/eval"
)

func main() {
	lambda := flag.Float64("lambda", 1, "L2 penalty on the standardised weights (the bias is not penalised); the loss is summed over questions")
	report := flag.String("report", "", "features `file` to score with the fitted weights and report separately (the held-out split)")
	compare := flag.Bool("compare", false, "also print the tables of the score already in the files (the bot's current one)")
	signs := flag.String("signs", "", "comma-separated `feature:+` or `feature:-`: the sign each named feature's weight must have; a feature whose fitted weight has the other sign is left out (weight 0) and the fit redone, worst first, until none is wrong")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: fitanswer [-lambda L] [-report FEATURES.jsonl] [-compare] FEATURES.jsonl...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	want, err := parseSigns(*signs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitanswer:", err)
		os.Exit(2)
	}
	if err := run(flag.Args(), *report, *lambda, *compare, want, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "fitanswer:", err)
		os.Exit(1)
	}
}

func readFiles(paths []string) ([]eval.FeatureRecord, error) {
	var all []eval.FeatureRecord
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		recs, err := eval.ReadFeatures(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		all = append(all, recs...)
	}
	return all, nil
}

// parseSigns reads -signs: "own:+,unknown:-".
func parseSigns(spec string) (map[string]float64, error) {
	want := map[string]float64{}
	for _, f := range strings.Split(spec, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		name, sign, ok := strings.Cut(f, ":")
		switch {
		case !ok || name == "":
			return nil, fmt.Errorf("-signs %q: want feature:+ or feature:-", f)
		case sign == "+":
			want[name] = 1
		case sign == "-":
			want[name] = -1
		default:
			return nil, fmt.Errorf("-signs %q: the sign must be + or -", f)
		}
	}
	return want, nil
}

// fitSigned fits, then while some feature's weight has the sign want
// forbids, leaves out the one most in the wrong (by its standardised
// weight) and fits again: an active-set approximation of the fit under
// sign constraints. Left out are the features so dropped, in order.
func fitSigned(names []string, x [][]float64, y []bool, lambda float64, want map[string]float64) (m *model, left []string, err error) {
	out := map[int]bool{}
	for {
		xs := x
		if len(out) > 0 {
			xs = make([][]float64, len(x))
			for i, row := range x {
				r := slices.Clone(row)
				for j := range out {
					r[j] = 0 // never varies: weight 0
				}
				xs[i] = r
			}
		}
		m, err = fit(names, xs, y, lambda)
		if err != nil {
			return nil, left, err
		}
		worst, worstBy := -1, 0.0
		for j, n := range names {
			if by := -want[n] * m.Std[j]; by > worstBy {
				worst, worstBy = j, by
			}
		}
		if worst < 0 {
			m.Dropped = slices.DeleteFunc(m.Dropped, func(d string) bool { return slices.Contains(left, d) })
			return m, left, nil
		}
		out[worst] = true
		left = append(left, names[worst])
	}
}

func run(train []string, report string, lambda float64, compare bool, want map[string]float64, w, errw io.Writer) error {
	if lambda < 0 || math.IsNaN(lambda) || math.IsInf(lambda, 0) {
		return fmt.Errorf("-lambda %v: want a number ≥ 0", lambda)
	}
	recs, err := readFiles(train)
	if err != nil {
		return err
	}
	names := featureNames(recs)
	x, missing := matrix(recs, names)
	if missing > 0 {
		fmt.Fprintf(errw, "fitanswer: %d feature values missing from the fitting data, counted as 0\n", missing)
	}
	y := make([]bool, len(recs))
	pos := 0
	for i, r := range recs {
		y[i] = r.Positive()
		if y[i] {
			pos++
		}
	}
	m, left, err := fitSigned(names, x, y, lambda, want)
	if err != nil {
		return err
	}
	for _, d := range left {
		fmt.Fprintf(errw, "fitanswer: feature %q left out: its weight took the sign -signs forbids\n", d)
	}
	for _, d := range m.Dropped {
		fmt.Fprintf(errw, "fitanswer: feature %q never varies in the fitting data; weight 0\n", d)
	}
	fmt.Fprintf(w, "// Fitted by scripts/fitanswer on %s: %d questions, %d of them answerable with a right candidate; lambda %g; %d Newton steps.\n",
		strings.Join(train, ", "), len(recs), pos, lambda, m.Iter)
	io.WriteString(w, m.goSource())

	tuneRows := table(m, recs, x)
	best, ok := eval.BestMean(tuneRows)
	marks := map[float64]string{}
	if ok {
		marks[best.Threshold] = "best mean on the fitting data"
	}
	fmt.Fprintf(w, "\nfitted score on the fitting data (%s): %s\n", strings.Join(train, ", "), summary(m, recs, x))
	if err := eval.WriteSweep(w, tuneRows, marks); err != nil {
		return err
	}
	tuneNet := netTable(m, recs, x)
	net, netOK := bestNet(tuneNet)
	if err := writeNet(w, tuneNet, net, netOK, "most right answers net of wrong ones on the fitting data"); err != nil {
		return err
	}
	if netOK {
		fmt.Fprintf(w, "suggested threshold: %.2f (answered %d right, %d wrong on the fitting data; best mean at %.2f)\n",
			net.threshold, net.right, net.wrong, best.Threshold)
	}
	if compare {
		fmt.Fprintf(w, "\nthe files' own score on the fitting data:\n")
		if err := eval.WriteSweep(w, eval.Sweep(ownPoints(recs), eval.SweepThresholds()), nil); err != nil {
			return err
		}
	}
	if report == "" {
		return nil
	}
	rrecs, err := readFiles([]string{report})
	if err != nil {
		return err
	}
	rx, missing := matrix(rrecs, names)
	if missing > 0 {
		fmt.Fprintf(errw, "fitanswer: %d feature values missing from %s, counted as 0\n", missing, report)
	}
	if extra := unknownFeatures(rrecs, names); len(extra) > 0 {
		fmt.Fprintf(errw, "fitanswer: %s has features the fit never saw, ignored: %s\n", report, strings.Join(extra, ", "))
	}
	rmarks := map[float64]string{}
	if ok {
		rmarks[best.Threshold] = "chosen on the fitting data"
	}
	fmt.Fprintf(w, "\nfitted score on %s (not used in the fit): %s\n", report, summary(m, rrecs, rx))
	if err := eval.WriteSweep(w, table(m, rrecs, rx), rmarks); err != nil {
		return err
	}
	if err := writeNet(w, netTable(m, rrecs, rx), net, netOK, "chosen on the fitting data"); err != nil {
		return err
	}
	if compare {
		fmt.Fprintf(w, "\nthe file's own score on %s:\n", report)
		if err := eval.WriteSweep(w, eval.Sweep(ownPoints(rrecs), eval.SweepThresholds()), nil); err != nil {
			return err
		}
	}
	return nil
}

func featureNames(recs []eval.FeatureRecord) []string {
	seen := map[string]bool{}
	var names []string
	for _, r := range recs {
		for k := range r.Features {
			if !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
	}
	sort.Strings(names)
	return names
}

func unknownFeatures(recs []eval.FeatureRecord, names []string) []string {
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	var extra []string
	for _, n := range featureNames(recs) {
		if !known[n] {
			extra = append(extra, n)
		}
	}
	return extra
}

// matrix lays the records' features out in names' order; missing counts
// the values absent (taken as 0).
func matrix(recs []eval.FeatureRecord, names []string) (x [][]float64, missing int) {
	x = make([][]float64, len(recs))
	for i, r := range recs {
		row := make([]float64, len(names))
		for j, n := range names {
			v, ok := r.Features[n]
			if !ok {
				missing++
			}
			row[j] = v
		}
		x[i] = row
	}
	return x, missing
}

func table(m *model, recs []eval.FeatureRecord, x [][]float64) []eval.SweepRow {
	points := make([]eval.SweepPoint, len(recs))
	for i, r := range recs {
		points[i] = eval.SweepPoint{Answerable: r.Answerable, CorrectCandidate: r.CorrectCandidate, Score: m.prob(x[i])}
	}
	return eval.Sweep(points, eval.SweepThresholds())
}

// netRow is, at one threshold, how many questions the score answers
// (scores at or above it) rightly, answerable with a right candidate, and
// wrongly: a wrong candidate, or a question with nothing to answer.
type netRow struct {
	threshold    float64
	right, wrong int
}

func (r netRow) net() int { return r.right - r.wrong }

// netTable is the fitted score's netRow at each threshold of the sweep's grid.
func netTable(m *model, recs []eval.FeatureRecord, x [][]float64) []netRow {
	var rows []netRow
	for _, th := range eval.SweepThresholds() {
		r := netRow{threshold: th}
		for i, rec := range recs {
			if m.prob(x[i]) < th {
				continue
			}
			if rec.Positive() {
				r.right++
			} else {
				r.wrong++
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// bestNet is the row with the most right answers net of wrong ones; of
// equals, the highest threshold (the fewest answers). ok is false for no
// rows.
func bestNet(rows []netRow) (best netRow, ok bool) {
	for _, r := range rows {
		if !ok || r.net() >= best.net() {
			best, ok = r, true
		}
	}
	return best, ok
}

// writeNet prints rows, marking the row at mark's threshold with why.
func writeNet(w io.Writer, rows []netRow, mark netRow, marked bool, why string) error {
	var b strings.Builder
	b.WriteString("\nθ       answered right  answered wrong     net\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%.3f   %14d  %14d  %6d", r.threshold, r.right, r.wrong, r.net())
		if marked && r.threshold == mark.threshold {
			b.WriteString("  <- " + why)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func ownPoints(recs []eval.FeatureRecord) []eval.SweepPoint {
	points := make([]eval.SweepPoint, len(recs))
	for i, r := range recs {
		points[i] = eval.SweepPoint{Answerable: r.Answerable, CorrectCandidate: r.CorrectCandidate, Score: r.Score}
	}
	return points
}

// summary is the mean log loss and the accuracy at 0.5 of the fitted
// score against y.
func summary(m *model, recs []eval.FeatureRecord, x [][]float64) string {
	if len(recs) == 0 {
		return "no questions"
	}
	var loss float64
	right, pos := 0, 0
	for i, r := range recs {
		z := m.logit(x[i])
		y := r.Positive()
		if y {
			pos++
			loss += softplus(-z)
		} else {
			loss += softplus(z)
		}
		if (z >= 0) == y {
			right++
		}
	}
	n := float64(len(recs))
	return fmt.Sprintf("%d questions, %d positive (answerable, right candidate); log loss %.4f; accuracy at 0.5 %.3f",
		len(recs), pos, loss/n, float64(right)/n)
}

// model is a fitted logistic regression in the features' own scale:
// P(y=1 | x) = 1/(1+exp(-(B + Σ W[j]·x[j]))).
type model struct {
	Names []string
	W     []float64
	B     float64
	// Std are the weights of the standardised features (per standard
	// deviation), comparable across features.
	Std []float64
	// Dropped are the features that never vary (weight 0).
	Dropped []string
	Iter    int
}

func (m *model) logit(x []float64) float64 {
	z := m.B
	for j, w := range m.W {
		z += w * x[j]
	}
	return z
}

func (m *model) prob(x []float64) float64 { return sigmoid(m.logit(x)) }

// goSource is the weights as gofmt-formatted Go source: a map literal and
// a bias constant.
func (m *model) goSource() string {
	var b strings.Builder
	b.WriteString("package p\n\nvar answerabilityWeights = map[string]float64{\n")
	for j, n := range m.Names {
		fmt.Fprintf(&b, "\t%q: %s, // %+.3f per standard deviation\n", n, fmtFloat(m.W[j]), m.Std[j])
	}
	fmt.Fprintf(&b, "}\n\nconst answerabilityBias = %s\n", fmtFloat(m.B))
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(fmt.Sprintf("fitanswer printed Go that does not parse: %v\n%s", err, b.String())) // a bug here, not bad input
	}
	return strings.TrimPrefix(string(src), "package p\n\n")
}

func fmtFloat(v float64) string {
	if v == 0 {
		return "0"
	}
	return fmt.Sprintf("%.6g", v)
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// softplus is log(1+e^z) without overflow.
func softplus(z float64) float64 { return math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) }

// fit fits P(y | x) by Newton's method on the standardised features,
// minimising Σ log-loss + lambda/2·|w|² (bias unpenalised), then maps the
// weights back to the features' own scale.
func fit(names []string, x [][]float64, y []bool, lambda float64) (*model, error) {
	n := len(x)
	if n == 0 {
		return nil, errors.New("no questions to fit")
	}
	pos := 0
	for _, v := range y {
		if v {
			pos++
		}
	}
	if pos == 0 || pos == n {
		return nil, fmt.Errorf("all %d questions have y = %v: nothing to tell apart", n, pos == n)
	}
	d := len(names)
	mean, sd := make([]float64, d), make([]float64, d)
	for j := range d {
		for i := range n {
			mean[j] += x[i][j]
		}
		mean[j] /= float64(n)
		for i := range n {
			dv := x[i][j] - mean[j]
			sd[j] += dv * dv
		}
		sd[j] = math.Sqrt(sd[j] / float64(n))
	}
	m := &model{Names: names, W: make([]float64, d), Std: make([]float64, d)}
	var cols []int // the features that vary
	for j := range d {
		if sd[j] > 1e-12*math.Max(1, math.Abs(mean[j])) {
			cols = append(cols, j)
		} else {
			m.Dropped = append(m.Dropped, names[j])
		}
	}
	k := len(cols) + 1 // the last parameter is the bias
	z := make([][]float64, n)
	for i := range n {
		row := make([]float64, k)
		for c, j := range cols {
			row[c] = (x[i][j] - mean[j]) / sd[j]
		}
		row[k-1] = 1
		z[i] = row
	}
	yf := make([]float64, n)
	for i, v := range y {
		if v {
			yf[i] = 1
		}
	}
	// Start at the base rate: weights 0, bias its log-odds.
	theta := make([]float64, k)
	theta[k-1] = math.Log(float64(pos) / float64(n-pos))
	objective := func(th []float64) float64 {
		var o float64
		for i := range n {
			s := dot(z[i], th)
			o += softplus(s) - yf[i]*s
		}
		for c := 0; c < k-1; c++ {
			o += lambda / 2 * th[c] * th[c]
		}
		return o
	}
	obj := objective(theta)
	for m.Iter = 1; m.Iter <= 100; m.Iter++ {
		g := make([]float64, k)
		h := make([][]float64, k)
		for a := range h {
			h[a] = make([]float64, k)
		}
		for i := range n {
			p := sigmoid(dot(z[i], theta))
			s := p * (1 - p)
			for a := range k {
				g[a] += (p - yf[i]) * z[i][a]
				for b := 0; b <= a; b++ {
					h[a][b] += s * z[i][a] * z[i][b]
				}
			}
		}
		for a := range k {
			for b := 0; b < a; b++ {
				h[b][a] = h[a][b]
			}
		}
		for c := 0; c < k-1; c++ {
			g[c] += lambda * theta[c]
			h[c][c] += lambda
		}
		h[k-1][k-1] += 1e-9 // keeps the system solvable when the fit saturates
		step, err := solve(h, g)
		if err != nil {
			return nil, fmt.Errorf("Newton step %d: %w", m.Iter, err)
		}
		// Step halving: never accept a step that raises the objective.
		t := 1.0
		next := make([]float64, k)
		var nobj float64
		for range 40 {
			for a := range k {
				next[a] = theta[a] - t*step[a]
			}
			nobj = objective(next)
			if nobj <= obj {
				break
			}
			t /= 2
		}
		if nobj > obj {
			break // no step lowers it: at the minimum, to rounding
		}
		moved := 0.0
		for a := range k {
			moved = math.Max(moved, math.Abs(next[a]-theta[a]))
		}
		theta, obj = next, nobj
		if moved < 1e-10 {
			break
		}
	}
	m.Iter = min(m.Iter, 100)
	m.B = theta[k-1]
	for c, j := range cols {
		m.Std[j] = theta[c]
		m.W[j] = theta[c] / sd[j]
		m.B -= theta[c] * mean[j] / sd[j]
	}
	return m, nil
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// solve solves a·x = b by Gaussian elimination with partial pivoting; it
// leaves a and b as they were.
func solve(a [][]float64, b []float64) ([]float64, error) {
	k := len(b)
	m := make([][]float64, k)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := range k {
		p := c
		for r := c + 1; r < k; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-300 || math.IsNaN(m[p][c]) {
			return nil, errors.New("singular system")
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < k; r++ {
			f := m[r][c] / m[c][c]
			for q := c; q <= k; q++ {
				m[r][q] -= f * m[c][q]
			}
		}
	}
	x := make([]float64, k)
	for r := k - 1; r >= 0; r-- {
		s := m[r][k]
		for q := r + 1; q < k; q++ {
			s -= m[r][q] * x[q]
		}
		x[r] = s / m[r][r]
	}
	return x, nil
}
