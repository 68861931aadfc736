package ground

import (
	"fmt"
	"strings"
)

// forecastTo are the words a claim forecasts with before "to" ("expected
// to rise", "likely to", "poised to"); prospectEvidence the words a
// passage's sentence looks ahead with ("will", "would", "could", "plans",
// "fears", "warned", "if", "scheduled", a chance of rain).
var (
	forecastTo       = set("expected likely poised")
	prospectEvidence = set(`will would could may might can shall should ought expect expected expects expecting
		likely unlikely poised forecast forecasts predicted predicts predict plan plans planned planning fear
		fears feared warn warns warned warning threat threaten threatens threatened risk risks possible possibly
		potential potentially if unless hope hopes hoped aim aims intend intends intended estimate estimates
		estimated project projected chance chances odds scheduled slated upcoming next`)
)

// likelihoodDegree compare a likelihood: "more likely to", "less likely to".
var likelihoodDegree = set("more less most least as equally")

// forecastRule: a claim that says what is expected to come ("the toll
// was expected to rise further", "is likely to last for weeks") where no
// cited sentence holding its words looks ahead at all: the forecast is
// the model's own. Half its words at least must be in one such sentence
// ("if the stoppage lasts" foresees no 11 days). (A claim supposing what
// a passage states is addedHedgeRule's; a passage's hedge dropped,
// modalityRule's.)
func forecastRule(claim []string, _ []sentWords, all []sentWords, _ string) string {
	for i := 0; i+2 < len(claim); i++ {
		if !forecastTo[claim[i]] || claim[i+1] != "to" || i > 0 && likelihoodDegree[claim[i-1]] {
			continue // "more likely to occur in women over 30" compares, it foresees nothing
		}
		var terms []string // what it forecasts: its clause's next words
		for j := i + 2; j < len(claim) && len(terms) < 3 && !clauseBreaks[claim[j]]; j++ {
			if t := stemOf(claim[j]); t != "" && !metaTerms[t] && !auxWords[claim[j]] && !strings.HasSuffix(claim[j], "ly") {
				// (an adverb says how, not what: "fully restored")
				terms = append(terms, t)
			}
		}
		if len(terms) == 0 {
			continue
		}
		foreseen := false
		for _, s := range all {
			if anyIn([]sentWords{s}, prospectEvidence) && 2*heldOrSynonym(s, terms) >= len(terms) {
				foreseen = true
				break
			}
		}
		if !foreseen {
			return fmt.Sprintf("modality: the claim says %q, no passage looks ahead to it", claim[i]+" to "+claim[i+2])
		}
	}
	return ""
}

// heldOrSynonym counts the terms s holds, as written or as a WordNet
// synonym.
func heldOrSynonym(s sentWords, terms []string) int {
	have := map[string]bool{}
	for _, w := range s {
		if t := stemOf(w); t != "" {
			have[t] = true
		}
	}
	n := 0
	for _, t := range terms {
		if have[t] || anySynonymIn(have, t) {
			n++
		}
	}
	return n
}
