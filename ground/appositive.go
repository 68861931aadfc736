package ground

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// A title set beside a name ("Chile's labour minister, Ricardo Solis,
// said ...", "Marta Vergara, a spokeswoman for the port operator, said
// ...") says who the person is as plainly as "X is the minister": each
// of its words is the passage's for that person, not a word of another
// person's or body's title ("labour" for "transport", "port operator"
// for "union").
var (
	// nameThenTitleRE: "Vergara, a spokeswoman for the port operator,".
	nameThenTitleRE = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+),\s+(?:the|a|an|\p{Lu}[\p{L}-]+[’']s)\s+([\p{Ll}][^,;:.()—–\[]{1,60}?)\s*[,;:.()—–\[]`)
	// titleThenNameRE: "Chile's labour minister, Ricardo Solis,".
	// Its commas may be left out: "Chile's labour minister Ricardo Solis
	// said".
	titleThenNameRE = regexp.MustCompile(`(?:\b[Tt]he\s+|\p{Lu}[\p{L}-]+[’']s\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),?\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)(?:\s*[,;.\[]|\s+\p{Ll})`)
)

// roleNouns name a post or a job: a description beside a name holding
// none is no title ("the first season", "a sitcom") and is left alone.
var roleNouns = set(`minister president director spokesman spokeswoman spokesperson commander chief head
	secretary governor mayor officer chairman chairwoman chair manager executive founder prosecutor judge
	lawyer attorney senator lawmaker deputy ambassador general colonel captain coach superintendent
	warden inspector commissioner administrator adviser advisor aide envoy leader official economist
	analyst researcher professor editor reporter correspondent`)

// plainRoles are titles loose enough to fit anyone holding a post: a
// paraphrase may call a director "a prison official".
var plainRoles = set("official officials leader head chief figure person man woman")

// unsaidTitle returns the words of a title a claim sets beside a name
// that no cited sentence naming that person (or the next, as NameReach)
// holds as written, as a stem synonym or through its lemma, taking the
// sentence that holds the most of them. "" when there is none, or the
// passages don't name the person (the name rule's), or every word holds.
func unsaidTitle(rest string, cited []int, ev []evidence) string {
	if !slices.ContainsFunc(text.Words(rest), func(w string) bool { return roleNouns[w] }) {
		return "" // no post named: no title to check (and no regexp to run)
	}
	for _, m := range nameThenTitleRE.FindAllStringSubmatch(rest, -1) {
		if f := strings.Fields(m[1]); text.IsTimeWord(f[len(f)-1]) {
			continue // "On Tuesday, Ecuador's attorney general raised ...": a time, then the claim
		}
		if miss := titleMissing(m[1], m[2], cited, ev); miss != "" {
			return miss
		}
	}
	for _, m := range titleThenNameRE.FindAllStringSubmatch(rest, -1) {
		if miss := titleMissing(m[2], m[1], cited, ev); miss != "" {
			return miss
		}
	}
	if strings.Contains(rest, " is ") || strings.Contains(rest, " was ") {
		for _, m := range identityRE.FindAllStringSubmatch(rest, -1) {
			if miss := titleMissing(m[1], m[2], cited, ev); miss != "" {
				return miss
			}
		}
	}
	return ""
}

func titleMissing(name, desc string, cited []int, ev []evidence) string {
	nw := text.Words(name)
	if len(nw) == 0 {
		return ""
	}
	last := nw[len(nw)-1]
	desc, content := descriptionContent(desc, plainRoles)
	if len(content) == 0 || !slices.ContainsFunc(text.Words(desc), func(w string) bool { return roleNouns[w] }) {
		return ""
	}
	seen := false
	var best []string
	for _, n := range cited {
		e := &ev[n-1]
		for i := range e.sents {
			if !e.sents[i].words[last] {
				continue
			}
			var miss []string
			for _, w := range content {
				if !e.heldNear(i, NameReach, w) {
					miss = append(miss, w)
				}
			}
			if !seen || len(miss) < len(best) {
				best = miss
			}
			seen = true
		}
	}
	return strings.Join(best, " ")
}
