package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// countedNounRule: a count takes its number and its noun from one place.
// When the claim counts a plural noun of the question ("How many
// cellblocks ...?": "15 cellblocks", "about 12,000 ships", "14 extra
// buses") and every cited sentence giving that number counts another noun
// with it ("15 prison guards", "about 12,000 containers", "14 inmates"),
// the number was read off the wrong line, whether or not a sentence names
// the claim's noun uncounted ("extra buses would run"). Only a noun right
// after the number is read as counted, in the claim and in the passage
// ("15 were killed" counts nothing; in "15 prison guards", the last of
// the two words), and never a unit of time or a magnitude.
func countedNounRule(claim []string, _, all []sentWords, asked string) string {
	qt := text.TermSet(asked)
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" || isYear(v) || i+n >= len(claim) {
			continue
		}
		at := i + n
		if magnitudes[v] {
			// "hundreds of guards", "thousands of rioting inmates": a
			// magnitude counts the group after "of" (and a word before it)
			switch {
			case at+1 >= len(claim) || claim[at] != "of":
				continue
			case groupNouns[claim[at+1]]:
				at++
			case at+2 < len(claim) && stemOf(claim[at+1]) != "" && groupNouns[claim[at+2]]:
				at += 2
			default:
				continue
			}
		}
		// one of a group is counted in the singular: "one civilian", "one
		// police officer"
		one := v == "1" && !magnitudes[claim[at]]
		if one && !groupNoun(claim[at]) && at+1 < len(claim) && groupNoun(claim[at+1]) && stemOf(claim[at]) != "" {
			at++
		} else if !pluralNoun(claim[at]) && at+1 < len(claim) && pluralNoun(claim[at+1]) && (stemOf(claim[at]) != "" || countModifiers[claim[at]]) && !magnitudes[claim[at]] {
			at++ // "14 extra buses", "14 more buses", "15 prison guards": the last of the two words
		}
		noun := stemOf(claim[at])
		// a group of people ("14 guards") is counted as the question's noun
		// is: a figure moved to another group is the other group's
		group := groupNouns[claim[at]] || one && groupNoun(claim[at])
		if noun == "" || !qt[noun] && !group || !pluralNoun(claim[at]) && !(one && group) || text.IsNumeral(noun) || text.IsNumberTerm(noun) || timeUnits[strings.TrimSuffix(claim[at], "s")] {
			i += n - 1
			continue
		}
		held, said, other := false, false, ""
		for _, s := range all {
			for j := 0; j < len(s); j++ {
				if t := stemOf(s[j]); t == noun || group && t != "" && anySynonymIn(map[string]bool{t: true}, noun) {
					held = true
				}
				sv, sn := numberAt(s, j)
				if sv != v {
					continue
				}
				said = true
				// the counted noun: the last of the content words right
				// after the number ("guards" of "15 prison guards")
				head, same := "", false
				from := j + sn
				if magnitudes[sv] && from+1 < len(s) && s[from] == "of" {
					from++
				}
				reach := 2
				if magnitudes[sv] {
					reach = 3 // "thousands of heavily armed soldiers"
				}
				for k := from; k < len(s) && k < from+reach && stemOf(s[k]) != ""; k++ {
					head = s[k]
					same = same || stemOf(s[k]) == noun
				}
				switch {
				case head == "" || same || anySynonymIn(map[string]bool{stemOf(head): true}, noun) || group && !qt[noun] && !groupNoun(head):
					// counts nothing, the claim's noun in other words, or
					// (for a group the question doesn't ask about) no group
					other = "-"
				case other == "":
					other = head
				}
			}
		}
		if said && other != "" && other != "-" && !(one && (indefiniteIn(claim[at], all) || generalRoles[claim[at]] || namedAsPair(claim[at], all))) {
			// (one of a group the passage names with "a" or as its two
			// words is said there: "a guard was stabbed", "one police
			// officer" for "one policeman"; "one lawmaker" may be the
			// passage's one senator; a group it only names elsewhere is
			// not: "one police officer was shot" of "one soldier was
			// shot")
			return fmt.Sprintf("number %q is said of %q in the passage, not of %q", v, other, claim[at])
		}
		if said && !held && group && !(one && namedAsPair(claim[at], all)) {
			// a group no cited sentence names at all, given a number the
			// passage gives a toll or nothing: "31 inmates died" of "raised
			// the death toll from the violence from 18 to 31"
			return fmt.Sprintf("number %q is said in the passage of no %s", v, claim[at])
		}
		i += n - 1
	}
	return ""
}

// countModifiers are small words between a count and its noun: "14 more
// buses", "2 other staffers".
var countModifiers = set("more other additional further")

// indefiniteIn reports noun w after "a" or "an" (a word between allowed)
// in a sentence: "a guard was stabbed" counts one guard.
func indefiniteIn(w string, all []sentWords) bool {
	for _, s := range all {
		for j, x := range s {
			if x == w && (j > 0 && (s[j-1] == "a" || s[j-1] == "an") || j > 1 && (s[j-2] == "a" || s[j-2] == "an")) {
				return true
			}
		}
	}
	return false
}

// generalRoles are singular nouns of groups that hold others: "one
// lawmaker" may be the passage's one senator.
var generalRoles = set("lawmaker legislator official member person")

// namedAsPair reports w a word WordNet gives two adjacent words of a
// sentence ("policeman" of "police officer").
func namedAsPair(w string, all []sentWords) bool {
	for _, s := range all {
		for j := 0; j+1 < len(s); j++ {
			// counted as one ("one police officer", "a police officer"),
			// and not holding w itself ("police officers and soldiers")
			if j > 0 && (s[j-1] == "one" || s[j-1] == "a" || s[j-1] == "an") && s[j] != w && s[j+1] != w && slices.Contains(text.CompoundSynonyms(s[j], s[j+1]), w) {
				return true
			}
		}
	}
	return false
}

// groupNoun reports a noun of groupNouns, plural or singular ("civilian").
func groupNoun(w string) bool {
	return groupNouns[w] || groupNouns[w+"s"] || w == "policeman" || w == "child"
}

// groupNouns are plural nouns naming a group of people by what they are
// or do: a count of one is no count of another ("14 inmates" is not "14
// guards"). General nouns ("people", "victims", "members") are not
// among them: they may stand for any of these.
var groupNouns = set(`inmates prisoners detainees guards officers soldiers troops policemen
	workers dockworkers staffers employees civilians residents protesters demonstrators students teachers
	doctors nurses patients children adults passengers pilots miners farmers journalists
	relatives families voters delegates lawmakers senators deputies judges prosecutors gangsters`)
