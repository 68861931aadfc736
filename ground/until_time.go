package ground

import "fmt"

// timesOfDay are the words of a time of day "until" may end a span at.
var timesOfDay = set("midnight noon morning evening night dawn dusk afternoon daybreak sunrise sunset")

// untilTimeRule: the end of a span moved. "The extra buses will run until
// morning" where the passage has "extra buses would run until midnight":
// the claim's "until" names another time of day than every "until" of
// the cited sentences. A passage that says "until" the claim's time too,
// or gives no time of day after its "until", lets it pass.
func untilTimeRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		if claim[i] != "until" && claim[i] != "till" || !timesOfDay[claim[i+1]] {
			continue
		}
		other := ""
		for _, s := range all {
			for j := 0; j+1 < len(s); j++ {
				if s[j] != "until" && s[j] != "till" {
					continue
				}
				switch {
				case s[j+1] == claim[i+1]:
					return ""
				case timesOfDay[s[j+1]]:
					other = s[j+1]
				}
			}
		}
		if other != "" {
			return fmt.Sprintf("time: the claim says until %s where the passage says until %s", claim[i+1], other)
		}
	}
	return ""
}
