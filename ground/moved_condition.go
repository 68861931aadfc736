package ground

import (
	"fmt"
	"regexp"
	"strings"
)

// conditionRE finds a condition in a claim: the clause before "if" and
// the condition after it, to a comma or the end ("the government could
// step in if the stoppage lasted more than a week").
var conditionRE = regexp.MustCompile(`(?i)(?:^|[,;:]\s*)([^,;:]*?)\s+\b(?:if|unless)\s+([^,;:.!?]+)`)

// MinConditionTerms is how many content words a condition needs before
// its sentence can be found by them.
const MinConditionTerms = 3

// movedConditionRule: a condition the passage attaches to another clause.
// When a cited sentence holds the claim's condition ("if the stoppage
// lasted more than a week": most of its content words, and "if"), and
// none of the content words of the clause the claim hangs it on ("the
// government could step in"), while another cited sentence holds some of
// them, the claim has moved the condition: the passage's exporters feared
// rot if the stoppage lasted, the minister said nothing of it. A
// condition no cited sentence holds is left to the word rules.
func movedConditionRule(body string, cited []int, ev []evidence) string {
	f := strings.ToLower(body)
	if !strings.Contains(f, "if ") && !strings.Contains(f, "unless ") {
		return ""
	}
	for _, m := range conditionRE.FindAllStringSubmatch(f, -1) {
		main, cond := contentTerms(m[1]), contentTerms(m[2])
		if len(cond) < MinConditionTerms || len(main) == 0 {
			continue
		}
		condFound, mainThere, mainElsewhere := false, false, false
		for _, n := range cited {
			e := &ev[n-1]
			if e.full != nil {
				e = e.full
			}
			for i := range e.sents {
				s := &e.sents[i]
				held := heldCount(cond, s.terms)
				if held*4 >= float64(len(cond))*3 && (s.words["if"] || s.words["unless"]) {
					condFound = true
					if heldCount(main, s.terms) > 0 {
						mainThere = true
					}
				} else if heldCount(main, s.terms) > 0 {
					mainElsewhere = true
				}
			}
		}
		if condFound && !mainThere && mainElsewhere {
			return fmt.Sprintf("link: the passage says %q of something else, not of %q", "if "+strings.TrimSpace(m[2]), strings.TrimSpace(m[1]))
		}
	}
	return ""
}

// contentTerms are the stemmed content words of s.
func contentTerms(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if t := stemOf(strings.Trim(w, "\"'“”‘’()[]")); t != "" && !metaTerms[t] {
			out = append(out, t)
		}
	}
	return out
}

// heldCount is how many of ts a sentence's terms hold, as written or as a
// stem synonym.
func heldCount(ts []string, terms map[string]bool) float64 {
	n := 0.0
	for _, t := range ts {
		if terms[t] || anySynonymIn(terms, t) {
			n++
		}
	}
	return n
}
