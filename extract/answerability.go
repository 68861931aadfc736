package extract

import (
	"math"
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// The answerability score: the estimated probability that the best
// candidate sentence answers the question, from features any reader can
// check in `ask --json` (answerability.features). A logistic model fitted
// by scripts/fitanswer on the tuning parts of SQuAD 2.0 part A and of the
// repo's own question sets (see README "Evaluation"); the other parts were
// only reported.

// features describes the best candidate against the question:
//
//	cov          share of the question's key-term weight the sentence covers (its passage counting half)
//	own          the same, by the sentence alone
//	rare         how much of the rarest key term the sentence itself has
//	typed        1 when the question wants a type (number, time, place, person) and the sentence has it
//	untyped      1 when it wants one and the sentence lacks it
//	reason       for why/how questions: 1 when the sentence gives a cause or a method, -1 when not
//	name_missing share of the question's names (capitalised terms) missing from the passage
//	unknown      share of key-term weight the corpus never uses at all
//	missing      share of key-term weight the corpus uses but the passage lacks
//	num_missing  1 when the question states a number the passage lacks
//	negated      1 when the question says not/never and the sentence doesn't
//	margin       best candidate's score minus the best of any other passage
//	rank         1/(passage rank), the retrieval's confidence
//	nkeys        number of key terms, over 8 (capped at 1)
//	complete     1 when the sentence itself has every key term
//	own_miss_max the weight share of the heaviest key term the sentence lacks
//	own_miss_n   how many key terms the sentence lacks, over 4 (capped at 1)
//	near_miss    own × own_miss_max when the sentence lacks just one term
//	name_missing_own, num_missing_own: as name_missing and num_missing, for the sentence alone
func features(ix Index, asked string, qt question.Kind, form question.Form, keys []keyTerm, total float64, best *candidate, cands []*candidate) map[string]float64 {
	// A place the story's lede sets it in counts as the sentence's own
	// (sceneShare: candidate.held), where as its story's word it counted
	// half (storyShare), when it is all the sentence lacks of the
	// question: in own and cov only (the counts of missing terms are
	// fitted on sentences as they are).
	own, coverage := best.own, best.coverage
	if sceneOnly(keys, best) {
		for _, k := range keys {
			if extra := best.held(k.term) - best.covered[k.term]; extra > 0 {
				own += extra * k.weight / total
				coverage += (extra - storyShare) * k.weight / total
			}
		}
	}
	f := map[string]float64{"cov": coverage, "own": own, "rank": 1 / float64(best.rank+1)}
	rarest := keys[0]
	for _, k := range keys {
		if k.weight > rarest.weight {
			rarest = k
		}
	}
	f["rare"] = best.covered[rarest.term]
	if qt != question.General {
		if best.typed {
			f["typed"] = 1
		} else {
			f["untyped"] = 1
		}
	}
	if form.WhyHow != "" {
		if hasReason(form.WhyHow, best.text()) {
			f["reason"] = 1
		} else {
			f["reason"] = -1
		}
	}
	var names, namesMissing, namesOwn float64
	for _, k := range keys {
		w := k.weight / total
		if best.covered[k.term] == 0 {
			f["own_miss_max"] = max(f["own_miss_max"], w)
			f["own_miss_n"]++
		}
		switch {
		case !k.known:
			f["unknown"] += w
		case best.context[k.term] == 0 && !k.proper:
			f["missing"] += w
		}
		if k.proper {
			names += w
			if best.context[k.term] == 0 {
				namesMissing += w
			}
			if best.covered[k.term] == 0 {
				namesOwn += w
			}
		}
	}
	if f["own_miss_n"] == 0 {
		f["complete"] = 1 // the sentence has every key term
	}
	f["own_miss_n"] = min(f["own_miss_n"]/4, 1)
	// In a claim to check ("Lasso is the director of the SNAI, isn't
	// he?") a name the passage lacks is the error, not a sign that the
	// passage is about something else.
	claim := !whQ.MatchString(text.Fold(asked)) && !form.YesNo
	if names > 0 && !claim {
		f["name_missing"] = namesMissing / names
		f["name_missing_own"] = namesOwn / names
	}
	// A near miss: the sentence has almost all of the question but one
	// rare term, the mark of a question written to look answerable.
	if f["own_miss_n"] > 0 && f["own_miss_n"] <= 0.25 {
		f["near_miss"] = best.own * f["own_miss_max"]
	}
	// A number in a wh-question is a condition ("what happened in 1736?");
	// in a statement it is a claim the answer checks ("confirm that 200
	// died"), never a reason to abstain.
	var nums []string
	if whQ.MatchString(text.Fold(asked)) {
		nums = questionNumbers.FindAllString(questionPart(asked), -1)
	}
	passage := best.p.Text
	for _, n := range nums {
		if !strings.Contains(passage, n) {
			f["num_missing"] = 1
		}
		if !strings.Contains(best.text(), n) {
			f["num_missing_own"] = 1
		}
	}
	if form.Negated && !question.Negates(text.Fold(best.text())) {
		f["negated"] = 1
	}
	other := 0.0
	for _, c := range cands {
		// The same sentence in another story (a wire story filed twice)
		// is no rival answer.
		if c.p != best.p && c.text() != best.text() {
			other = max(other, c.score)
		}
	}
	f["margin"] = best.score - other
	f["nkeys"] = min(float64(len(keys))/8, 1)
	return f
}

var (
	questionNumbers = regexp.MustCompile(`\d[\d,.]*\d|\d`)
	whQ             = regexp.MustCompile(`\b(what|which|who|whom|whose|when|where|why|how)\b`)
	whQAnyCase      = regexp.MustCompile(`(?i)` + whQ.String())
)

// questionPart is the part of a question from the headline-like statement
// before it on: numbers before a "?", "!", dash or colon that comes before
// the question word are what the asker heard ("31 dead?? ppl saying 50 —
// what's the real toll", "Quito riot: 12 dead — what did the AG say"),
// claims the answer corrects, not conditions of the question.
func questionPart(asked string) string {
	loc := whQAnyCase.FindStringIndex(asked) // on asked itself: folding may move byte offsets
	if loc == nil {
		return asked
	}
	part := asked
	if i := strings.LastIndexAny(asked[:loc[0]], "?!:—–"); i >= 0 {
		part = asked[i:]
	} else if at := question.Lead(asked); at > 0 && question.AsidesVoice(asked[:at]) {
		part = asked[at:] // "first I heard 18 dead, then 30-something - what's the final toll"
	}
	// the wh-question ends at its "?": a guess after it ("wasnt it like
	// 50 dead?") is a claim to check, not a condition
	if j := strings.Index(part[1:], "?"); j >= 0 && !whQAnyCase.MatchString(part[j+2:]) {
		part = part[:j+2]
	}
	return part
}

// sceneOnly reports a sentence that holds every known key term of the
// question but places its story's lede sets it in (candidate.scene).
func sceneOnly(keys []keyTerm, best *candidate) bool {
	any := false
	for _, k := range keys {
		switch {
		case best.covered[k.term] > 0:
		case best.scene[k.term]:
			any = true
		case k.known:
			return false
		}
	}
	return any
}

// answerability is the logistic model over the features.
func answerability(f map[string]float64) float64 {
	z := answerabilityBias
	for name, w := range answerabilityWeights {
		z += w * f[name]
	}
	return 1 / (1 + math.Exp(-z))
}

// Fitted by `go run ./scripts/fitanswer` on the tuning parts: SQuAD part A
// tune (1,244 questions) plus testdata/casual/tune.jsonl,
// testdata/news/questions-tune.jsonl, testdata/eval.jsonl and the question
// bank's tune writers (teen, journalist, spanish), our own counted three times
// (news questions are what the bot is for); see README "Evaluation".
var answerabilityWeights = map[string]float64{
	"complete":         0.779718,  // +0.380 per standard deviation
	"cov":              -3.6384,   // -0.725 per standard deviation
	"margin":           2.8702,    // +0.471 per standard deviation
	"missing":          0.0687066, // +0.012 per standard deviation
	"name_missing":     -1.57031,  // -0.244 per standard deviation
	"name_missing_own": 0.280715,  // +0.085 per standard deviation
	"near_miss":        -0.835245, // -0.075 per standard deviation
	"negated":          -1.78782,  // -0.186 per standard deviation
	"nkeys":            1.81341,   // +0.393 per standard deviation
	"num_missing":      0.192284,  // +0.030 per standard deviation
	"num_missing_own":  -2.4342,   // -0.444 per standard deviation
	"own":              6.97126,   // +1.750 per standard deviation
	"own_miss_max":     2.32278,   // +0.385 per standard deviation
	"own_miss_n":       0.692067,  // +0.193 per standard deviation
	"rank":             -3.00414,  // -0.207 per standard deviation
	"rare":             -0.249367, // -0.112 per standard deviation
	"reason":           0.604963,  // +0.118 per standard deviation
	"typed":            0.422028,  // +0.211 per standard deviation
	"unknown":          0.788569,  // +0.109 per standard deviation
	"untyped":          -0.92368,  // -0.322 per standard deviation
}

const answerabilityBias = -1.87286
