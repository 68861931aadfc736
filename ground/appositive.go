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

// isRoleNoun reports a noun for a person by post or trade: one of
// roleNouns, or a noun WordNet files under noun.person ("banker",
// "warden").
func isRoleNoun(w string) bool { return roleNouns[w] || text.IsPersonNoun(w) }

// plainRoles are titles loose enough to fit anyone holding a post: a
// paraphrase may call a director "a prison official".
var plainRoles = set("official officials leader head chief figure person man woman")

// unsaidTitle returns the words of a title a claim sets beside a name
// that no cited sentence naming that person (or the next, as NameReach)
// holds as written, as a stem synonym or through its lemma, taking the
// sentence that holds the most of them. "" when there is none, or the
// passages don't name the person (the name rule's), or every word holds.
func unsaidTitle(rest string, cited []int, ev []evidence) string {
	if !slices.ContainsFunc(text.Words(rest), isRoleNoun) {
		return "" // no post named: no title to check (and no regexp to run)
	}
	for _, m := range nameThenTitleRE.FindAllStringSubmatch(rest, -1) {
		if miss := titleMissing(m[1], m[2], true, cited, ev); miss != "" {
			return miss
		}
	}
	for _, m := range titleThenNameRE.FindAllStringSubmatch(rest, -1) {
		if tw := strings.Fields(m[1]); linkPreps[tw[len(tw)-1]] {
			continue // "the father of James Murdoch" is not James Murdoch
		}
		if miss := titleMissing(m[2], m[1], true, cited, ev); miss != "" {
			return miss
		}
	}
	if strings.Contains(rest, " is ") || strings.Contains(rest, " was ") {
		for _, m := range identityRE.FindAllStringSubmatch(rest, -1) {
			if miss := titleMissing(m[1], m[2], false, cited, ev); miss != "" {
				return miss
			}
		}
	}
	return ""
}

// linkPreps end a description that is of someone else: "the father of
// James Murdoch", "the lawyer for Maria Lopez".
var linkPreps = set("of for to with")

// titleMissing is unsaidTitle's test of one name and its description. A
// description set beside a name (apposed) may be any noun for a person
// ("Lasso, a former banker,"); one the claim states with "is" ("Brooks is
// an American entertainer", of "actor and comedian") must name a post:
// what a person is, said outright, is paraphrased too freely.
func titleMissing(name, desc string, apposed bool, cited []int, ev []evidence) string {
	nw := text.Words(name)
	if len(nw) == 0 {
		return ""
	}
	last := nw[len(nw)-1]
	desc, content := descriptionContent(desc, plainRoles)
	dw := text.Words(desc)
	isRole := func(w string) bool { return roleNouns[w] || apposed && text.IsPersonNoun(w) }
	if len(content) == 0 || !slices.ContainsFunc(dw, isRole) {
		return ""
	}
	if !slices.ContainsFunc(dw, func(w string) bool { return roleNouns[w] }) {
		// A description that names no post, only what the person is ("a
		// former banker", "a father of two"), is loosely paraphrased
		// ("retired", "active"): only its nouns for people are checked.
		content = slices.DeleteFunc(content, func(w string) bool { return !text.IsPersonNoun(w) })
		if len(content) == 0 {
			return ""
		}
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
