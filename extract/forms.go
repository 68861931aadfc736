package extract

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

var (
	// reasonWords mark a sentence that gives a cause.
	reasonWords = regexp.MustCompile(`(?i)\b(because|due to|owing to|as a result|result(ed|s)? (in|from)|after|following|since|so that|in order to|in response to|led to|leads to|caused|causes|prompted|triggered|sparked|set off|amid|as (he|she|they|it) (tries|tried|seeks|sought)|aim(ed|s)? (at|to)|to (tackle|stop|end|curb|fight|protect|prevent|restore|recover|encourage|help|reduce|allow|promote|increase|avoid|ensure|boost|support|improve|limit|raise|attract)|(so as|in an effort|in a bid|designed|intended|meant) to|reflects? the (desire|wish|need))\b`)
	// methodWords mark a sentence that gives a method.
	methodWords = regexp.MustCompile(`(?i)\b(using|used|use|by|with|through|via|thanks to|after|showed|shows|footage|according to|attack|attacks|explosion|blast|crash|fire|shooting|stabbing|bomb|bombing|detonations?)\b`)
)

// hasReason reports whether a sentence gives a cause ("why") or a method
// ("how"). Only such a sentence answers those questions.
func hasReason(kind, txt string) bool {
	if kind == "why" {
		return reasonWords.MatchString(txt)
	}
	return methodWords.MatchString(txt) || reasonWords.MatchString(txt)
}

// causeVerbs are the reason words that put the cause before them and the
// effect after: "The embargo caused an oil crisis".
var causeVerbs = regexp.MustCompile(`(?i)\b(led to|leads to|caused|causes|prompted|triggered|sparked|set off|result(ed|s)? in)\b`)

// reasonFor is hasReason for a "why" question about keys: a sentence whose
// only reason words are cause verbs ("caused", "led to") gives the cause of
// what follows them, so it answers "why X" only when as much of X is said
// after the verb as before it. "why did they do the oil embargo" is not answered by "The
// embargo caused an oil crisis", which says what the embargo did.
func reasonFor(kind, txt string, keys []keyTerm) bool {
	if !hasReason(kind, txt) {
		return false
	}
	if kind != "why" {
		return true
	}
	for _, m := range reasonWords.FindAllString(txt, -1) {
		if !causeVerbs.MatchString(m) {
			return true // a reason word that is no cause verb ("because", "after")
		}
	}
	loc := causeVerbs.FindStringIndex(txt)
	if loc == nil {
		return true
	}
	// Most of the question's weight that the sentence says must be said
	// after the verb: "caused an oil crisis" mentions oil, but the
	// embargo asked about is the cause.
	before, after := text.TermSet(txt[:loc[0]]), text.TermSet(txt[loc[1]:])
	var wb, wa float64
	for _, k := range keys {
		wb += k.share(before) * k.weight
		wa += k.share(after) * k.weight
	}
	return wa >= wb
}

var speechVerbs = regexp.MustCompile(`(?i)\b(said|says|saying|told|tells|stated|declared|announced|added|warned|wrote|according to)\b`)

// statementOf finds what the person a "what did X say" question names
// said: a sentence of theirs with a speech verb, or the quotation after a
// speaker line naming them ("... GUILLERMO RODRIGUEZ, SAYING:"). nil when
// the question names no one the passages quote.
func statementOf(cands []*candidate, keys []keyTerm, best *candidate) *candidate {
	var who []string
	for _, k := range keys {
		if k.proper {
			who = append(who, k.term) // "what did Rodriguez say about human rights": Rodriguez, not the Human Rights Coordinator
		}
	}
	if len(who) == 0 {
		for _, k := range keys {
			if k.weight >= 1.5 {
				who = append(who, k.term)
			}
		}
	}
	if len(who) == 0 {
		for _, k := range keys {
			who = append(who, k.term)
		}
	}
	names := func(c *candidate) int {
		n := 0
		for _, t := range who {
			if c.covered[t] > 0 {
				n++
			}
		}
		return n
	}
	var found *candidate
	bestN := 0
	for _, c := range cands {
		t := strings.TrimSpace(c.text())
		n := names(c)
		if n == 0 || n < bestN {
			continue
		}
		switch {
		case strings.HasSuffix(t, ":") && speechVerbs.MatchString(t):
			if q := next(cands, c); q != nil {
				if n > bestN || found == nil {
					found, bestN = q, n
				}
			}
		case speechVerbs.MatchString(t) && strings.ContainsAny(t, "\"“”"):
			if n > bestN || found == nil {
				found, bestN = c, n
			}
		}
	}
	return found
}

// roleNamed reports whether a sentence names the holder of a role (or
// roles: "ministers"): a name the question doesn't give within four words
// of the role ("the mayor, Agustin Intriago," or "Mayor Agustin
// Intriago"), not just anywhere, and not after the role's possessive ("the
// minister's lawyer, Carlos Urrutia").
func roleNamed(txt, role, asked string) bool {
	if i := strings.LastIndexByte(role, ' '); i > 0 && question.NamedRole("what is the "+role[i+1:]+" called") == role[i+1:] {
		// "the gang leader": its holder is named next to "leader" too
		// ("Its leader, known as El Negro").
		if roleNamed(txt, role[i+1:], asked) {
			return true
		}
	}
	ft := text.Fold(txt)
	q := text.Fold(asked)
	if aliasNamed(txt, q) {
		return true
	}
	if roleIn(ft, role) {
		return holderNamed(txt, ft, q, role)
	}
	// The sentence's word for the role: "the boss of the prisons" is its
	// "general director".
	for _, w := range text.WordSynonyms(role) {
		if roleIn(ft, w) && holderNamed(txt, ft, q, w) {
			return true
		}
	}
	return false
}

// roleIn reports the role word in the folded sentence.
func roleIn(ft, role string) bool { return len(roleAt(ft, role)) > 0 }

// roleAt finds the role word (or its plural in "s") as a whole word in
// the folded sentence, as byte spans: what `\brole s?\b` matches,
// without compiling a pattern for every role asked.
func roleAt(ft, role string) [][]int {
	var out [][]int
	for from := 0; from < len(ft); {
		i := strings.Index(ft[from:], role)
		if i < 0 {
			break
		}
		start, end := from+i, from+i+len(role)
		from = start + 1
		if start > 0 && isWordByte(ft[start-1]) || role == "" {
			continue
		}
		if end < len(ft) && ft[end] == 's' && (end+1 == len(ft) || !isWordByte(ft[end+1])) {
			end++
		}
		if end < len(ft) && isWordByte(ft[end]) {
			continue
		}
		out = append(out, []int{start, end})
	}
	return out
}

// isWordByte is a byte \b counts as part of a word (an ASCII letter,
// digit or underscore; a byte of a longer UTF-8 character is not, as in
// Go's regexp).
func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// holderNamed reports a person named next to the role word in txt (ft
// folded), not one the question (q, folded) names itself.
func holderNamed(txt, ft, q, role string) bool {
	for _, loc := range roleAt(ft, role) {
		if rest := ft[loc[1]:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
			continue // "the minister's lawyer, Carlos Urrutia": not the minister
		}
		for _, m := range question.PersonNames(txt) {
			name := text.Fold(txt[m[0]:m[1]])
			if strings.Contains(q, name) {
				continue
			}
			gap := ""
			switch {
			case m[0] >= loc[1]:
				gap = txt[loc[1]:m[0]]
			case loc[0] >= m[1]:
				gap = txt[m[1]:loc[0]]
			default:
				return true
			}
			if len(strings.Fields(gap)) <= 4 && !question.DoneBetween(gap) {
				return true
			}
		}
	}
	return false
}

// knownAs finds the alias a text gives: "known as "El Tigre"", "known as El
// Negro", "alias Fito".
var knownAs = regexp.MustCompile(`(?:known as|alias|nicknamed|dubbed)\s+["“']?([\p{L}]+(?:\s+[\p{L}]+)?)`)

// aliasNamed reports a sentence that names (two capitalised words or more,
// new to the question), right before ", known as X", the one a question
// picks out by the same alias ("the real name of the gang
// leader known as El Tigre": "Wilmer Alejandro Chila, known as "El Tigre,"").
func aliasNamed(txt, foldedQ string) bool {
	qm := knownAs.FindStringSubmatch(foldedQ)
	if qm == nil {
		return false
	}
	alias := strings.ToLower(qm[1])
	for _, m := range knownAs.FindAllStringSubmatchIndex(txt, -1) {
		if !strings.HasPrefix(strings.ToLower(txt[m[2]:m[3]]), alias) {
			continue
		}
		before := strings.Fields(strings.TrimRight(txt[:m[0]], " ,"))
		if n := len(before); n >= 2 && startsUpper(before[n-1]) && startsUpper(before[n-2]) && !strings.Contains(foldedQ, text.Fold(before[n-1])) {
			return true // "Wilmer Alejandro Chila, known as ..."
		}
	}
	return false
}
