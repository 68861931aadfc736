package bot

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/ground"
	"github.com/storybot-dev/storybot/text"
)

// DropRuleOpenAnswered is the Rule of a claim that says the passages
// leave a question open which the offline answerer answers from them.
const DropRuleOpenAnswered = "absence-answered"

// openAnswered removes from v each claim that says the passages leave a
// question open ("The passages don't explain how the forces got inside")
// when the offline answerer, asked that question of the same passages,
// answers it sure (at or above its threshold, not a hedge): a reader
// would be told a fact is missing that the passages give. The claim
// check's own absence rules read words; this asks the question, with the
// answerer's reading of paraphrase and of answers of the kind asked.
// It returns "" when v can still be shown, or, when what is left no
// longer answers the question, the reason for the extractive answer.
func (b *Bot) openAnswered(ans *Answer, v *ground.Verdict) string {
	units := unitsOf(v.Text, len(v.Citations))
	drop := map[int]bool{}
	var dropped []ground.DroppedClaim
	for i, u := range units {
		if why := b.openAnswer(ans.Passages, u.body); why != "" {
			drop[i] = true
			dropped = append(dropped, ground.DroppedClaim{Claim: text.Clip(u.body, 200), Reason: why, Rule: DropRuleOpenAnswered})
		}
	}
	if len(dropped) == 0 {
		return ""
	}
	return dropUnits(v, units, drop, dropped, ans.Question)
}

// openAnswer asks the passages ps each question claim says they leave
// open (ground.OpenQuestions) and returns why the claim is wrong, the
// first one the offline answerer answers sure, or "".
//
// A failure of the answerer (a panic) counts as no answer: this test only
// ever removes a claim, and never holds back one the check accepted.
func (b *Bot) openAnswer(ps []Passage, claim string) (why string) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Warn("asking an absence claim's question failed", "err", fmt.Sprint(r))
			why = ""
		}
	}()
	qs := ground.OpenQuestions(claim)
	if len(qs) == 0 || len(ps) == 0 || ground.NamesPassage(claim) {
		// (a claim about one passage is the check's own to scope: a
		// stream knows no citation to ask that one alone)
		return ""
	}
	ix := b.Index()
	voc := b.reader.Vocabulary(ix)
	x := extract.Answerer{Threshold: b.opts.Threshold, Floor: b.opts.Floor}
	for _, q := range qs {
		if text.LooksSpanish(q) {
			// "cuándo empezaron los enfrentamientos?": read as a
			// question in Spanish is; where the dictionary is missing,
			// not asked (and the note saying so is left for the user's
			// own question)
			if _, err := text.LoadSpanish(); err != nil {
				continue
			}
			q, _ = b.readSpanish(ix, q, voc)
		}
		ea := &extract.Answer{Passages: extract.Rank(ix, voc, q, "", ps)}
		x.Answer(ix, voc, q, "", ea)
		if a := ea.Answerability; !ea.Abstained && a != nil && a.Score >= a.Threshold && namesHeld(q, a.Candidate) {
			return fmt.Sprintf("absence: the passages answer %q: %q", text.Clip(q, 80), text.Clip(a.Candidate, 120))
		}
	}
	return ""
}

// namesHeld reports every name of question q (a capitalised word after
// its first) in the answer's sentence: "how long the state of emergency
// in Manabi will last" is not answered by the prisons' "60-day state of
// emergency".
func namesHeld(q, answer string) bool {
	a := strings.ToLower(answer)
	for i, f := range strings.Fields(q) {
		w := strings.Trim(f, "?!.,;:'\"()“”‘’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i == 0 || w == "" || !text.StartsUpper(w) {
			continue
		}
		if !strings.Contains(a, strings.ToLower(w)) {
			return false
		}
	}
	return true
}
