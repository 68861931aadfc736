package ground

import "fmt"

// rateUnits are the time units a rate counts by, as the word after "a",
// "an", "per", "each" or "every" ("12,000 containers a day"), and the
// adverbs that say the same ("daily", "weekly").
var (
	rateUnits   = map[string]string{"minute": "minute", "hour": "hour", "day": "day", "night": "night", "week": "week", "month": "month", "year": "year"}
	rateAdverbs = map[string]string{"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}
	rateLeads   = set("a an per each every")
)

// spanAfter, after "a day" or "a week", make it a time, not a rate:
// "rescued a day later", "walked out a week after talks collapsed".
var spanAfter = set("later after before ago earlier since prior following on")

// unitCompounds make a unit of time before them part of a noun: "every
// night shift", "a day trip", "a week pass".
var unitCompounds = set("shift shifts trip trips pass passes job jobs worker workers rate rates care")

// rateAfter is the unit of the rate said of the number at words[i]
// (taking n words) within the six words after it, its clause unbroken: "12,000 containers a day" is
// "day", "40 hours a week" "week", "20 per cent" none. "" when none.
func rateAfter(words []string, i, n int) string {
	for j := i + n; j < len(words) && j < i+n+6; j++ {
		w := words[j]
		if clauseBreaks[w] || j > i+n && len(numbersIn(w)) > 0 {
			return ""
		}
		if u, ok := rateAdverbs[w]; ok {
			return u
		}
		if rateLeads[w] && j+1 < len(words) {
			if u, ok := rateUnits[words[j+1]]; ok {
				if j+2 < len(words) && (spanAfter[words[j+2]] || unitCompounds[words[j+2]]) {
					// "a week after talks collapsed", "a day later": a
					// time; "every night shift": a kind of shift
					return ""
				}
				return u
			}
		}
	}
	return ""
}

// rateRule: a rate keeps its unit. A claim giving its number per one
// unit of time ("12,000 containers a week") where every passage sentence
// with that number gives it per another ("about 12,000 containers a
// day") has changed the rate. A passage sentence giving the number with
// the claim's rate leaves it be; one giving it with no rate says nothing
// of a rate.
func rateRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" {
			continue
		}
		unit := rateAfter(claim, i, n)
		i += n - 1
		if unit == "" {
			continue
		}
		other := ""
		for _, s := range all {
			for k := 0; k < len(s); k++ {
				sv, sn := numberAt(s, k)
				if sv == "" {
					continue
				}
				if sv == v {
					switch u := rateAfter(s, k, sn); u {
					case unit:
						return "" // the claim's rate
					case "":
						// no rate here: another thing counted, or a total
					default:
						other = u
					}
				}
				k += sn - 1
			}
		}
		if other != "" {
			return fmt.Sprintf("number: the passage gives %s a %s, not a %s", v, other, unit)
		}
	}
	return ""
}
