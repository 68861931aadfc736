package ground

import "fmt"

// severityWords grade how badly someone or something was harmed:
// "critically injured" for "hurt". A passage holding one of them allows
// any (a paraphrase may say "badly" for "seriously"); one holding none
// does not allow the claim to add one.
var severityWords = set("serious seriously severe severely critical critically grave gravely badly heavily fatally mortally")

// harmWords are what the severity words grade.
var harmWords = set("injured injuries injury hurt wounded wounds wound damaged damage burned burnt beaten ill condition")

// degreeRule: a claim grading a harm more strongly than its passage
// ("one civilian was critically injured" where the passage says "one
// civilian was hurt") says more than the passage does. Only a severity
// word next to (within two words of) a harm word counts: "a serious
// concern" grades no harm.
func degreeRule(claim []string, _, all []sentWords, _ string) string {
	for i, w := range claim {
		if !severityWords[w] || !harmNear(claim, i) || anyIn(all, severityWords) {
			continue
		}
		return fmt.Sprintf("degree: the claim says %q, which the passage does not", w)
	}
	return ""
}

// harmNear reports a harm word within two words of claim[i].
func harmNear(claim []string, i int) bool {
	for j := max(0, i-2); j < len(claim) && j <= i+2; j++ {
		if harmWords[claim[j]] {
			return true
		}
	}
	return false
}
