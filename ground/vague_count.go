package ground

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/storybot-dev/storybot/text"
)

// vagueMins are the least count each vague quantity says: "several
// civilians" are three at least. (A magnitude, "dozens", "thousands", is
// a number the number rules read.)
var vagueMins = map[string]float64{"several": 3, "many": 3, "numerous": 3, "multiple": 2, "various": 2}

// vagueCountRule: a vague quantity the passage's own count of the thing
// gainsays. "Several civilians were injured" where the passage counts
// "one civilian" makes one into many; the passage must give the claim's
// noun no count at or above the
// quantity's least ("several" of "three guards" or "15 guards" passes),
// and at least one count below it. A thing the passage never counts, or
// counts vaguely itself ("several were hurt"), a span of time ("many
// years", "several times") and "how many" are the other rules' business.
func vagueCountRule(claim []string, _, all []sentWords, _ string) string {
	if !slices.ContainsFunc(claim, func(w string) bool { _, ok := vagueMins[w]; return ok }) {
		return "" // the common case, before reading any number
	}
	var src []numNoun
	for _, s := range all {
		src = append(src, numberNouns(s)...)
	}
	for i, w := range claim {
		least, ok := vagueMins[w]
		if !ok || i+1 >= len(claim) || i > 0 && noCount(claim[:i], w) {
			continue // "how many guards", "so many years": no count
		}
		j := i + 1
		noun := stemOf(claim[j])
		if noun == "" || timeUnits[text.Lemma(claim[j])] || claim[j] == "times" || vaguelyCounted(noun, all) {
			continue // "many years", "several times"; or the passage's own "several guards"
		}
		below := ""
		for _, s := range src {
			if !sharesNoun([]string{noun}, s.nouns) {
				continue
			}
			v, err := strconv.ParseFloat(s.val, 64)
			if err != nil {
				continue // a magnitude word: "thousands of soldiers" are many
			}
			if v >= least {
				below = ""
				break
			}
			if below == "" {
				below = s.val
			}
		}
		if below != "" {
			return fmt.Sprintf("quantifier: the claim says %q %s, the passage counts %s", w, claim[j], below)
		}
	}
	return ""
}

// notVague are the words before "many" that make no count of it: "how
// many", "so many", "too many", "as many", "not many".
var notVague = set("how so too as not that")

// noCount reports the vague quantity w made no count by the words before
// it: "how many", "not that many". A "that" that joins what was said
// ("said that several civilians were hurt", "said that many were hurt")
// counts, unless what was said is denied ("dismissed rumours that
// several had escaped").
func noCount(before []string, w string) bool {
	last := before[len(before)-1]
	if !notVague[last] {
		return false
	}
	if last != "that" {
		return true
	}
	if len(before) >= 2 && before[len(before)-2] == "not" {
		return true // "not that many"
	}
	for k := len(before) - 2; k >= 0 && k >= len(before)-4; k-- {
		if deniedReport[before[k]] {
			return true
		}
	}
	return w == "many" && !reportedBefore(before)
}

// deniedReport are the words before a "that" clause that deny what it
// says: "dismissed rumours that", "denied reports that".
var deniedReport = set("denied denies deny dismissed dismisses rejected rejects refuted refutes rumours rumors rumour rumor unfounded false")

// reportedBefore reports a verb of saying among the five words before a
// "that" ("said on social media that many ..."): the clause is what was
// said, and its "many" counts.
func reportedBefore(before []string) bool {
	for k := len(before) - 2; k >= 0 && k >= len(before)-6; k-- {
		if text.IsSpeechVerb(before[k]) {
			return true
		}
	}
	return false
}

// vaguelyCounted reports a sentence holding the noun (a stem) and a vague
// quantity of it ("several families", "one guard was killed and several
// were hurt"): the passage speaks of it that way too. A vague quantity of
// another thing ("many witnesses said") is none.
func vaguelyCounted(noun string, all []sentWords) bool {
	for _, s := range all {
		vague, has := false, false
		for k, w := range s {
			if _, ok := vagueMins[w]; ok && !(k > 0 && noCount(s[:k], w)) && k+1 < len(s) {
				// "several families", "several prison guards", or
				// standing for the noun before a verb ("several were
				// hurt"); not "many witnesses", "several days"
				next := s[k+1]
				vague = vague || auxWords[next] || stemOf(next) == noun || k+2 < len(s) && stemOf(s[k+2]) == noun
			}
			has = has || stemOf(w) == noun
		}
		if vague && has {
			return true
		}
	}
	return false
}
