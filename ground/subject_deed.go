package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// subjectDeedRule: who did what, for a subject named by a common noun
// ("The city council handed out water", "Church volunteers ran extra
// buses"), as the who rule reads it for a name. When the cited sentences
// hold the claim's deed and its subject (a word of it), but never
// together (the deed in a sentence of the subject's, or of the one after
// it going on about "they"), the deed is another's: volunteers handed out
// the water, the council ran the buses. A deed or subject no cited sentence holds is
// left to the word rules; a verb of saying to the speaker rules.
func subjectDeedRule(claim []string, _, all []sentWords, _ string) string {
	why := subjectDeedOf(claim, all)
	if why != "" {
		if t := titled(claim); t != nil && subjectDeedOf(t, all) == "" {
			// "banned by Jorge Paredes, the police chief": the passage
			// tells the deed of his title ("The police chief on Monday
			// banned street protests")
			return ""
		}
	}
	return why
}

// subjectDeedOf is subjectDeedRule on the claim as it is written.
func subjectDeedOf(claim []string, all []sentWords) string {
	plain := uncleft(claim)
	claim = unfronted(plain)
	head, at := subjectDeed(claim)
	if len(claim) < len(plain) && genericAgents[head] {
		// "On Tuesday, officials raised the death toll": whoever
		// governs, the attorney general among them (read so only after
		// a fronted time, as before it was read)
		return ""
	}
	if active, deed := unpassive(claim); deed > 0 {
		claim, at = active, deed
		head = claim[at-1]
	}
	if head == "" {
		return ""
	}
	subject := claim[:at] // "the city council", "council officials"
	if len(subject) > 2 && subject[1] == "s" {
		subject = subject[2:] // "Ecuador's prison director": the director, whoever's
	}
	deed, dl := claim[at], text.Lemma(claim[at])
	// what the deed is done to: the first content words after it, up
	// to a word of place or time ("handed out water in Riverside": the
	// water; where it was done is no thing it was done to)
	var pred []string
	for j := at + 1; j < len(claim) && len(pred) < PredicateWords; j++ {
		if len(pred) > 0 && settingPreps[claim[j]] {
			break
		}
		if t := stemOf(claim[j]); t != "" {
			pred = append(pred, t)
		}
	}
	var st []string // the subject's terms
	for i, w := range subject {
		if i < len(subject)-1 && strings.HasSuffix(w, "ed") {
			continue // "the armed forces": forces, not arms
		}
		if t := stemOf(w); t != "" {
			st = append(st, t)
		}
	}
	holdsHead := func(s sentWords) bool {
		for _, w := range s {
			t := stemOf(w)
			if t == "" {
				continue
			}
			for _, ht := range st {
				if t == ht || anySynonymIn(map[string]bool{t: true}, ht) {
					return true
				}
			}
		}
		return false
	}
	deedSyns := text.Synonyms(dl) // "elevated" the toll the passage "raised"
	holdsDeed := func(s sentWords) bool {
		for _, w := range s {
			if l := text.Lemma(w); w == deed || l == dl || slices.Contains(deedSyns, l) {
				return true
			}
		}
		return false
	}
	holdsPred := func(s sentWords) bool {
		for _, w := range s {
			if t := stemOf(w); t != "" && slices.Contains(pred, t) {
				return true
			}
		}
		return false
	}
	if obj := objectOf(claim, at); len(obj) >= 2 && !slices.ContainsFunc(all, holdsDeed) {
		// a verb no cited sentence holds ("arranged extra buses" of "said
		// extra buses would run"): the thing it is done to, right after
		// it, marks the deed, two of its words in one sentence
		holdsDeed = func(s sentWords) bool {
			n := 0
			for _, w := range s {
				if t := stemOf(w); t != "" && slices.Contains(obj, t) {
					n++
				}
			}
			return n >= 2
		}
	}
	if p := patientOnly(subject, deed, dl, all); p != "" {
		return fmt.Sprintf("who: the passage says the %s %s, not that it %s", head, p, deed)
	}
	// the subject's sentences, and the one after each going on about it
	own, other, seen := false, false, false
	for i, s := range all {
		if holdsHead(s) {
			seen = true
			if holdsDeed(s) || holdsPred(s) {
				own = true
				break
			}
			if i+1 < len(all) && (pronounNear(all[i+1]) || goesOn(s, all[i+1])) && (holdsDeed(all[i+1]) || holdsPred(all[i+1])) {
				own = true
				break
			}
		} else if holdsDeed(s) && holdsPred(s) && !holdsPronoun(s) {
			other = true // another's deed: a "they" may be the subject's
		}
	}
	if own || !other {
		return ""
	}
	if !seen {
		// a subject no cited sentence holds (nor a stem synonym of it),
		// where one names another doing the deed to the same thing ("The
		// army raised the death toll" of "the attorney general raised
		// the death toll"): the deed is the other's
		if !pastVerb(deed, dl) {
			return ""
		}
		return fmt.Sprintf("who: the passage says %q of others and never names the %s", deed, head)
	}
	return fmt.Sprintf("who: the passage says %q of others, not of the %s", deed, head)
}

// objectOf is the terms of what the verb at claim[at] is done to: the
// content words right after it, up to PredicateWords, a clause's break or
// a word of place or time ("arranged extra buses running until midnight":
// extra, buses, running; "ended when soldiers declared": none).
func objectOf(claim []string, at int) []string {
	var obj []string
	for j := at + 1; j < len(claim) && len(obj) < PredicateWords; j++ {
		if clauseBreaks[claim[j]] || settingPreps[claim[j]] {
			break
		}
		if t := stemOf(claim[j]); t != "" {
			obj = append(obj, t)
		}
	}
	return obj
}

// deedAdverbs stand between a subject and its verb: "The church
// volunteers also arranged".
var deedAdverbs = set("also then later already still just reportedly")

// settingPreps open where or when a deed was done.
var settingPreps = set("in at on near from inside outside during after before since until across around")

// goesOn reports a sentence opening on a word of the one before: it goes
// on about the same thing ("Poseidon (film). Poseidon grossed ...").
func goesOn(before, s sentWords) bool {
	return len(s) > 0 && stemOf(s[0]) != "" && slices.Contains(before, s[0])
}

// holdsPronoun reports a subject pronoun in s ("Using controlled
// detonations, they gained access"): the sentence's doer may be anyone
// named before.
func holdsPronoun(s sentWords) bool {
	for _, w := range s {
		if subjectPronouns[w] {
			return true
		}
	}
	return false
}

var subjectPronouns = set("he she they it we")

// PredicateWords is how many content words after a deed say what it was
// done to ("handed out water, bread and blankets").
const PredicateWords = 3

// pronounNear reports a sentence going on about the one before: a
// pronoun among its first four words ("In May it rejected ...").
func pronounNear(s sentWords) bool {
	for i := 0; i < len(s) && i < 4; i++ {
		if pronounOpeners[s[i]] {
			return true
		}
	}
	return false
}

// subjectDeed reads a claim opening on a common-noun subject and its
// verb: "The city council handed out ..." gives the subject's head
// ("council") and the verb's index. "" when the claim opens otherwise
// (a name, which the who rule reads, has no article: the subject needs
// "the", "a" or "an", or a plural head), the verb is a verb of saying or
// no inflected verb follows the subject within three words.
func subjectDeed(claim []string) (head string, at int) {
	i := 0
	det := len(claim) > 0 && (claim[0] == "the" || claim[0] == "a" || claim[0] == "an")
	if det {
		i = 1
	} else if len(claim) > 2 && claim[1] == "s" && stemOf(claim[0]) != "" {
		det, i = true, 2 // "Ecuador's interior minister": a possessive for its article
	}
	start := i
	for ; i < len(claim) && i <= start+SubjectWords; i++ {
		w := claim[i]
		if head != "" && deedAdverbs[w] {
			start++ // "The church volunteers also arranged": no word of the subject
			continue
		}
		if w == "the" && head != "" && i+1 < len(claim) && stemOf(claim[i+1]) != "" {
			// an appositive, its commas gone: "Ecuador's prison
			// authority, the SNAI, raised": both name the subject
			start++
			continue
		}
		l := text.Lemma(w)
		if l != w && !strings.HasSuffix(w, "ing") && (strings.HasSuffix(w, "ed") || !strings.HasSuffix(w, "s")) {
			break // an inflected verb: "handed", "ran"; not "shooting", a noun as often
		}
		if stemOf(w) == "" || prepositions[w] || text.Numbers(w) != nil {
			return "", 0
		}
		head = w
	}
	if head == "" || i >= len(claim) || i > start+SubjectWords || !det && !pluralNoun(head) && !bareGroups[head] {
		return "", 0
	}
	deed := claim[i]
	if text.Lemma(deed) == deed || stemOf(deed) == "" || text.IsSpeechVerb(deed) || auxWords[deed] {
		return "", 0
	}
	return head, i
}

// unfronted is claim without the time it opens with: "on Tuesday police
// raised the toll" is "police raised the toll".
func unfronted(claim []string) []string {
	i := 0
	if len(claim) > 0 && timeLeads[claim[0]] {
		i = 1
	}
	j := i
	for j < len(claim) && text.IsTimeWord(claim[j]) {
		j++
	}
	if j == i || j >= len(claim) {
		return claim
	}
	return claim[j:]
}

// bareGroups are nouns for a body of people that stand without an
// article and take a plural verb though they end in no "s": "police
// raised the toll".
var bareGroups = set("police military personnel staff")

// uncleft reads a cleft claim as plain: "It was Ecuador's interior
// minister who on Tuesday raised the toll" is "Ecuador's interior minister
// raised the toll". A time or place between "who" and the verb ("on
// Tuesday") is left out; other claims come back as they are.
func uncleft(claim []string) []string {
	if len(claim) < 5 || claim[0] != "it" || !copulas[claim[1]] {
		return claim
	}
	for k := 3; k < len(claim)-1 && k <= 3+SubjectWords+1; k++ {
		if claim[k] != "who" && claim[k] != "that" {
			continue
		}
		j := k + 1
		if j+1 < len(claim) && settingPreps[claim[j]] {
			j += 2 // "who on Tuesday raised"
		}
		if j >= len(claim) {
			return claim
		}
		return append(slices.Clip(claim[2:k]), claim[j:]...)
	}
	return claim
}

// unpassive reads a passive claim with its doer as active: "The footage
// was released by Ecuador's armed forces" is "Ecuador's armed forces
// released the footage". The doer is the words after "by" up to a
// preposition (at most SubjectWords+2 of them), or up to an article after
// its first word, which opens an apposition the claim's commas set off
// ("by Guillermo Rodriguez, the general director of the SNAI, on
// Tuesday": Guillermo Rodriguez); the apposition, to a word of setting or
// a clause's break, is left out of the active claim. It returns the
// active claim and the index of its verb, 0 when the claim is no such
// passive.
func unpassive(claim []string) ([]string, int) {
	p, ok := passiveOf(claim)
	if !ok {
		return claim, 0
	}
	out := append(slices.Clip(claim[p.by+1:p.end]), claim[p.by-1])
	out = append(out, claim[:p.by-2]...)
	return append(out, claim[p.rest:]...), p.end - p.by - 1
}

// passive is where a passive claim's parts are: its "by", the end of the
// doer after it, and the end of the apposition after the doer (rest ==
// end when there is none).
type passive struct{ by, end, rest int }

// passiveOf finds the parts of a passive claim with its doer, as
// unpassive reads them.
func passiveOf(claim []string) (passive, bool) {
	for i := 1; i+3 < len(claim) && i <= SubjectWords+2+RelativeWords; i++ {
		if !copulas[claim[i]] {
			continue
		}
		v := claim[i+1]
		if text.Lemma(v) == v || claim[i+2] != "by" {
			return passive{}, false
		}
		end := i + 3
		for end < len(claim) && end < i+3+SubjectWords+2 && !prepositions[claim[end]] && !clauseBreaks[claim[end]] && !(end > i+3 && articles[claim[end]]) {
			end++
		}
		if end == i+3 || stemOf(claim[end-1]) == "" || text.Numbers(claim[i+3]) != nil {
			return passive{}, false // "raised by thirteen": an amount, no doer
		}
		rest := end
		if end < len(claim) && articles[claim[end]] {
			// the apposition says who the doer is, not what was done: it
			// runs to a word of setting or a clause's break ("..., the
			// general director of the SNAI, on Tuesday")
			for rest < len(claim) && !settingPreps[claim[rest]] && !clauseBreaks[claim[rest]] {
				rest++
			}
		}
		return passive{by: i + 2, end: end, rest: rest}, true
	}
	return passive{}, false
}

// RelativeWords is how much longer than SubjectWords a passive claim's
// subject may run before its verb: "The footage showing the automatic
// weapons and ammunition was released by ...", "The guards held at the
// local jail in Esmeraldas were rescued by ...".
const RelativeWords = 8

// titled is a passive claim whose doer has an apposition read with the
// apposition's head noun as the doer, active: "Street protests were
// banned by Jorge Paredes, the police chief, on Monday" is "the chief
// banned street protests on Monday". nil when the claim has no such apposition.
func titled(claim []string) []string {
	p, ok := passiveOf(claim)
	if !ok || p.rest == p.end {
		return nil
	}
	head := ""
	for k := p.end; k < p.rest && !prepositions[claim[k]]; k++ {
		if stemOf(claim[k]) != "" {
			head = claim[k] // "the general director of the SNAI": director
		}
	}
	if head == "" {
		return nil
	}
	out := []string{"the", head, claim[p.by-1]}
	out = append(out, claim[:p.by-2]...)
	return append(out, claim[p.rest:]...)
}

// patientOnly returns what the passage says was done to the claim's
// subject, a person or group ("was hurt"), when the claim makes it the
// doer of a deed no cited sentence holds: "A civilian threw a Molotov cocktail at the
// office" where "one civilian was hurt in a Molotov cocktail attack". ""
// when a cited sentence holds the deed, or holds the subject otherwise
// than just before a passive ("civilian was hurt", "guards were held").
func patientOnly(subject []string, deed, dl string, all []sentWords) string {
	if len(subject) == 0 {
		return ""
	}
	last := subject[len(subject)-1]
	if !groupNouns[last] && !groupNouns[last+"s"] {
		return "" // people only: "the strike was called" and "began" are one thing's
	}
	done := ""
	for _, s := range all {
		for k, w := range s {
			if w == deed || text.Lemma(w) == dl {
				return "" // the deed is the passage's: the who rules read it
			}
			if w != last {
				continue
			}
			if k+2 < len(s) && (s[k+1] == "was" || s[k+1] == "were") && participle(s[k+2]) {
				if done == "" {
					done = s[k+1] + " " + s[k+2]
				}
				continue
			}
			return "" // the subject as more than the one a deed was done to
		}
	}
	return done
}

// participle reports a past participle after "was"/"were": an inflected
// form ("held", "taken") or one written as its verb ("hurt", "hit").
func participle(w string) bool {
	return !strings.HasSuffix(w, "ing") && (text.Lemma(w) != w || strings.HasSuffix(w, "ed") || sameParticiples[w])
}

var sameParticiples = set("hurt hit cut put set shut spread beat")

// pastVerb reports a word read as a verb in the past: "raised", "took";
// not a noun the subject reading took for its verb ("The current owner
// must return ...").
func pastVerb(w, lemma string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	return lemma != "" && lemma != w && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ing")
}

// SubjectWords is how many words after its determiner a subject of a
// common noun may run to, its verb right after them: "the Guayaquil city
// council handed out".
const SubjectWords = 3
