package ground

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// antecedent is the person a claim's "he" or "she" is read as: the name
// the claim before it opened with, and what that claim said of him.
type antecedent struct {
	name string   // "Guillermo Rodriguez"
	said []string // the terms that claim said of him: "general", "director", "snai"
	// possessive: the name is another's owner ("Maria Quiroz's son")
	possessive bool
}

// roleAdverbs may stand between "is" and the role it gives: "she is
// also a volunteer".
var roleAdverbs = set("also now still actually currently reportedly herself himself")

// honorifics come before a name and are no word of it.
var honorifics = set("dr mr mrs ms miss prof sir")

// personPronouns name a person without a name.
var personPronouns = set("he she him her his hers")

// openingName is the person a claim opens with, after any fronted time
// ("Guillermo Rodriguez heads the SNAI", "On Monday President Lasso
// declared"): its capitalised words, one of them a word the passages
// write capitalised inside a sentence (forms). There is none when the
// claim opens otherwise, with an acronym (a body's: "SNAI runs"), or
// names another person after it ("Lasso met Attorney General Diana
// Salazar": whom a "she" then means, the words cannot tell).
func openingName(body string, forms map[string]capital) antecedent {
	toks := strings.Fields(withoutFrontedTime(body))
	name, k, known := nameRun(toks, 0, forms)
	if !known {
		return agentName(toks, forms)
	}
	return nameSaid(toks, name, k)
}

// agentName is the person a claim that opens otherwise names as the doer
// of a passive ("the death toll was raised by Guillermo Rodriguez, the
// general director of the SNAI"): the capitalised words after "by", one
// of them a word the passages write capitalised inside a sentence, with
// what the claim says of him after them. There is none when the claim
// names another person of two words or more before "by" ("Lasso said the
// toll was raised by Rodriguez": either may be "he").
func agentName(toks []string, forms map[string]capital) antecedent {
	capitalised := func(c string) bool { return c != "" && unicode.IsUpper([]rune(c)[0]) }
	for j := 1; j+1 < len(toks); j++ {
		if !strings.EqualFold(toks[j], "by") || !passiveBefore(toks, j) {
			continue // "had risen to 31 by Tuesday", "passed by Guayaquil": no doer
		}
		for i := 2; i < j; i++ {
			if capitalised(nameCore(toks[i-1])) && capitalised(nameCore(toks[i])) && !strings.ContainsAny(toks[i-1], ",;:") {
				return antecedent{} // another's name before it (a sentence's first word aside)
			}
		}
		k := j + 1
		// a title before the name: "by prison chief Guillermo
		// Rodriguez", "by the prison chief, Guillermo Rodriguez"
		for t := k; t < len(toks) && t < k+4 && !capitalised(nameCore(toks[t])); t++ {
			if text.IsPersonNoun(wordCore(toks[t])) && t+1 < len(toks) && capitalised(nameCore(toks[t+1])) {
				k = t + 1
				break
			}
		}
		name, k, known := nameRun(toks, k, forms)
		if !known || slices.ContainsFunc(name, isWeekdayOrMonth) {
			return antecedent{}
		}
		if k < len(toks) && !strings.ContainsAny(toks[k-1], ",;:") {
			next := strings.ToLower(wordCore(toks[k]))
			if next == "and" || next == "or" || stemOf(next) != "" {
				// "by Rodriguez and Salazar": either may be "he";
				// "by Ecuadorian soldiers": a word of the doers, no name
				return antecedent{}
			}
		}
		return nameSaid(toks, name, k)
	}
	return antecedent{}
}

// nameRun reads the capitalised words of toks from k on, up to a
// lower-case word, an acronym (a body's: "SNAI") or a word a mark closes:
// the name's words, where it ends, and whether a word of it is one the
// passages write capitalised inside a sentence (known).
func nameRun(toks []string, k int, forms map[string]capital) (name []string, end int, known bool) {
	for ; k < len(toks); k++ {
		c := nameCore(toks[k])
		if c == "" || !unicode.IsUpper([]rune(c)[0]) || strings.ToUpper(c) == c {
			break
		}
		name = append(name, c)
		if _, ok := forms[strings.ToLower(c)]; ok {
			known = true
		}
		if strings.ContainsAny(toks[k], ",;:") {
			k++
			break
		}
	}
	return name, k, known
}

// passiveBefore reports a passive before toks[j] ("by"): a participle
// right before it with a form of "be" or "get" at most two words before
// that ("was ordered by", "had been seized by", "got hit by").
func passiveBefore(toks []string, j int) bool {
	if j < 2 || !text.PastParticiple(wordCore(toks[j-1])) {
		return false
	}
	for i := j - 2; i >= 0 && i >= j-4; i-- {
		switch strings.ToLower(wordCore(toks[i])) {
		case "is", "was", "are", "were", "be", "been", "being", "get", "got", "gets", "gotten":
			return true
		}
	}
	return false
}

// isWeekdayOrMonth reports a day's or a month's name: a time, no doer.
func isWeekdayOrMonth(w string) bool {
	l := strings.ToLower(w)
	return isWeekday(l) || len(text.Months(l)) > 0
}

// bodyNameAt reports the capitalised run at toks[j] as a body's name,
// not a person's: after "the" ("the Union of Port Workers"), or after
// "of" that continues a capitalised name ("Union of Port Workers"); "the
// widow of Fernando Villavicencio" names a person.
func bodyNameAt(toks []string, j int) bool {
	if j < 1 {
		return false
	}
	switch strings.ToLower(toks[j-1]) {
	case "the":
		return true
	case "of":
		return j >= 2 && text.StartsUpper(nameCore(toks[j-2]))
	}
	return false
}

// nameSaid is the antecedent of the name that ends at toks[k-1], with the
// terms toks say of him after it; none when they name another person of
// two words or more after it.
func nameSaid(toks, name []string, k int) antecedent {
	capitalised := func(c string) bool { return c != "" && unicode.IsUpper([]rune(c)[0]) }
	core := nameCore
	var said []string
	rest := toks[k:]
	for j, t := range rest {
		c := core(t)
		if j+1 < len(rest) && capitalised(c) && capitalised(core(rest[j+1])) && !strings.ContainsAny(t, ",;:") && !bodyNameAt(rest, j) {
			// another person's name of two words or more ("met Attorney
			// General Diana Salazar", "appointed John Reimberg"): "he" or
			// "she" may be either. A place ("Ecuador's prison
			// authority") is one word; a name after "the" or "of" is a
			// body's ("president of the Union of Port Workers")
			return antecedent{}
		}
		if st := stemOf(strings.ToLower(c)); st != "" {
			said = append(said, st)
		}
	}
	last := toks[max(k-1, 0)]
	poss := strings.HasSuffix(strings.TrimRight(last, ",;:"), "'s") || strings.HasSuffix(strings.TrimRight(last, ",;:"), "’s")
	return antecedent{name: strings.Join(name, " "), said: said, possessive: poss}
}

// pronounSubject is body from its first word on, past a fronted time and
// a word joining it to the claim before ("and he raised the death toll",
// "On Tuesday he raised").
func pronounSubject(body string) string {
	b := withoutFrontedTime(body)
	if f := strings.Fields(b); len(f) > 1 && joiners[strings.ToLower(wordCore(f[0]))] {
		return strings.Join(f[1:], " ")
	}
	return b
}

// innerPronounRE is a clause joined inside a claim whose subject is "he"
// or "she": "..., and he raised the death toll".
var innerPronounRE = regexp.MustCompile(`(?i),?\s+(?:and|but)\s+((?:he|she)\s.*)$`)

// innerPronoun returns where a clause of innerPronounRE starts in claim
// and the clause from its pronoun on; 0 and "" when there is none.
func innerPronoun(claim string) (int, string) {
	m := innerPronounRE.FindStringSubmatchIndex(claim)
	if m == nil {
		return 0, ""
	}
	rest := claim[m[2]:m[3]]
	if opensWithPronoun(claim) && !strings.EqualFold(strings.Fields(pronounSubject(claim))[0], strings.Fields(rest)[0]) {
		return 0, "" // "She is his mother, and he was killed": another person
	}
	return m[0], rest
}

// askedRE is a question for a person by name: "Who is Guillermo
// Rodriguez?", "who's guillermo rodriguez", "tell me about Marta Vergara".
var askedRE = regexp.MustCompile(`(?i)^\s*(?:who\s+is|who['’]s|who\s+was|tell\s+me\s+about)\s+([\p{L}' ’.-]+?)\s*[?.!]*\s*$`)

// askedName is the person a question asks about by name, written as the
// passages write it (forms, or as a word of theirs opening with a
// capital), when each of its words is one they write capitalised: the one a reply's opening "he" or "she" means. "" for any
// other question.
func askedName(asked string, forms map[string]capital, ev []evidence) string {
	m := askedRE.FindStringSubmatch(asked)
	if m == nil {
		return ""
	}
	var name []string
	for _, w := range strings.Fields(m[1]) {
		f, ok := forms[strings.ToLower(w)]
		if !ok {
			// a name the passages write only opening a sentence
			// ("Guillermo Rodriguez is the general director")
			up := capitalized(w)
			if !slices.ContainsFunc(ev, func(e evidence) bool {
				return slices.ContainsFunc(strings.Fields(e.raw), func(tok string) bool { return nameCore(tok) == up })
			}) {
				return ""
			}
			f.form = up
		}
		if strings.ToUpper(f.form) == f.form {
			// a soundbite's caption ("GUILLERMO RODRIGUEZ, SAYING")
			f.form = capitalized(f.form)
		}
		name = append(name, f.form)
	}
	return strings.Join(name, " ")
}

// capitalized is w with its first letter upper-case and the rest lower:
// "guillermo" and "GUILLERMO" are "Guillermo", "ángel" is "Ángel".
func capitalized(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

// subjectTokens are the words of a claim from its "he" or "she" on
// (pronounSubject), a contracted "is" written out: "she's a volunteer" is
// "she's is a volunteer", its first word still the pronoun as typed.
func subjectTokens(claim string) []string {
	f := strings.Fields(pronounSubject(claim))
	if len(f) > 0 && strings.HasSuffix(strings.ReplaceAll(strings.ToLower(f[0]), "’", "'"), "'s") {
		f = append([]string{f[0], "is"}, f[1:]...)
	}
	return f
}

// joiners join a claim to the one before it.
var joiners = set("and but then also so")

// opensWithPronoun reports a claim whose subject is "he" or "she", first
// or after a fronted time ("On Tuesday he raised ...").
func opensWithPronoun(body string) bool {
	f := strings.Fields(pronounSubject(body))
	if len(f) == 0 {
		return false
	}
	p := strings.ToLower(wordCore(f[0]))
	p = strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s") // "she's a volunteer"
	return p == "he" || p == "she"
}

// pronounDeed reads a claim whose subject is "he" or "she" ("On Tuesday
// he raised the death toll") as of the person the claim before it opened
// with, as its reader does: the deed must be said of that person, as the
// who rule wants of a name. A model that names Rodriguez and then gives
// "he" the attorney general's deed from the next sentence has moved the
// deed. Left be, returning "": no such subject; a passive ("he was
// captured", done to him); speech ("he called the operation decisive",
// the speech rules'); a deed no cited sentence holds (paraphrase, the
// word rules'); and a deed told in a sentence sharing two terms with what
// the claim before said of him ("the SNAI director ordered" after
// "Rodriguez is the general director of the SNAI"), which tells it of him
// by his title.
func pronounDeed(claim string, who antecedent, cited []int, ev []evidence) string {
	if who.name == "" || !opensWithPronoun(claim) {
		return ""
	}
	toks := subjectTokens(claim) // "she's the mayor": she is
	read := who.name + " " + strings.Join(toks[1:], " ")
	names := strings.Fields(who.name)
	isName := func(c string) bool { return slices.Contains(names, c) }
	actor, deed := actorDeed(read, isName)
	if l := text.Lemma(deed); deed == "" || reportVerbs[l] || speakingDeeds[l] || passiveDeed(toks, deed) {
		return ""
	}
	held := deedSentences(deed, cited, ev)
	if len(held) == 0 {
		return ""
	}
	for _, s := range held {
		if titleIn(s.ws, who.said) {
			return "" // his title's sentence: his deed
		}
		if slices.ContainsFunc(s.ws, func(w string) bool { return personPronouns[w] }) && !namedDoerOf(s, deed, cited, ev) {
			return "" // "On Wednesday, he ordered": whom its "he" means, the words can't tell
		}
	}
	if deedNear(actor, deed, isName, cited, ev) {
		return ""
	}
	if asp := aspectOf(read, deed); asp != "" && deedNear(actor, asp, isName, cited, ev) {
		return ""
	}
	return fmt.Sprintf("what the claim says of %q is not said of it in %s (%q)", actor[len(actor)-1], passageList(cited), deed)
}

// pronounRole reads a claim giving "he" or "she" a role ("She is a
// volunteer from a local church", "He was a guard") as of the person the
// claim before it opened with: a role given him in passages that never
// name him is another's, whose sentence the passage holds ("Volunteers
// from a local church handed out water" said of Maria Fernanda Quiroz,
// whom another passage names as an inmate's mother). "" when the claim
// gives no role, or a cited passage (or its title) holds his family name
// (the name's last word).
func pronounRole(claim string, who antecedent, cited []int, ev []evidence) string {
	if who.name == "" || !opensWithPronoun(claim) {
		return ""
	}
	toks := strings.Fields(strings.ToLower(strings.Join(subjectTokens(claim), " "))) // "she's a volunteer": she is
	if len(toks) > 3 && roleAdverbs[toks[2]] {
		toks = append(toks[:2:2], toks[3:]...) // "she is also a volunteer"
	}
	if len(toks) < 4 || !copulas[toks[1]] || !articles[toks[2]] {
		return ""
	}
	if who.possessive {
		return "" // "Maria Quiroz's son, Juan, ...": the "he" is the son
	}
	r := 3 // "a volunteer": volunteer; "the current president": president
	for r+1 < len(toks) && titleStanding[toks[r]] {
		r++
	}
	role := toks[r]
	// the last word of the name, the family name: a passage naming
	// another Guillermo ("current President Guillermo Lasso") does not
	// name Guillermo Rodriguez ("Dr. Ana Ruiz": Ruiz)
	var surname string
	for _, w := range text.Words(who.name) {
		if !honorifics[w] {
			surname = w
		}
	}
	for _, n := range cited {
		e := &ev[n-1]
		title := set(strings.Join(text.Words(e.title), " "))
		if e.words[surname] || title[surname] {
			return ""
		}
		for i := range e.sents {
			// the role's sentence telling it of a "she" or "her husband"
			// ("She is a nurse"): whom it means, the words can't tell
			if e.sents[i].terms[stemOf(role)] && slices.ContainsFunc(e.sents[i].ws, func(w string) bool { return personPronouns[w] }) {
				return ""
			}
		}
	}
	return fmt.Sprintf("who: the claim makes %s %s, in %s, which never names %s", who.name, strings.Join(toks[2:r+1], " "), passageList(cited), who.name)
}

// titleIn reports two content words of a sentence's words ws at most one
// content word apart, in either order, that stand next to each other in
// what the claim before said of the person (said): his title as the
// sentence names its holder ("the SNAI director ordered", "the SNAI's
// general director" after "the director of the SNAI"). Two words of it
// that were not together there ("Ecuador's attorney general" after "the
// general director of Ecuador's prison authority") tell another's title.
func titleIn(ws []string, said []string) bool {
	var prev []string // the two content terms before, nearest last
	for _, w := range ws {
		t := stemOf(w)
		if t == "" {
			continue
		}
		if slices.ContainsFunc(prev, func(p string) bool { return p != t && nextTo(said, p, t) }) {
			return true
		}
		if prev = append(prev, t); len(prev) > 2 {
			prev = prev[1:]
		}
	}
	return false
}

// nextTo reports a and b next to each other in ws, in either order.
func nextTo(ws []string, a, b string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i-1] == a && ws[i] == b || ws[i-1] == b && ws[i] == a {
			return true
		}
	}
	return false
}

// pronounSpeech reads a claim giving "he" or "she" words ("She said on
// Wednesday that the government would not intervene") as of the person
// the claim before it named: when the cited sentence holding at least
// half of what is said never names that person but names another as its
// speaker (speakerNamed: "Chile's transport minister
// Ricardo Solis said on Wednesday that the government would not
// intervene"), the words are the other's. "" otherwise: a passage that
// goes on quoting without a name ("He added that it is a national issue")
// names no one.
func pronounSpeech(claim string, who antecedent, cited []int, ev []evidence, forms map[string]capital) string {
	if who.name == "" || !opensWithPronoun(claim) {
		return ""
	}
	f := strings.Fields(pronounSubject(claim))
	k := 1
	if k < len(f) && roleAdverbs[strings.ToLower(f[k])] {
		k++ // "she also said"
	}
	if k >= len(f) || !text.IsSpeechVerb(strings.ToLower(wordCore(f[k]))) {
		return ""
	}
	return speechOfAnother(text.TermSet(strings.Join(f[k+1:], " ")), text.Words(who.name), who.name, cited, ev, forms)
}

// namedSpeech reads a claim naming who said something ("members voted
// 1,214 to 96, Chile's transport minister Ricardo Solis told reporters
// outside the main gate") as pronounSpeech reads a "he said": when the
// cited sentence holding at least half of what the claim has him say
// never names him but names another as its speaker ("Union president
// Marta Vergara told reporters outside the main gate that ..."), the words
// are the other's. The speaker is speakerNamed's pair before the verb;
// his family name is what the sentence must hold. What he says is what
// follows the verb, and, when that is too little to find a sentence by
// ("said on Wednesday"), what comes before his name too.
func namedSpeech(claim string, cited []int, ev []evidence, forms map[string]capital) string {
	f := strings.Fields(claim)
	name, v := speakerAt(f, forms)
	if name == "" {
		return ""
	}
	nw := text.Words(name)
	said := text.TermSet(strings.Join(f[v+1:], " "))
	if len(said) < 3 {
		// what he said before him: "Members voted 1,214 to 96, Ricardo
		// Solis said", "..., Marta Vergara said on Wednesday"
		if at := strings.Index(claim, strings.Fields(name)[0]); at > 0 {
			for t := range text.TermSet(claim[:at]) {
				said[t] = true
			}
		}
	}
	return speechOfAnother(said, nw[len(nw)-1:], name, cited, ev, forms)
}

// speechOfAnother returns why the words said (terms, three at least) are
// another's than the speaker the claim names (name; names are the words
// of it a sentence must hold to be his): a cited sentence holding at
// least half of them names another speaker and none of names. "" when a
// sentence holding them names him, or none names anyone.
func speechOfAnother(said map[string]bool, names []string, name string, cited []int, ev []evidence, forms map[string]capital) string {
	if len(said) < 3 {
		return ""
	}
	other := ""
	for _, n := range cited {
		e := &ev[n-1]
		for i := range e.sents {
			s := &e.sents[i]
			held := 0
			for t := range said {
				if s.terms[t] {
					held++
				}
			}
			if 2*held < len(said) {
				continue
			}
			if slices.ContainsFunc(names, func(w string) bool { return s.words[w] }) {
				return "" // his words, in any sentence that holds them
			}
			if sp := speakerNamed(e.raw[s.start:s.end], forms); sp != "" && other == "" {
				other = sp
			}
		}
	}
	if other != "" {
		return fmt.Sprintf("who: the passage gives these words to %s, not %s", other, name)
	}
	return ""
}

// speakerNamed returns the speaker a sentence names before its verb of
// saying: two capitalised words the passages write only so (forms,
// neither a day nor a month) right before the verb, or before a comma
// setting off who they are ("Chile's transport minister, Ricardo Solis,
// said"; "Ricardo Solis said"). "" when no such pair stands there ("She
// told Ricardo Solis that", "she said in Buenos Aires", "told Human Rights
// Watch").
func speakerNamed(sentence string, forms map[string]capital) string {
	name, _ := speakerAt(strings.Fields(sentence), forms)
	return name
}

// speakerAt is speakerNamed on a sentence's fields f, with the index of
// the verb of saying after the name (-1 when there is no name).
func speakerAt(f []string, forms map[string]capital) (string, int) {
	isName := func(w string) bool {
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || strings.ToUpper(w) == w || text.IsTimeWord(strings.ToLower(w)) {
			return false
		}
		_, ok := forms[strings.ToLower(w)]
		return ok
	}
	for v := 1; v < len(f); v++ {
		if !text.IsSpeechVerb(strings.ToLower(wordCore(f[v]))) {
			continue
		}
		// the pair right before the verb ("minister, Ricardo Solis,
		// said"), or before an apposition the commas set off ("Ricardo
		// Solis, the minister, said")
		pairAt := func(end int) string {
			if end >= 1 {
				if a, b := nameCore(f[end-1]), nameCore(f[end]); isName(a) && isName(b) {
					return a + " " + b
				}
			}
			return ""
		}
		if p := pairAt(v - 1); p != "" {
			return p, v
		}
		if strings.HasSuffix(f[v-1], ",") {
			for k := v - 2; k >= 1 && k >= v-7; k-- {
				if strings.HasSuffix(f[k], ",") {
					if p := pairAt(k); p != "" {
						return p, v
					}
					return "", -1
				}
			}
		}
		return "", -1
	}
	return "", -1
}

// roleClaim reports a claim giving "he" or "she" a role: "He is the
// general director of the SNAI", "she's a nurse".
func roleClaim(claim string) bool {
	f := subjectTokens(claim)
	return len(f) >= 4 && copulas[strings.ToLower(f[1])] && articles[strings.ToLower(f[2])]
}

// passiveDeed reports deed right after a form of "be" in toks: "he was
// captured" tells what was done to him.
func passiveDeed(toks []string, deed string) bool {
	for k := 1; k < len(toks); k++ {
		if text.Fold(strings.Trim(toks[k], ",.;:")) == deed {
			return beForms[strings.ToLower(toks[k-1])]
		}
	}
	return false
}

// namedDoerOf reports a sentence that names the doer of its deed (a word
// of the deed's lemma) right before it: a name at most three words before
// the deed, no pronoun between ("Lasso has regularly declared ... as he
// tries to tackle", "President Guillermo Lasso declared"), whose "he" is
// that doer. A name is a word written with a capital: inside the
// sentence, or opening it and written so inside a sentence of a passage
// sent too; not a day's or a month's name. "In Guayaquil, he ordered" and
// "After meeting Lasso on Monday, he ordered" name no doer of "ordered".
func namedDoerOf(s *evSentence, deed string, cited []int, ev []evidence) bool {
	l := text.Lemma(deed)
	for _, n := range cited {
		e := &ev[n-1]
		mine := false
		for i := range e.sents {
			mine = mine || &e.sents[i] == s
		}
		if !mine || s.start < 0 || s.end > len(e.raw) {
			continue // another passage's sentence (deedSentences gives the passage's own)
		}
		ws := strings.Fields(e.raw[s.start:s.end])
		for d, f := range ws {
			if text.Lemma(strings.ToLower(wordCore(f))) != l {
				continue
			}
			for i := d - 1; i >= 0 && i >= d-3; i-- {
				core := wordCore(ws[i])
				low := strings.ToLower(core)
				if personPronouns[low] || core == "" {
					break
				}
				if text.StartsUpper(core) && !text.IsTimeWord(core) &&
					(i > 0 || slices.ContainsFunc(e.passages, func(o evidence) bool { return capitalisedInside(o.raw, core) })) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// deedSentences are the cited sentences holding deed's lemma.
func deedSentences(deed string, cited []int, ev []evidence) []*evSentence {
	l := text.Lemma(deed)
	var out []*evSentence
	for _, n := range cited {
		for i := range ev[n-1].sents {
			s := &ev[n-1].sents[i]
			for w := range s.words {
				if text.Lemma(w) == l {
					out = append(out, s)
					break
				}
			}
		}
	}
	return out
}
