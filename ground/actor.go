package ground

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// The who-did-what rule reads a claim's actor: the name that opens a
// clause ("Lasso raised ...", "However, Morton secured ...", "His son,
// Chris Eubank Jr., is ..."), skipping an apposition set off by commas or
// brackets, and its deed, the first content word after it (past auxiliary
// verbs). The deed must be said in a sentence of a cited passage naming
// the actor, the one before it, or the ones after it that go on about
// "he", "she", "they" or "it". A name only mentioned ("a match between
// Morton and Alloa") is no actor: the name rule checks it is there.

// auxWords stand between an actor and its deed.
var auxWords = set("is was are were be been being has have had will would can could may might must shall should also still then later not never just only already does did do")

// aspectVerbs say how a deed goes (begins, goes on, is tried), not which:
// the verb after them is the deed. ("Stop" is none: it undoes the deed.)
var aspectVerbs = set("keep continue start begin try attempt seek")

// aspectOf returns the aspect verb a claim puts right before its deed
// ("tried" of "tried to contain", "keeps" of "keeps declaring"), or "".
func aspectOf(body, deed string) string {
	ws := text.Words(body)
	for i, w := range ws {
		if w != deed {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if aspectVerbs[text.Lemma(ws[k])] {
				return ws[k]
			}
		}
		return ""
	}
	return ""
}

// reportVerbs report what the actor said, not a deed of its own.
var reportVerbs = set("announce reveal confirm report say state claim note explain describe tell mention add disclose insist argue suggest")

// relativeTime are words of time a relative clause may put before its
// verb: "who hours earlier raised the toll".
var relativeTime = set("hours days weeks months years minutes moments ago earlier later recently previously")

var (
	copulas  = set("is was are were")
	articles = set("a an the one")
)

// possessives are "have" as a main verb before an article ("has the
// unique ability"); descAdverbs may stand between a copula and what it
// describes ("is not the same person", "is also a ...").
var (
	possessives = set("has have had")
	descAdverbs = set("not also still now never no longer")
)

// clauseOpeners may stand just before an actor.
var clauseOpeners = set("and but while whereas then however meanwhile later also")

// pronounOpeners carry a sentence's actor into the next one.
var pronounOpeners = set("he she they it his her their its")

// framingParticiples, between a copula and "as", say what a name is
// called or taken for: "is identified as", "was described as".
var framingParticiples = set("identified described named listed termed referred known characterised characterized labelled labeled titled")

// titleStart is where a title of up to three lower-case words ending on a
// noun for a post opens before toks[k], with its article: 0 for "The
// prison director Guillermo Rodriguez"; else k.
func titleStart(toks []string, k int, core func(string) string) int {
	if k == 0 || !roleNouns[strings.ToLower(core(toks[k-1]))] {
		return k
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		t := toks[m]
		if strings.ContainsAny(t, ",:;") {
			return k
		}
		if c := strings.ToLower(core(t)); c == "the" || c == "a" || c == "an" {
			return m
		}
		if c := core(t); c == "" || c != strings.ToLower(c) && m > 0 || verbLike(strings.ToLower(c)) {
			return k // "Police arrested gang leader X": a clause, not a title
		}
		if m == 0 {
			return 0 // "Prison director Guillermo Rodriguez"
		}
	}
	return k
}

// titledAfter is where a name opens after the capitalised words at toks[i]
// and a title of up to three lower-case words ending on a noun for a post
// ("SNAI general director Guillermo Rodriguez": Guillermo), or i when
// none does.
func titledAfter(toks []string, i int, core func(string) string, upper, isName func(string) bool) int {
	j := i
	for j < len(toks) && upper(core(toks[j])) && !strings.ContainsAny(toks[j], ",:;()") {
		j++
	}
	if j == i || j >= len(toks) {
		return i
	}
	for m := j; m < len(toks) && m <= j+3; m++ {
		c := core(toks[m])
		if upper(c) {
			if m > j && roleNouns[strings.ToLower(core(toks[m-1]))] && isName(c) {
				return m
			}
			return i
		}
		if c == "" || strings.ContainsAny(toks[m], ",:;()") || verbLike(strings.ToLower(c)) {
			return i
		}
	}
	return i
}

// putItWays follow "put it" when it means said it: "put it this way",
// "put it bluntly"; not "put it under military control".
var putItWays = set("this like that bluntly simply plainly best another so")

// speakingDeeds are deeds done by speaking, beside reportVerbs: what a
// titled speaker "praised" or "condemned" is his words, the words' and
// quote rules' to check; "signed" or "declared" is no speaking.
var speakingDeeds = set("praise call hail criticise criticize condemn welcome thank urge warn vow promise deny defend blame stress emphasize emphasise acknowledge admit concede assert affirm")

// frontedTime reports words opening a claim that only set its time, so
// that the name after them opens its clause: "On Tuesday Rodriguez
// raised", "In July 2023 Lasso declared", "Late on Monday police".
func frontedTime(toks []string, core func(string) string) bool {
	if len(toks) < 2 || !timeLeads[strings.ToLower(core(toks[0]))] {
		return false
	}
	for _, t := range toks[1:] {
		c := core(t)
		if !text.IsTimeWord(c) && text.Numbers(c) == nil && !timeLeads[strings.ToLower(c)] {
			return false
		}
	}
	return true
}

// withoutFrontedTime is body without the time it opens with, when a
// capitalised word, "he" or "she" follows it: "On Tuesday Rodriguez
// raised the toll" is read "Rodriguez raised the toll".
func withoutFrontedTime(body string) string {
	toks := strings.Fields(body)
	for k := 2; k < len(toks) && k <= 5; k++ {
		if c := wordCore(toks[k]); c != "" && (unicode.IsUpper([]rune(c)[0]) || c == "he" || c == "she") && !text.IsTimeWord(c) && frontedTime(toks[:k], wordCore) {
			return strings.Join(toks[k:], " ")
		}
	}
	return body
}

// wordCore is token t without the punctuation around it.
func wordCore(t string) string {
	return strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// nameCore is wordCore without a possessive "'s": "Lasso's" is "Lasso".
func nameCore(t string) string {
	return strings.TrimSuffix(strings.TrimSuffix(wordCore(t), "’s"), "'s")
}

// timeLeads open a fronted time: "on", "in", "by", "late", "early".
var timeLeads = set("on in by late early last this")

// verbLike reports a word a title holds none of: a past or -ing form, or
// a verb of saying ("Police arrested gang leader X", "Officials said
// director X").
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || text.Lemma(w) != w && text.PastParticiple(w) || reportVerbs[text.Lemma(w)]
}

// actorDeed returns the claim's actor (its name words) and its deed (a
// folded word), or "" when the claim opens no clause with a name.
func actorDeed(body string, isName func(string) bool) (actor []string, deed string) {
	toks := strings.Fields(body)
	core := nameCore
	upper := func(c string) bool {
		r, _ := utf8.DecodeRuneInString(c)
		return c != "" && unicode.IsUpper(r)
	}
	i, titled := -1, false
	for k, t := range toks {
		c := core(t)
		if !isName(c) {
			continue
		}
		// Titles and first names before it belong to it: "President
		// Lasso"; a day or a month does not ("On Tuesday Rodriguez").
		for k > 0 && upper(core(toks[k-1])) && !strings.ContainsAny(toks[k-1], ",:;") && !text.IsTimeWord(core(toks[k-1])) {
			k--
		}
		// So does a title in lower case: "The prison director Guillermo
		// Rodriguez raised ...".
		if t := titleStart(toks, k, core); t < k && (t == 0 || strings.HasSuffix(toks[t-1], ",") || clauseOpeners[strings.ToLower(core(toks[t-1]))]) {
			i, titled = k, true
			break
		}
		for k < len(toks) && stemOf(strings.ToLower(core(toks[k]))) == "" {
			k++ // "The", "A": no name word
		}
		if k == 0 || strings.HasSuffix(toks[k-1], ",") || strings.HasSuffix(toks[k-1], ":") || clauseOpeners[strings.ToLower(core(toks[k-1]))] {
			i = k
		}
		break
	}
	if i < 0 {
		return nil, ""
	}
	if m := titledAfter(toks, i, core, upper, isName); m > i {
		// "SNAI general director Guillermo Rodriguez raised ...": the
		// name before a title in lower case is the title's; the one
		// after it is the actor
		i, titled = m, true
	}
	if i >= len(toks) || !isName(core(toks[i])) && stemOf(strings.ToLower(core(toks[i]))) == "" {
		return nil, ""
	}
	j := i
	for ; j < len(toks); j++ {
		c := core(toks[j])
		if !upper(c) && !commonAbbrev[c] {
			break
		}
		actor = append(actor, c)
		if strings.ContainsAny(toks[j], ",(:;") && j > i || strings.HasSuffix(toks[j], ",") {
			j++
			break
		}
	}
	if j > i && strings.HasSuffix(toks[j-1], ":") {
		// a label: "Guayaquil: forces used controlled detonations" says
		// where, the line after it is no deed of the name's
		return nil, ""
	}
	relative := false
	if j > 0 && j < len(toks) && strings.HasSuffix(toks[j-1], ",") && strings.ToLower(core(toks[j])) == "who" {
		// a relative clause: "Guillermo Rodriguez, who on Tuesday raised
		// the death toll, is ..." tells his deed in it
		j++
		relative = true
	} else if j > 0 && j <= len(toks) && strings.HasSuffix(toks[j-1], ",") {
		// an apposition: "Anne Rice, born in New Orleans, lived ..."
		for k := j; k < len(toks) && k < j+12; k++ {
			if strings.HasSuffix(toks[k], ",") {
				j = k + 1
				break
			}
		}
	}
	for ; j < len(toks); j++ {
		t := toks[j]
		if strings.HasPrefix(t, "(") {
			for j < len(toks) && !strings.Contains(toks[j], ")") {
				j++
			}
			continue
		}
		c := core(t)
		w := strings.ToLower(c)
		if copulas[w] && j+1 < len(toks) && articles[strings.ToLower(core(toks[j+1]))] {
			return actor, "" // "is a retired boxer": a description, no deed
		}
		if copulas[w] && j+2 < len(toks) && framingParticiples[strings.ToLower(core(toks[j+1]))] && strings.ToLower(core(toks[j+2])) == "as" {
			return actor, "" // "is identified as the general director": a description, no deed
		}
		if copulas[w] || possessives[w] {
			// "is not the same person", "are part of the immune
			// system", "has the unique ability to ...": a description
			// or a possession, no deed
			k := j + 1
			for k < len(toks) && descAdverbs[strings.ToLower(core(toks[k]))] {
				k++
			}
			if k < len(toks) && (articles[strings.ToLower(core(toks[k]))] && (k > j+1 || possessives[w]) || copulas[w] && strings.ToLower(core(toks[k])) == "part") {
				return actor, ""
			}
		}
		if c == "" || auxWords[w] || upper(c) || strings.HasSuffix(w, "ly") {
			if upper(c) && text.IsTimeWord(c) {
				continue // "who on Tuesday raised": a day, no name
			}
			if upper(c) {
				return actor, "" // another name follows: no deed to read
			}
			continue
		}
		if reportVerbs[text.Lemma(w)] {
			return actor, "" // "X announced that ...": the report's content is the words' business
		}
		if j+1 < len(toks) && (text.Lemma(w) == "stand" && strings.ToLower(core(toks[j+1])) == "for" || text.Lemma(w) == "do" && strings.ToLower(core(toks[j+1])) == "so") {
			// "SNAI stands for ...": what the name means, no deed; "Lasso
			// has done so": the deed said before, which its own claim
			// was checked for
			return actor, ""
		}
		if relative && relativeTime[w] {
			continue // "who hours earlier raised", "who days ago cut"
		}
		if aspectVerbs[text.Lemma(w)] && j+1 < len(toks) {
			// "Lasso keeps declaring", "tried to tackle": the deed is
			// the verb that follows
			if n := strings.ToLower(core(toks[j+1])); n == "to" || strings.HasSuffix(n, "ing") {
				continue
			}
		}
		if t := stemOf(w); t != "" && !metaTerms[t] {
			if relative && (strings.HasSuffix(w, "s") && text.Lemma(w) != w || j+1 < len(toks) && strings.ToLower(core(toks[j+1])) == "as") {
				// "who runs the agency", "who served as mayor": what he
				// is, which the passage may say in other words; a deed
				// is told in the past ("who on Tuesday raised", "who
				// cut the budget")
				return actor, ""
			}
			if w == "put" && j+2 < len(toks) && strings.ToLower(core(toks[j+1])) == "it" && putItWays[strings.ToLower(core(toks[j+2]))] {
				return actor, "" // "Vergara put it this way": she spoke
			}
			if titled && (reportVerbs[text.Lemma(w)] || speakingDeeds[text.Lemma(w)]) {
				// "SNAI director Guillermo Rodriguez praised the
				// operation": what a titled speaker says is the words'
				// and the quote rules' to check
				return actor, ""
			}
			return actor, text.Fold(w)
		}
		if len(actor) > 0 && j > i+len(actor)+3 {
			break
		}
	}
	return actor, ""
}

// deedNear reports whether a cited passage says the deed in a sentence
// naming the actor or in the ones after it that go on about "he", "she",
// "they" or "it".
func deedNear(actor []string, deed string, isName func(string) bool, cited []int, ev []evidence) bool {
	key := ""
	for _, a := range actor {
		if !commonAbbrev[a] && isName(a) {
			key = a // the last name word: "Lasso" of "President Guillermo Lasso"
		}
	}
	if key == "" {
		return true
	}
	dt, dl := stemOf(deed), text.Lemma(deed)
	near := append(text.Synonyms(dl), text.Related(dl)...)
	// a bare deed of speaking ("Solis spoke on Wednesday") is held by
	// any sentence of the actor's that says something ("Solis said on
	// Wednesday ..."); a verb saying how or what ("denied", "credited")
	// is not bare
	speech := bareSpeech[deed]
	holds := func(s *evSentence, raw string) bool {
		if s.terms[dt] || anySynonymIn(s.terms, dt) {
			return true
		}
		if speech && (saysWho(s) || s.words["saying"]) {
			return true
		}
		// a word of the sentence whose lemma is the deed's, or near it
		lem := s.lemmaSet()
		if lem[dl] {
			return true
		}
		for _, x := range near {
			if lem[x] {
				return true
			}
		}
		return false
	}
	named := false
	for _, c := range cited {
		e := &ev[c-1]
		for i := range e.sents {
			if !nameIn(key, e.sents[i].words) {
				continue
			}
			named = true
			for j := max(0, i-ActorBefore); j < len(e.sents); j++ {
				s := &e.sents[j]
				if j > i+NameReach {
					if len(s.ws) == 0 || !pronounOpeners[s.ws[0]] {
						break
					}
				}
				if holds(s, e.raw) && (j >= i || agentless(s, dt, dl)) {
					return true
				}
			}
		}
	}
	// Named in no sentence the claim is checked against: only its titles
	// may name it.
	return !named && nameInTitles(key, cited, ev)
}

// agentless reports a sentence saying the deed (stem dt, lemma dl) in
// the passive with no doer ("The toll was raised on Tuesday"): the actor
// named in the next sentence may be its doer. A sentence giving the deed
// a doer of its own ("The attorney general raised the toll", "was raised
// by the attorney general") gives it to that doer, not to the next
// sentence's name.
func agentless(s *evSentence, dt, dl string) bool {
	for k, w := range s.ws {
		if stemOf(w) != dt && text.Lemma(w) != dl {
			continue
		}
		passive := k > 0 && passiveAux[s.ws[k-1]] || k > 1 && passiveAux[s.ws[k-2]]
		if passive && !(k+1 < len(s.ws) && s.ws[k+1] == "by") {
			return true
		}
	}
	return false
}

// bareSpeech are verbs that say only that someone spoke (not "talks",
// "comments", which are nouns as often: "in talks to sign").
var bareSpeech = set("spoke speaks talked commented remarked")

// ActorBefore is how many sentences before the actor's the deed may be
// said in, in the passive and with no doer of its own ("The toll was
// raised on Tuesday. Rodriguez, who ...": agentless).
const ActorBefore = 1
