package extract

import (
	"sort"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"math"
	"strings"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A candidate sentence's score, which picks the answer among the sentences
// of the retrieved passages (and ranks the passages), is a weighted sum of
// what it has for the question:
//
//	cov        its key-term coverage (its passage, story and title counting part)
//	rank       1/(passage rank)
//	deed       a count question's deed said beside the count
//	year       a year, for a when-question, in a sentence not typed as a time
//	name_miss  the weight share of the question's names its story never uses
//	typed      it holds the kind of answer asked for
//	reason     it gives a cause or method, for a why- or how-question
//	lede       it is its story's first sentence
//	focus      its own coverage of key terms few sentences of its story hold
//	quote      it opens with a quotation mark
//	words      log of its length in words
const (
	selCov = iota
	selRank
	selDeed
	selYear
	selNameMiss
	selTyped
	selReason
	selLede
	selFocus
	selQuote
	selWords
	nSel
)

var selNames = [nSel]string{"cov", "rank", "deed", "year", "name_miss", "typed", "reason", "lede", "focus", "quote", "words"}

// selWeights are the score's weights, by feature.
var selWeights = [nSel]float64{
	selCov:      1,
	selRank:     rankBonus,
	selDeed:     deedBonus,
	selYear:     typeBonus,
	selNameMiss: -storyNameMiss,
	selTyped:    typeBonus,
	selReason:   typeBonus,
}

func selScore(f *[nSel]float64) float64 {
	var s float64
	for i, w := range selWeights {
		s += w * f[i]
	}
	return s
}

// storyShape fills the features of c that depend on its place in its
// story: whether it is the lede, and how much of the question it holds
// that the rest of its story does not.
func (rq *reading) storyShape(ix Index, c *candidate, source string, terms map[string]bool, txt string) {
	if rq.storySents == nil {
		rq.storySents, rq.storyLede = map[string][]map[string]bool{}, map[string]int{}
	}
	sents, ok := rq.storySents[source]
	if !ok {
		if s := StoryOf(ix, source); s != nil {
			spans := story.BodySentences(s)
			sents = make([]map[string]bool, len(spans))
			for i, sp := range spans {
				sents[i] = text.TermSet(s.Text[sp.Start:sp.End])
			}
			rq.storyLede[source] = -1
			if len(spans) > 0 {
				rq.storyLede[source] = spans[0].Start
			}
		}
		rq.storySents[source] = sents
	}
	if lede, ok := rq.storyLede[source]; ok && lede == c.sp.Start {
		c.sel[selLede] = 1
	}
	if len(sents) > 0 {
		for _, k := range rq.keys {
			own := k.share(terms)
			if own == 0 {
				continue
			}
			n := 0
			for _, st := range sents {
				if k.share(st) > 0 {
					n++
				}
			}
			c.sel[selFocus] += own * k.weight / rq.total * (1 - float64(n)/float64(len(sents)))
		}
	}
	if opensQuote(txt) {
		c.sel[selQuote] = 1
	}
	c.sel[selWords] = math.Log1p(float64(len(strings.Fields(txt))))
}

// CandidateTrace is one candidate sentence as the answerer weighed it: for
// fitting the score's weights (scripts/fitselect) and for reading why a
// sentence won.
type CandidateTrace struct {
	Text     string             `json:"text"`
	Score    float64            `json:"score"`
	Features map[string]float64 `json:"features"`
}

// Trace scores every sentence of ps as the answerer would for asked (with a
// leaning follow-up's subject), best first.
func Trace(ix Index, voc *question.Vocabulary, asked, subject string, ps []cite.Passage) []CandidateTrace {
	if inner, ok := question.Embedded(asked); ok {
		asked = inner
	}
	rq := readQuestion(ix, voc, asked, subject)
	if len(rq.keys) == 0 {
		return nil
	}
	rq.trace = true
	cands := rq.candidates(ix, ps)
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	out := make([]CandidateTrace, len(cands))
	for i, c := range cands {
		f := map[string]float64{}
		for j, v := range c.sel {
			if v != 0 {
				f[selNames[j]] = v
			}
		}
		out[i] = CandidateTrace{Text: story.Clean(c.text()), Score: c.score, Features: f}
	}
	return out
}

// SelectionFeatures names the candidate score's features, in order.
func SelectionFeatures() []string { return selNames[:] }

// SelectionWeights are the candidate score's weights, in the order of
// SelectionFeatures.
func SelectionWeights() []float64 { return append([]float64(nil), selWeights[:]...) }
