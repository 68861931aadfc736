package ground

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// identityRE finds a claim saying who a named person is: "Guillermo
// Rodriguez is Ecuador's justice minister", "Vergara is the union's
// president"; identityBackRE the same the other way round: "The mayor of
// Manta was Guillermo Rodriguez." The description is a noun phrase (after
// a determiner or a possessive), to the end of its clause.
var (
	identityRE     = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+(?:is|was)\s+(?:the|a|an|\p{Lu}[\p{L}-]+[’']s)\s+([^,;:.()—–\[]{2,80})`)
	identityBackRE = regexp.MustCompile(`^\s*(?:The|the)\s+([^,;:.()—–\[]{2,60}?)\s+(?:is|was)\s+((?:\p{Lu}[\p{L}'’-]+\s*){2,3})\s*(?:[,.;\[]|$)`)
	// descriptionEnd cuts a description where its clause goes on: "head
	// of the SNAI and runs ...", "director who declared ...".
	descriptionEnd = regexp.MustCompile(`\s+(?:and|who|which|that|whose|where|when|while|but|after|before|since|because)\s`)
)

// unsaidIdentity returns the words of a description a claim gives a named
// person of which no cited sentence naming that person (or the next one,
// which may go on about "he") holds a word (names aside; as written, a stem
// synonym or the same WordNet lemma). Put the other way round ("The mayor
// was X"), only the sentence naming the person counts: the next one
// going on about the mayor tells of the mayor, not of X. "Guillermo Rodriguez is the justice minister" where his
// sentence calls him the prison authority's general director; "The mayor
// of Manta was Guillermo Rodriguez" where the mayor's sentence names no
// one. A name no cited sentence holds is the name rule's. "" when there
// is none or it holds. So for a description set beside a name
// (appositiveRE): "the capital of Ecuador" of "Guayaquil".
func unsaidIdentity(rest string, cited []int, ev []evidence) string {
	check := func(name, desc string, reach int) string {
		nw := text.Words(name)
		if len(nw) == 0 {
			return ""
		}
		last := nw[len(nw)-1]
		_, content := descriptionContent(desc, nil)
		if len(content) == 0 {
			return ""
		}
		seen, best := false, -1.0
		var missing []string
		for _, n := range cited {
			e := &ev[n-1]
			for i := range e.sents {
				if !e.sents[i].words[last] {
					continue
				}
				seen = true
				have := 0.0
				var miss []string
				for _, w := range content {
					if e.heldNear(i, reach, w) {
						have++
					} else {
						miss = append(miss, w)
					}
				}
				if have > best {
					best, missing = have, miss
				}
			}
		}
		if seen && best == 0 {
			return strings.Join(missing, " ")
		}
		return ""
	}
	if !strings.Contains(rest, " is ") && !strings.Contains(rest, " was ") {
		return "" // a description set apart otherwise is apposedRule's
	}
	for _, m := range identityRE.FindAllStringSubmatch(rest, -1) {
		if miss := check(m[1], m[2], NameReach); miss != "" {
			return miss
		}
	}
	if m := identityBackRE.FindStringSubmatch(rest); m != nil {
		return check(m[2], m[1], 0)
	}
	for _, m := range appositiveRE.FindAllStringSubmatchIndex(rest, -1) {
		name, desc := rest[m[2]:m[3]], rest[m[4]:m[5]]
		if clauseInside(desc) || ofName(rest[:m[2]]) || !nameWrittenAsOne(name, cited, ev) || len(text.Weekdays(strings.ToLower(name)))+len(text.Months(strings.ToLower(name))) > 0 || len(text.Words(name)) > 1 && identityRE.MatchString(rest[m[2]:]) {
			continue
		}
		if miss := check(name, desc, NameReach); miss != "" {
			return miss
		}
	}
	return ""
}

// appositiveRE finds a description set beside a name, after a comma or
// "is": "Guayaquil, the capital of Ecuador", "Guayaquil is Ecuador's
// largest city". The description is a noun phrase to the end of its
// clause.
var appositiveRE = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+|\s+(?:is|was)\s+)((?:the|a|an|\p{Lu}[\p{L}-]+[’']s)\s+[^,;:.()—–\[]{2,60}?)\s*(?:[,.;\[]|$)`)

// clauseInside reports a description holding a clause of its own ("a
// position he held since 2010"): it describes the thing before, not the
// name.
func clauseInside(desc string) bool {
	ws := text.Words(desc)
	if slices.ContainsFunc(ws, func(w string) bool { return subjectPronouns[w] }) {
		return true
	}
	// a participle after the description's noun ("a post held since
	// 2010", "a position created in 2019"): a reduced clause, which
	// describes the thing the description names
	for i := 2; i < len(ws); i++ {
		if w := ws[i]; text.Lemma(w) != w && (strings.HasSuffix(w, "ed") || irregularParticiples[w]) {
			return true
		}
	}
	return false
}

var irregularParticiples = set("held made built known given taken born chosen led won run set kept")

// ofName reports a name after "of" ("the mayor of Manta, a former
// engineer"): a description after it may describe the noun it belongs
// to.
func ofName(before string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && strings.EqualFold(f[len(f)-1], "of")
}

// nameWrittenAsOne reports a name a cited passage writes as one: with its
// capital inside a sentence, not only at a sentence's start ("Turnout").
// A pronoun is none.
func nameWrittenAsOne(name string, cited []int, ev []evidence) bool {
	if stemOf(strings.ToLower(name)) == "" {
		return false
	}
	if len(strings.Fields(name)) > 1 {
		return true
	}
	return slices.ContainsFunc(cited, func(n int) bool { return capitalisedInside(ev[n-1].raw, name) })
}

// descriptionContent cuts a description where its clause goes on
// (descriptionEnd) and lists its content words: lowercase words, not
// names, meta terms or numbers, nor any word skip holds.
func descriptionContent(desc string, skip map[string]bool) (string, []string) {
	if m := descriptionEnd.FindStringIndex(desc); m != nil {
		desc = desc[:m[0]]
	}
	var content []string
	for _, tok := range strings.Fields(desc) {
		tok = strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if r, _ := utf8.DecodeRuneInString(tok); tok == "" || unicode.IsUpper(r) {
			continue
		}
		for _, w := range text.Words(tok) {
			if t := stemOf(w); t != "" && !metaTerms[t] && !skip[w] && !text.IsNumeral(t) && !text.IsNumberTerm(t) {
				content = append(content, w)
			}
		}
	}
	return desc, content
}

// heldNear reports the word w (its stem, a synonym or its lemma) in
// sentence i of e or in the reach sentences after it.
func (e *evidence) heldNear(i, reach int, w string) bool {
	t := stemOf(w)
	for j := i; j <= i+reach && j < len(e.sents); j++ {
		if s := &e.sents[j]; s.terms[t] || anySynonymIn(s.terms, t) || lemmaInSentence(s, w) || impliedInSentence(s, w) {
			return true
		}
	}
	return false
}
