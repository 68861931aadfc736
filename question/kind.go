package question

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

// Kind is the kind of answer a question wants.
type Kind int

const (
	General Kind = iota
	Number
	Person
	Place
	Time
	Duration
	Name
)

func (t Kind) String() string {
	return [...]string{"general", "number", "person", "place", "time", "duration", "name"}[t]
}

var (
	durationQ = regexp.MustCompile(`\bhow long\b|\bfor how many (days|weeks|months|years|hours)\b|\b(what|which) ((prison|jail) term|(prison |jail )?sentence)\b|\bmax(imum)? (prison |jail )?(time|term|sentence)\b`)
	numberQ   = regexp.MustCompile(`\bhow (many|much|large|big|old)\b|\bwhat (number|percentage|percent|share|amount)\b|\bwhat %|\bdeath toll\b|\bcount\b|` + figureAsked)
	personQ   = regexp.MustCompile(`^(and )?who\b|^(and |to |by |from |with |for )?whom\b|\b(to|by|from|with|for) whom\b|\bwho (is|was|are|were|did|does|has|had|leads|led|heads|runs|said|declared|announced)\b|\bwhose\b|\b(which|what) (official|person|man|woman|president|leader|politician|minister|director|mayor|candidate|lawmaker|officer|commander|general|judge|prosecutor|governor|senator|spokes(?:man|woman|person)|king|queen|emperor|ruler|architect|inventor|scientist|player|striker|coach|colonel|guard|inmate|prisoner|soldier|witness|victim|suspect|lawyer|doctor|nurse|journalist|reporter|activist|worker|resident)s?\b`)
	nameQ     = regexp.MustCompile(`\bwhat(\s+i|')s (the|his|her|their) name\b|\bwhat (is|was|are|were) (the |his |her |their |its )?(\S+('s|’s|s') )?names?\b|\bname of the\b|\bwhat (is )?.* (is|was|are|were )?called\b|\b(?:is|was|are|were)\s+called\s+what\b|\bwhat(?:'s|’s| is| was)?\s+(?:the|that|this)\s+(?:prison|jail|penitentiary)(?:'s|’s)?\s+(?:full\s+)?name\b|\bname of (?:that |this )?(?:prison|jail|penitentiary)\b|\bwhat(?:'s|’s)\s+(?:the|this|that|his|her|their|its)\s+.*\bcalled\b|\bwho is the (person|man|woman) (who|that)\b|\b(which|what) (gangs?|groups?|compan(y|ies)|part(y|ies)|teams?|organi[sz]ations?|firms?|brands?|ships?|unions?)\b|^\s*(?:and\s+|the\s+)?(?:[a-z]+(?:'s|’s)?\s+){0,3}(?:full\s+)?names?(?:\s+what)?\s*(?:\?+|$)`)
	// nameTailQ is the bare name question after a topic and a comma, as
	// ASL-shaped English asks it ("gang fighting, gang name what?"):
	// only when the topic asks nothing itself ("why did they change it,
	// the prison's name?" asks why).
	nameTailQ = regexp.MustCompile(`[,;:]\s*(?:and\s+|the\s+)?(?:[a-z]+(?:'s|’s)?\s+){0,3}(?:full\s+)?names?(?:\s+what)?\s*(?:[?.]+|$)`)
	timeQ     = regexp.MustCompile(`^(and )?when\b|\bwhen (did|was|were|is|will|does)\b|\b(what|which) (day|date|time|year|yrs?|month|weekday|hours?)\b|\bsince when\b|\bwhat(?: is| was|'s| are| were) the (?:\w+ )?(?:time|date|day|hours)(?:\s*[?.!]?\s*$|\s+(?:in|at|of|for|on|when|that|is|was|are|were|does|do|did)\b)`)
	roleQ     = regexp.MustCompile(`^(and |so )?who(s| is| was| are| were|'s)\s+(?:(?:even|actually|really|exactly|currently|now)\s+)?(?:(?:the|their|his|her|its|our)\s+(?:current\s+|new\s+|former\s+|acting\s+)?(?:[a-z]+\s+){0,2}?|(?:current\s+|new\s+|former\s+|acting\s+)?(?:(?:\S+\s+)?\S+'s\s+)?)(president|mayor|governor|minister|attorney general|director|leader|head|chief|boss|spokes\w+|ceo|judge|prosecutor|commander|warden|coach|owner|candidate|lawyer|attorney|victim|driver|captain|spokes\w+|founder|manager|chairman|secretary|ambassador)\b`)
	placeQ    = regexp.MustCompile(`^(and )?where\b|\bwhere (did|was|were|is|are|does|do)\b|\b(what|which) (city|country|province|provinces|town|prison|jail|penitentiary|detention cent(er|re)|region|place|state)\b|\bin what (city|country|place)\b|^(?:(?:can|could) you )?(and )?name the ([a-z]+ )?(city|country|province|town|region|state|cities|countries|provinces|towns|regions|states)(?:\s+(?:where|in|that|which|of|on|near|whose|they|it)\b|\s*[?.!]?\s*$)|^(?:(?:can|could) you )?(and )?name the (?:two|three|four|five) ([a-z]+ )?(cities|countries|provinces|towns|regions|states)\b`)
)

// Classify says what kind of answer a question wants.
func Classify(asked string) Kind {
	q := text.Fold(asked)
	switch {
	case durationQ.MatchString(q):
		return Duration
	case numberQ.MatchString(q), capacityQ.MatchString(q):
		return Number // "what is the prison's capacity": a count too
	case timeQ.MatchString(q):
		return Time
	case placeQ.MatchString(q):
		return Place
	case nameQ.MatchString(q), nameTail(q):
		return Name
	case personQ.MatchString(q):
		return Person
	}
	if at := personMod(q); at >= 0 {
		return Person
	}
	return General
}

// nameTail reports folded q asking a name after a topic that asks
// nothing (nameTailQ): no question word before the comma.
func nameTail(q string) bool {
	m := nameTailQ.FindStringIndex(q)
	return m != nil && !topicAsksRE.MatchString(q[:m[0]])
}

// topicAsksRE is a question word: a topic holding one is a question of
// its own. Not "which", which asks for a name too ("which of the
// candidates said they'd fix the prisons, got names?").
var topicAsksRE = regexp.MustCompile(`\b(?:what|who|whom|whose|where|when|why|how)\b`)

// personMod is where folded q asks for a person by a person noun after
// one modifier ("which police officer", not "what did prosecutor X say"),
// or -1.
func personMod(q string) int {
	m := personModQ.FindStringSubmatchIndex(q)
	if m == nil || agentAux[q[m[4]:m[5]]] || nameLinks[q[m[4]:m[5]]] {
		return -1
	}
	return m[0]
}

// How learners of English ask (for answering only): "how much time will
// it last", "how many time", "which is the name of", "the president is
// who?".
var (
	durationQ2 = regexp.MustCompile(`\bhow (much|many) time\b`)
	nameQ2     = regexp.MustCompile(`\bwhich(\s+i|')s (the|his|her|their) name\b`)
	personModQ = regexp.MustCompile(`\b(which|what) ([a-z]+) (official|person|man|woman|president|leader|politician|minister|director|mayor|candidate|lawmaker|officer|commander|general|judge|prosecutor|governor|senator|spokes(?:man|woman|person)|king|queen|emperor|ruler|architect|inventor|scientist|player|striker|coach|colonel)\b`)
	personQ2   = regexp.MustCompile(`\b(is|was|are|were) who\W*$`)
)

// Wanted is Classify for answering: when a question holds the marks of
// two kinds, the one it opens with decides ("what is the name of the
// attorney general who revised the death toll" wants a name, "when did the
// death toll rise" a time); at the same place Classify's order decides.
// (The claim check keeps Classify.)
func Wanted(asked string) Kind {
	q := text.Fold(asked)
	best, at := General, len(q)+1
	if p := personMod(q); p >= 0 {
		best, at = Person, p // "which police officer"
	}
	for _, k := range []struct {
		kind Kind
		re   *regexp.Regexp
	}{{Duration, durationQ}, {Duration, durationQ2}, {Number, numberQ}, {Number, capacityQ}, {Time, timeQ}, {Place, placeQ}, {Name, nameQ}, {Name, nameQ2}, {Person, personQ}, {Person, personQ2}} {
		if loc := k.re.FindStringIndex(q); loc != nil && loc[0] < at {
			best, at = k.kind, loc[0]
		}
	}
	if loc := nameTailQ.FindStringIndex(q); loc != nil && loc[0] < at && nameTail(q) {
		best = Name // "gang fighting, gang name what?"
	}
	return best
}

// agentQ is a question for the doer of a deed: "who shot the mayor",
// "who won the election"; its group is the verb.
var agentQ = regexp.MustCompile(`^(?:and |so )?who\s+([a-z]+)\b`)

// agentAux are the words after "who" that are no deed: "who is", "who did
// the army arrest".
var agentAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "did": true, "does": true, "do": true, "has": true, "had": true, "have": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "s": true, "else": true, "exactly": true}

// lightDeeds say too little to look for: "who went to the fort", "who took
// command", "who made the law".
// Nor do words of saying: a quotation is its speaker's ("who described the
// operation as decisive" of a soundbite under its speaker's line); nor of
// holding an office: "who runs the office" is "the director, Andres Molina",
// "quién ejerce su defensa" (read "who exercises his defence") his lawyer.
var lightDeeds = map[string]bool{"go": true, "come": true, "get": true, "make": true, "take": true, "do": true, "have": true, "be": true, "give": true, "put": true, "let": true,
	"say": true, "describe": true, "call": true, "tell": true, "claim": true, "state": true, "add": true, "note": true, "insist": true, "comment": true,
	"run": true, "head": true, "lead": true, "manage": true, "direct": true, "chair": true, "own": true, "command": true, "exercise": true}

// Deed is the verb of a question for the doer of a deed ("who shot the
// mayor": "shot"), or "".
//
// A verb in its base form counts before the thing it is done to, as
// people write who don't inflect it ("who kill the mayor", "who throw the
// molotov"); another base form is no verb ("who along with Russia").
func Deed(asked string) string {
	f := text.Fold(asked)
	m := agentQ.FindStringSubmatch(f)
	if m == nil || agentAux[m[1]] || lightDeeds[text.Lemma(m[1])] {
		return ""
	}
	if text.Lemma(m[1]) == m[1] && (len(text.Terms(m[1])) == 0 || !verbBase(m[1]) || baseOffice[m[1]] || !baseDeedRE.MatchString(f[len(m[0]):])) {
		return "" // no verb in the past or with -s, nor one before its thing
	}
	return m[1]
}

// verbBase reports w the base form of a verb: its -ing form is one of
// its own ("kill": killing, "take": taking, "hit": hitting), as a
// preposition ("behind"), an adverb ("now") or a misspelling ("atacked")
// has none.
func verbBase(w string) bool {
	if !text.IsWord(w) {
		return false
	}
	forms := []string{w + "ing", strings.TrimSuffix(w, "e") + "ing"}
	if n := len(w); n > 2 {
		forms = append(forms, w+w[n-1:]+"ing")
	}
	for _, f := range forms {
		if f != w && text.Lemma(f) == w {
			return true
		}
	}
	return false
}

// baseOffice are verbs that, in their base form after "who", hold an
// office rather than do a deed: a Spanish question's reading ("quién
// ejerce su defensa", read "who exert his defence": his lawyer). "Who
// exerted pressure" does a deed.
var baseOffice = map[string]bool{"exert": true}

// baseDeedRE is what follows a verb in its base form after "who": the
// thing it is done to.
var baseDeedRE = regexp.MustCompile(`^\s+(?:the|a|an|that|this|those|these|his|her|their|its|him|them|all)\b`)

// agentNear is how many words apart a deed and its doer may stand: "Lopez
// shot the mayor", "the mayor was shot by two gunmen on a motorcycle".
const agentNear = 8

// RoleDeed is the deed a relative clause gives the office a name question
// asks the holder of ("the attorney general who announced the new death
// toll": announced; "the mayor who was shot": shot), which picks that
// holder out; "" when there is none, or it is light ("who gave the
// number"), an office's own ("who runs") or speech ("who spoke").
func RoleDeed(asked, role string) string {
	f := text.Fold(asked)
	i := wordIndex(f, role)
	if role == "" || i < 0 {
		return ""
	}
	m := roleDeedRE.FindStringSubmatch(f[i+len(role):])
	if m == nil {
		return ""
	}
	v := m[2]
	if lightDeeds[text.Lemma(v)] || agentAux[v] || text.Lemma(v) == v && m[1] == "" || talkDeeds[text.Lemma(v)] {
		return "" // "the boss that spoke": a quotation's speaker line names him
	}
	return v
}

// wordIndex is the index of w in s where it begins a word ("head" not in
// "ahead"), or -1.
func wordIndex(s, w string) int {
	for from := 0; w != "" && from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		at := from + i
		if at == 0 || !unicode.IsLetter(rune(s[at-1])) {
			return at
		}
		from = at + 1
	}
	return -1
}

// talkDeeds are a speaker's own deeds, which the line naming a soundbite's
// speaker tells ("the boss that spoke"), not a verb beside the name.
var talkDeeds = map[string]bool{"speak": true, "talk": true, "say": true, "tell": true}

// roleDeedRE is a relative clause right after an office's word, its
// place aside ("of Manta"): its verb in the past, or a passive's ("who has
// been killed", "who was hurt": a participle like its lemma after an
// auxiliary), an adverb before it aside ("who later raised").
var roleDeedRE = regexp.MustCompile(`^(?:'s|s)?(?:\s+(?:of|in|from)\s+[a-z]+)?\s+(?:who|that)\s+(?:(?:later|then|also|just|recently|reportedly|[a-z]+ly)\s+)?((?:(?:was|were|got|had|has|have|been|being)\s+){0,2})([a-z]+)\b`)

// DeedDone reports a sentence that names a doer (a person's name, or a
// group or office the question doesn't name) within agentNear words of a
// word for the deed (deed: the stemmed terms for it, from DeedTerms). "On
// Monday, President Guillermo Lasso declared a state of emergency ... after
// the mayor was shot dead on Sunday" names no one who shot.
func DeedDone(txt, asked string, deed map[string]bool) bool {
	words := text.Words(txt)
	verbs := map[string]bool{text.Lemma(Deed(asked)): true}
	for _, v := range text.Synonyms(text.Lemma(Deed(asked))) {
		verbs[v] = true
	}
	var deeds []int
	noun := map[int]bool{} // a deed said by a noun of its kin ("the winner"), not its verb
	active := false        // the deed's verb, done rather than suffered ("was shot")
	for i, w := range words {
		if deed[text.Stem(w)] || deed[text.Lemma(w)] {
			deeds = append(deeds, i)
			noun[i] = agentNoun(w, verbs)
			active = active || verbs[text.Lemma(w)] && !passiveAt(words, i)
		}
	}
	if len(deeds) == 0 {
		return false
	}
	for _, d := range deeds {
		if passiveAt(words, d) && byDoer(words, d) {
			return true // "was shot dead by two gunmen"
		}
	}
	q := text.Fold(asked)
	qw := strings.Fields(q)
	var doers []int
	wordAt := func(b int) int { return len(text.Words(txt[:b])) }
	first := strings.IndexFunc(txt, unicode.IsLetter)
	subject := first // where the sentence's subject starts: after "The"
	if first >= 0 && len(words) > 0 && len(text.Terms(words[0])) == 0 {
		if end := strings.IndexFunc(txt[first:], func(r rune) bool { return !unicode.IsLetter(r) }); end > 0 {
			subject = first + end + strings.IndexFunc(txt[first+end:], unicode.IsLetter)
		}
	}
	for _, m := range personName.FindAllStringIndex(txt, -1) {
		if m[0] < subject && m[1] > subject {
			// "The Soviet Union": the name is read again from the subject,
			// where it may run on ("Soviet Union", not "Soviet").
			m = []int{subject, m[1]}
			if r := personName.FindStringIndex(txt[subject:]); r != nil && r[0] == 0 {
				m[1] = subject + r[1]
			}
		}
		name := strings.Fields(text.Fold(txt[m[0]:m[1]]))
		if !nameWordNew(name, q, qw) {
			continue
		}
		if m[0] == subject && active && len(name) > 1 {
			return true // the sentence's subject, and the deed is done
		}
		doers = append(doers, wordAt(m[0]), wordAt(m[1])-1)
	}
	for _, m := range capitalWord.FindAllStringIndex(txt, -1) {
		// One capitalised word or an acronym right before a deed done is
		// its doer: "OAPEC proclaimed the embargo", "Cameron congratulated
		// the SNP" (a first word unless a function word: "The").
		w := text.Fold(txt[m[0]:m[1]])
		if m[0] == first && len(text.Terms(w)) == 0 || strings.Contains(q, w) {
			continue
		}
		at := wordAt(m[0])
		for _, d := range deeds {
			if d > at && d-at <= 3 && !passiveAt(words, d) && !noun[d] {
				return true
			}
		}
	}
	ft := text.Fold(txt)
	for _, m := range personNouns.FindAllStringIndex(ft, -1) {
		if !strings.Contains(q, ft[m[0]:m[1]]) {
			doers = append(doers, len(text.Words(ft[:m[0]])))
		}
	}
	for _, d := range deeds {
		near := agentNear
		for _, p := range doers {
			if noun[d] {
				if nounDoer(words, p, d) {
					return true
				}
				continue
			}
			if passiveAt(words, d) && !byAgent(words, d, p) {
				// a deed in the passive names its doer after it, by "by":
				// "the mayor of the city of Manta was shot dead" (the
				// mayor suffered it; the president named before did
				// something else)
				continue
			}
			if d-p <= near && p-d <= near {
				return true
			}
		}
	}
	return false
}

// passiveAt reports the deed at word d told in the passive: after an
// auxiliary of it ("was shot"), or after one and a participle ("was shot
// dead", "were found dead").
func passiveAt(words []string, d int) bool {
	if strings.HasSuffix(words[d], "ing") {
		return false // "were attacking": the progressive is done, not suffered
	}
	if d > 0 && passiveAux[words[d-1]] {
		return true
	}
	// "was shot dead": the result after the participle; "was fatally
	// shot", "was found shot": an adverb or "found" between; not "who
	// was armed, shot" nor "was filmed attacking"
	if d < 2 || !passiveAux[words[d-2]] {
		return false
	}
	b := words[d-1]
	return words[d] == "dead" && text.PastParticiple(b) || strings.HasSuffix(b, "ly") || b == "found"
}

// byDoer reports a passive deed at word d whose doer follows by "by",
// a person noun after any count or article: "was shot dead by two
// gunmen on a motorcycle".
func byDoer(words []string, d int) bool {
	for k := d + 1; k < len(words) && k <= d+3; k++ {
		if words[k] != "by" {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+4; j++ {
			w := strings.ToLower(words[j])
			if text.IsPersonNoun(w) {
				return true
			}
			if w != "a" && w != "an" && w != "the" && w != "several" && w != "armed" && w != "unknown" && w != "masked" && text.Numbers(w) == nil {
				break
			}
		}
		return false
	}
	return false
}

// byAgent reports the name at word p given as the doer of the passive
// deed at word d: after it, with "by" between ("was shot by two gunmen").
//
// The "by" must be the deed's, not another participle's ("shot dead
// outside a shop owned by Jose Macias"), and the name its object, within
// three words ("killed by a car bomb, Interior Minister Juan Zapata said"
// names the speaker).
func byAgent(words []string, d, p int) bool {
	if p <= d {
		return false
	}
	for k, w := range words[d+1 : p] {
		if strings.EqualFold(w, "by") {
			return p-(d+1+k) <= 3
		}
		if w != "dead" && text.PastParticiple(w) {
			return false
		}
	}
	return false
}

// nounDoer reports that the name at word p is the doer an agent noun at
// word d names: "the winner, Daniel Noboa" (at most two words after it) or
// "Daniel Noboa was declared the winner" (at most nounNear words before it,
// in the same clause, with no other deed between). "The winner will face
// Daniel Noboa" and "the president dissolved the Assembly in May, and the
// winner" name no winner.
func nounDoer(words []string, p, d int) bool {
	if p == d {
		return false // the agent noun itself ("the Governor of Samarqand"): no name of a doer
	}
	if p > d {
		return p-d <= 2
	}
	for _, w := range words[p+1 : d] {
		w = strings.ToLower(w)
		if pastVerb(w) && w != "declared" && w != "proclaimed" && w != "named" && w != "elected" && w != "crowned" {
			return false // "Noboa defeated the winner"
		}
	}
	return d-p <= nounNear && !clauseBetween(words, p, d)
}

// clauseBetween reports a conjunction between words a and b: "the
// National Assembly in May, and the winner" joins another clause.
func clauseBetween(words []string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for _, w := range words[a+1 : b] {
		switch strings.ToLower(w) {
		case "and", "but", "while", "after", "before", "when", "although", "though":
			return true
		}
	}
	return false
}

// nounNear is how far a doer may stand from a deed said by an agent noun,
// in the same clause ("the winner, Daniel Noboa", "Daniel Noboa was declared
// the winner").
const nounNear = 4

// agentNoun reports a word of the deed's kin that names its doer rather
// than the deed: "winner", "killer", "attacker" for won, killed, attacked
// (a word ending in -er or -or that is none of the deed's verb forms).
func agentNoun(w string, verbs map[string]bool) bool {
	return !verbs[text.Lemma(w)] && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ors"))
}

// capitalWord is a word written with a capital.
var capitalWord = regexp.MustCompile(`\b\p{Lu}[\p{L}]+`)

// passiveAux before a deed's word make it suffered, not done: "was shot".
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true}

// DeedTerms are the stemmed terms for a deed and its WordNet kin ("shot":
// shoot, shot, gun down, ...).
func DeedTerms(deed string) map[string]bool {
	out := map[string]bool{}
	lemma := text.Lemma(deed)
	out[lemma] = true // "won": win
	for _, w := range append([]string{deed, lemma}, append(text.Synonyms(lemma), text.Related(lemma)...)...) {
		for _, t := range text.Terms(w) {
			out[t] = true
			for _, s := range text.StemSynonyms(t) {
				out[s] = true
			}
		}
	}
	return out
}

var (
	durationClaim = regexp.MustCompile(`(?i)\b\d+[- ]?(day|week|month|year|hour)s?\b`)
	numberClaim   = regexp.MustCompile(`\b\d+\b`)
)

// ClaimKind is the answer type implied by a number stated in a question,
// in digits or as a magnitude (MagnitudeClaim).
func ClaimKind(q string) Kind {
	switch {
	case durationClaim.MatchString(q):
		return Duration
	case numberClaim.MatchString(q), MagnitudeClaim(q) != "":
		return Number
	}
	return General
}

// MagnitudeClaim is the magnitude a question that asks no wh-question
// states of a count ("only some hundreds of troops went in?", "was it like
// a couple hundred troops or what"): "some hundreds", "a couple hundred";
// "" when there is none. The count it states is to be checked, as "200
// soldiers went in" is: its words are the claim's figure, not the topic,
// and a sentence with "hundreds of prisoners" is no count of troops. In a
// wh-question ("why were hundreds of prisoners moved") it is the topic.
func MagnitudeClaim(q string) string {
	if magnitudeName.MatchString(q) {
		return "" // "Thousand Oaks": a name
	}
	f := text.Fold(q)
	if whAsked.MatchString(orWhatTag.ReplaceAllString(f, "")) {
		return ""
	}
	for _, m := range magnitudeClaimRE.FindAllStringSubmatchIndex(f, -1) {
		if before := strings.Fields(f[:m[2]]); len(before) > 0 && (magnitudeTopic[before[len(before)-1]] || len(text.Numbers(before[len(before)-1])) > 0 || numberWords.MatchString(before[len(before)-1])) {
			continue // "the thousands of soldiers": which ones; "two hundred soldiers": a figure
		}
		if countable(firstCounted(magnitudeScales.ReplaceAllString(f[m[4]:m[5]], ""))) {
			return f[m[2]:m[3]]
		}
	}
	return ""
}

// countable is a word that may name what a magnitude counts: a dictionary
// word with a term of its own ("troops"; not "or" of "hundred or more").
func countable(w string) bool { return text.IsWord(w) && len(text.Terms(w)) > 0 }

var (
	// magnitudeClaimRE is a magnitude and the words after it: "a few
	// hundred troops", "hundreds of prisoners", "some hundred soldiers".
	magnitudeClaimRE = regexp.MustCompile(`\b((?:(?:a\s+)?(?:few|couple(?:\s+of)?|several|some)\s+)?(?:hundreds?|thousands?|dozens?))(?:\s+of)?\s+((?:[\p{L}'’-]+\s*){1,3})`)
	// magnitudeScales are further scales of a magnitude's count: "hundreds
	// of thousands displaced" counts the displaced.
	magnitudeScales = regexp.MustCompile(`^(?:\s*(?:hundreds?|thousands?|millions?|dozens?|of)\b)+`)
	// magnitudeTopic are words before a magnitude that make it say which
	// ones, not how many: "did the thousands of soldiers retake it".
	magnitudeTopic = map[string]bool{"the": true, "those": true, "these": true, "its": true, "their": true, "his": true, "her": true}
	// magnitudeName is a magnitude in a name: "Thousand Oaks".
	magnitudeName = regexp.MustCompile(`\b(?:Hundred|Thousand)s?\s+\p{Lu}`)
	// whAsked is a question word that asks: opening the message or a
	// clause (after at most one word: "so how many", "and who"), not one
	// joining a clause ("sent in when the clashes started").
	whAsked = regexp.MustCompile(`(?:^|[,.;:?!]\s*)\s*(?:\S+\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b`)
	// orWhatTag is a tag that asks nothing of its own: "a couple hundred
	// troops or what".
	orWhatTag = regexp.MustCompile(`\bor what\b`)
)

var (
	// A count: a number word, or digits that are not a year.
	numberWords   = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|scores)\b|\b(\d{1,3}|\d{5,})\b|\b(1[0-8]|2[1-9]|[3-9]\d)\d\d\b|\d[.,]\d`)
	durationWords = regexp.MustCompile(`(?i)\b\d+[- ]?(day|week|month|year|hour|minute)s?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)[- ](day|week|month|year|hour)s?\b`)
	timeWords     = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|tonight|tomorrow|week|month|year|since|ago|morning|evening|night|weekend)\b|\b(19|20)\d\d\b`)
	placeWords    = regexp.MustCompile(`\b(in|at|from|near|of|to|inside)\s+(the\s+)?(city|province|provinces|town|state|country|region|capital\s+)?(of\s+)?\p{Lu}`)
	personNouns   = regexp.MustCompile(`\b(volunteers?|police|officers?|soldiers|troops|army|military|government|authorities|officials?|residents|workers|guards|gangs?|prisoners|inmates|protesters|rebels|president|director|minister|mayor|governor|spokes(man|woman|person)|attorney general|prosecutors?|judges?|court|ministry|agency|company)\b`)
	// A name: two capitalized words, or two in capitals (as soundbite lines write them).
	// A middle initial may sit between ("William E. Simon").
	personName = regexp.MustCompile(`\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?(?:(?:de|del|de la|la|of|the|von|van|da|di|du|le|al|bin|el)\s+)?\p{Lu}\p{Ll}+|\p{Lu}{2,}\s+\p{Lu}{2,}`)
)

// In reports whether a sentence holds the kind of thing a question
// asks for. For "who", that is a name the question does not already give.
func (t Kind) In(txt, asked string) bool {
	switch t {
	case Number:
		return seenIn(t, txt, numberWords)
	case Duration:
		return seenIn(t, txt, durationWords)
	case Time:
		return seenIn(t, txt, timeWords)
	case Place:
		return seenIn(t, txt, placeWords)
	case Person:
		// "Who" is answered by a name, or by a group or office the
		// question doesn't already name ("volunteers", "the police").
		q := text.Fold(asked)
		for _, w := range personNouns.FindAllString(text.Fold(txt), -1) {
			if !strings.Contains(q, w) {
				return true
			}
		}
		return Name.In(txt, asked)
	case Name:
		q := text.Fold(asked)
		for _, name := range personName.FindAllString(txt, -1) {
			for _, w := range strings.Fields(text.Fold(name)) {
				if !strings.Contains(q, w) {
					return true
				}
			}
		}
		return false
	}
	return true
}

// InClaim is In for a claim of a model's reply, which may answer "how
// long has X been ..." with when X started ("has surged since 2021"): read
// more loosely than the answerer's own sentence (InAnswer, perfectQ),
// for a claim the check has kept says what its passage says.
func (t Kind) InClaim(txt, asked string) bool {
	if t == Duration && perfectAnyQ.MatchString(text.Fold(asked)) && sinceStart.MatchString(txt) && sharesTopic(txt, asked) {
		return true
	}
	return t.In(txt, asked)
}

// sharesTopic reports a content term of the question's (its question
// words, "long", "been", "going on", "problem", "place" aside) in txt: the start a claim gives is of
// what is asked about ("how long has prison violence been a problem":
// "violence ... since 2021"; not "how long has the state of emergency
// been in place").
func sharesTopic(txt, asked string) bool {
	have := text.TermSet(txt)
	for t := range text.TermSet(asked) {
		if have[t] && !topicAside[t] {
			return true
		}
	}
	return false
}

// topicAside are the stems of the words of a "how long has ... been"
// question that name no topic.
var topicAside = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("how long has have been going on problem place") {
		for t := range text.TermSet(w) {
			m[t] = true
		}
	}
	return m
}()

// seenIn is re.MatchString(txt), remembered for the kinds that ask nothing
// of the question: the answerer asks it of every sentence of every
// passage, twice per question (ranking, then answering), and the same
// sentences come back question after question; the patterns are long
// case-folding alternations that cost microseconds a sentence. Up to
// inSeenMax sentences a process are remembered; past that, matched anew.
func seenIn(k Kind, txt string, re *regexp.Regexp) bool {
	key := inKey{k, txt}
	if v, ok := inSeen.Load(key); ok {
		return v.(bool)
	}
	v := re.MatchString(txt)
	if inSeenN.Add(1) <= inSeenMax {
		inSeen.Store(key, v)
	}
	return v
}

type inKey struct {
	k   Kind
	txt string
}

var (
	inSeen    sync.Map
	inSeenN   atomic.Int64
	inSeenMax = int64(1 << 16)
)

// InAnswer is In for a sentence chosen as the answer, read more strictly
// for a name: one the question doesn't give, by a word that is not a
// small word inside it, not the stem of a word of the question, and not a
// sentence's first word joined to a name ("Thousands of Venezuelan"). (A
// claim of a model's reply keeps In.)
func (t Kind) InAnswer(txt, asked string) bool {
	switch t {
	case Name:
		q := text.Fold(asked)
		if prisonQ.MatchString(q) || itCalledQ.MatchString(q) && prisonNounQ.MatchString(q) {
			// "the jail had some long spanish name, would you know what
			// it's called": the prison's name
			return prisonNamed(txt)
		}
		return namesNew(txt, q)
	case Person:
		q := text.Fold(asked)
		for _, w := range personNouns.FindAllString(text.Fold(txt), -1) {
			if !strings.Contains(q, w) {
				return true
			}
		}
		return namesNew(txt, q)
	case Duration:
		if perfectQ.MatchString(text.Fold(asked)) && sinceStart.MatchString(txt) {
			// "how long has it been going on": since when, up to now
			// ("violence that has surged since 2021")
			return true
		}
	case Place:
		if prisonQ.MatchString(text.Fold(asked)) {
			return prisonNamed(txt) // "which prison": a prison's name, not any place
		}
		// "In which city did the army storm the prison in Ecuador": a
		// place the question does not give, not "a rioting prison in
		// Ecuador" (of a question for a city or a province, which is
		// inside what it names, and inside a country whether it names
		// one or not: "in what city is the prison the soldiers retook";
		// "where is Ecuador" is left to the words)
		if f := text.Fold(asked); townQ.MatchString(f) {
			return t.In(txt, asked) && placeNew(txt, f, !countryQ.MatchString(f))
		}
	case Time:
		if clockQ.MatchString(text.Fold(asked)) {
			return clockWords.MatchString(txt) // "what time": a clock time, not a weekday
		}
		if dateQ.MatchString(text.Fold(asked)) {
			return dayWords.MatchString(text.Fold(txt)) // "on what date": a day, not a bare year
		}
		if yearQ.MatchString(text.Fold(asked)) {
			return (bareYear.MatchString(txt) || HasYear(txt)) && t.In(txt, asked) // "since which year": a year, not a weekday
		}
	}
	return t.In(txt, asked)
}

// isCountry is text.IsCountry of a name as placeNew reads it, its
// abbreviation's last dot trimmed ("U.S").
func isCountry(name string) bool { return text.IsCountry(name) || text.IsCountry(name+".") }

// possessive reports a word ending in "'s" or "’s".
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// countryQ is a question for a country too: "which country or city",
// "which state or country", not "which city in the country" (which places
// the city it asks for).
var countryQ = regexp.MustCompile(`\b(?:what|which|name the)\s+(?:(?:city|town|province|region|state)\s+or\s+)?(?:country|countries|nation)\b|\bor\s+(?:what\s+|which\s+)?(?:country|nation)\b`)

// townQ is a question for a place inside another: "which city", "name
// the port city", "in what province".
var townQ = regexp.MustCompile(`\b(?:city|town|province|region|state|port)\b`)

// placeNew reports a place in txt (placeWords) whose name the folded
// question does not hold; with inCountry, one that is no country either
// (WordNet's, text.IsCountry): a question for a city, town or province
// asks for a place inside a country, and "a rioting prison in Ecuador"
// names none.
func placeNew(txt, q string, inCountry bool) bool {
	for _, m := range placeWords.FindAllStringIndex(txt, -1) {
		if strings.HasSuffix(strings.ToLower(txt[:m[0]]), "according ") {
			continue // "according to INPEC": a source
		}
		// the name's capitalised words: "in New Paltz" is not "New York"
		var name []string
		fields := strings.Fields(txt[m[1]-1:])
		for _, f := range fields {
			w := strings.Trim(f, ".,;:!?'’\"“”()")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "to Ecuador’s highest authority"
			if w == "" || !text.StartsUpper(w) || len(name) > 0 && text.IsTimeWord(w) {
				break // "in Ecuador Tuesday": the day is no part of the name
			}
			name = append(name, w)
			if f != strings.TrimRight(f, ".,;:!?)") || strings.HasSuffix(f, "s") && w != f {
				break // the name ends at its punctuation, or its possessive
			}
		}
		n := strings.Join(name, " ")
		if len(name) > 0 && !strings.Contains(q, text.Fold(n)) && !(inCountry && isCountry(n)) {
			return true
		}
		if inCountry && len(name) > 0 && len(fields) > len(name) && possessive(fields[len(name)-1]) && text.StartsUpper(fields[len(name)]) {
			return true // "in Ecuador's Guayas province": the place after the country's name
		}
	}
	return false
}

// perfectQ is a question for how long something has gone on up to now:
// "how long has all this violence been going on", "how long have they
// been fighting", "how long has it been like this"; "been president" or
// "been in place" want a length. sinceStart is its answer as a start:
// "since 2021", "since Saturday", "since last year", "began on Saturday".
var (
	perfectQ = regexp.MustCompile(`\bhow long (?:has|have|'s|’s)\b.*\bbeen (?:\w+ing\b|like\b|this\b|so\b|that\b|bad\b)`)
	// perfectAnyQ is any "how long has ... been" question.
	perfectAnyQ = regexp.MustCompile(`\bhow long (?:has|have|'s|’s)\b.*\bbeen\b`)
	sinceStart  = regexp.MustCompile(`(?i)\b(?:began|begun|started|broke out)(?: on)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bsince (?:(?:early |late |mid-?)?(?:1[89]|20)\d\d\b|(?:last|the start of|the beginning of) |(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)`)
)

// prisonNamed reports a prison's name in txt (prisonName), not a
// sentence's capitalised first word before a prison noun ("The prison in
// Quito", "This jail").
func prisonNamed(txt string) bool {
	for _, m := range prisonName.FindAllStringIndex(txt, -1) {
		name := strings.Fields(txt[m[0]:m[1]])
		if len(name) > 2 || len(text.Terms(name[0])) > 0 {
			return true
		}
	}
	return false
}

var (
	// prisonQ asks which prison ("which prison was it", "the name of the
	// jail", "what is the prison called", "prison name?"): the answer
	// names one. "The name of the prison authority" asks for another
	// thing's name: after "the name of the prison" comes the question's
	// end or a word no noun is.
	prisonQ = regexp.MustCompile(`\b(which|what) (prison|jail|penitentiary|detention cent(er|re))\b|\bname of (?:(the|that|this) )?(prison|jail|penitentiary)(\s*[?.!,)]|\s*$|\s+(in|at|from|of|on|near|to|for|with|by|outside|inside|that|they|which|where|was|is|there|again|exactly|please|pls|the|a|an|his|her|their|its|those|these|he|she|we|you|i|it|itself)\b)|\bwhat(?:'s|’s| is| was)?\s+(?:the|that|this)\s+(?:prison|jail|penitentiary)(?:'s|’s)?\s+(?:itself\s+)?(?:called|(?:full\s+)?name)\b|^\s*(?:and\s+|so\s+)?(?:(?:the|this|that)\s+)?(?:prison|jail|penitentiary)\s+(?:itself\s+)?(?:is|was)\s+called\b|^\s*(?:the\s+)?(?:prison|jail|penitentiary|lockup)(?:'s|’s)?\s+(?:full\s+)?name(?:\s+what)?\s*\?*\s*$`)
	// itCalledQ asks what "it" is called; prisonNounQ names a prison.
	itCalledQ   = regexp.MustCompile(`\bwhat (?:it'?s|it is|is it|it was|was it) called\b|\bwhat(?:'s| is| was) its name\b`)
	prisonNounQ = regexp.MustCompile(`\b(?:prison|jail|penitentiary|lockup)\b`)
	// prisonName is a prison's name: capitalised words before a prison
	// noun ("Los Samanes prison", "the Quito Norte detention center") or
	// after one in a name ("Penitenciaria del Litoral", "Litoral
	// Penitentiary"); a possessive ("Ecuador's prison authority") is none.
	prisonName = regexp.MustCompile(`\p{Lu}[\p{L}-]+(?:\s+(?:(?:de|del|de la|la|los|las|of|the)\s+)?\p{Lu}[\p{L}-]+)*\s+(?:prison|jail|penitentiary|detention cent(?:er|re)|Prison|Jail|Penitentiary)\b|\b(?:Penitenciar[ií]a|Penitentiary|Prison|Jail|C[aá]rcel|Centro)\s+(?:(?:de|del|de la|of|of the)\s+)?\p{Lu}`)
	// yearQ asks for a year: "which year", "what year", "in what year".
	yearQ = regexp.MustCompile(`\b(what|which) (?:years?|yrs?)\b`)
	// bareYear is a year as digits, 1000 to 2099.
	bareYear = regexp.MustCompile(`\b(1\d{3}|20\d\d)\b`)
	// dateQ asks for a date: a day, not a year or a month.
	dateQ = regexp.MustCompile(`\b(what|which|the exact) date\b`)
	// dayWords are a day in folded text: "12 may", "may 12", "monday",
	// "2023-07-26", "yesterday".
	dayWords = regexp.MustCompile(`\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(st|nd|rd|th)?\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{4}-\d\d-\d\d\b|\b(today|yesterday|tomorrow)\b`)
)

// PlaceOfThing reports a question for the town or country a thing is in:
// "in which city is the prison", "¿en qué ciudad está la cárcel?" (read
// "in what city be the prison"), the question ending on the thing (at most
// three words: "what country was thinking about going to war" asks no
// place of a thing). Its answer names the place next to the thing, not any
// place of the sentence.
//
// A pronoun is no thing ("what town was that in" asks where what was just
// said happened), nor is an event ("what town were the guards held
// hostage in": a participle among the words).
//
// A relative clause may follow the thing: "in what city is the prison
// that the soldiers retook".
//
// The question may name the thing first and ask after it, as chat does:
// "prison is in what city exactly", "this prison in the video, which city
// it is?".
func PlaceOfThing(asked string) bool {
	f := text.Fold(asked)
	m := thingFirstQ.FindStringSubmatch(f) // "the jail, what town is it": the jail, not "it"
	if m != nil && text.IsPersonNoun(lastWord(m[1])) {
		return false // "soldiers are in which city": where people are, not a thing's town
	}
	if m == nil {
		m = placeOfThingQ.FindStringSubmatch(f)
	}
	if m == nil {
		m = placeOfThingRelQ.FindStringSubmatch(f) // "in what city is the prison that the soldiers retook"
		if m != nil && (text.IsPersonNoun(lastWord(m[1])) || thingPrep[lastWord(m[1])]) {
			return false // "the journalist who was kidnapped": a person; "the capital of the country where": no thing
		}
	}
	if m == nil {
		m = placeOfThingLateQ.FindStringSubmatch(f) // "which city this prison is in"
		if m != nil && text.IsPersonNoun(lastWord(m[1])) {
			return false // "which country the soldiers are in": where people are
		}
	}
	if m == nil {
		return false
	}
	thing := strings.Fields(m[1])
	if thingAux[thing[0]] || questionWord(thing[0]) {
		// "is it quito? which city": a question before, no thing; "where
		// it is? which city": no thing named
		return false
	}
	for n := len(thing); n > 1 && placeTail[thing[n-1]]; n-- {
		thing = thing[:n-1] // "is the prison located in", "is it in"
	}
	if len(thing) == 1 && (placePronouns[thing[0]] || text.PastParticiple(thing[0])) {
		return false // "what town was that in", "which city was attacked"
	}
	// A participle after the thing's noun makes it an event ("the guards
	// held hostage", "the mayor killed"); before it, it is an adjective
	// ("the overcrowded prison", "the armed prison").
	return len(thing) < 2 || !slices.ContainsFunc(thing[1:], text.PastParticiple)
}

// thingPrep are the prepositions a thing's words may not end on: "the
// capital of the country where ..." asks which city is the capital.
var thingPrep = map[string]bool{"of": true, "in": true, "on": true, "at": true, "for": true, "from": true, "to": true, "with": true}

// thingAux are the verbs a thing's words may not open with: "is it quito?
// which city" asks of a guess, not of a thing.
var thingAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "do": true, "does": true, "did": true, "can": true, "could": true, "will": true, "would": true, "has": true, "have": true, "had": true}

// placeOfThingRelQ is placeOfThingQ's question with a relative clause
// after its thing, which says which thing and asks nothing: "in what city
// is the prison that the soldiers retook". The thing takes a determiner
// and one or two words.
var placeOfThingRelQ = regexp.MustCompile(`\b(?:what|which) (?:city|town|country|province|region) (?:is|are|was|were|be) (?:the|this|that) ((?:[\p{L}'’]+ )?[\p{L}'’]+) (?:that|which|where|who|the) [^?.!]*[?.!]*\s*$`)

var placeOfThingQ = regexp.MustCompile(`\b(?:what|which) (?:city|town|country|province|region) (?:is|are|was|were|be) (?:the |a |an |that |this )?((?:[\p{L}'’]+ ){0,2}[\p{L}'’]+)(?: (?:in|located|located in|based|based in))?\s*[?.!]*\s*$`)

// placeOfThingLateQ is the same question with its verb after the thing,
// as many learners and Nigerian Pidgin ("which city this prison dey",
// read "... is") put it: "which city this prison is in", "what country
// the prison is located".
var placeOfThingLateQ = regexp.MustCompile(`\b(?:what|which) (?:city|town|country|province|region) (?:the |a |an |that |this )((?:[\p{L}'’]+ ){0,2}[\p{L}'’]+) (?:is|are|was|were|be)(?: (?:in|located|located in|based|based in))?\s*[?.!]*\s*$`)

// lastWord is the last of the words in s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// thingFirstQ is a place-of-thing question naming the thing before it
// asks: "prison is in what city exactly", "this prison in the video,
// which city it is?". The thing is the question's opening words.
var thingFirstQ = regexp.MustCompile(`^\s*(?:where (?:is|was) )?(?:the |a |an |that |this )?((?:[\p{L}'’]+ ){0,2}[\p{L}'’]+)(?: (?:in|on) (?:the |a |that |this )?[\p{L}'’]+)?(?: (?:is|are|was|were|be)(?: (?:located|based|situated))? in (?:what|which)|\s*[,?!]\s*(?:where (?:it is|is it)(?: (?:located|situated|based))?\s*[,?]*\s*|it(?:'s|’s| is| was| s) (?:in )?|in )?(?:what|which)) (?:city|town|country|province|region)(?: (?:is it|it is|it's|is that|exactly))?\s*[?.!]*\s*$`)

// placeTail are the words a place-of-thing question may end on after its
// thing.
var placeTail = map[string]bool{"in": true, "at": true, "located": true, "based": true, "situated": true, "found": true, "headquartered": true}

// placePronouns are words that stand for something said before.
var placePronouns = map[string]bool{"one": true, "that": true, "it": true, "this": true, "in": true, "there": true, "they": true, "he": true, "she": true, "these": true, "those": true, "them": true, "we": true, "you": true}

// PlaceNamedAt reports a place phrase at the start of s: "in the city of
// Guayaquil", "at the Litoral prison", "in Quito", "of the city of Manta"
// (the mayor's).
func PlaceNamedAt(s string) bool { return placeAt.MatchString(s) }

var placeAt = regexp.MustCompile(`^(?:(?:in|at|inside|near)\s+(?:the\s+)?(?:(?:city|cities|town|towns|province|provinces|state|states|country|region|regions|capital)\s+(?:of\s+)?)?|of\s+the\s+(?:city|town|province|state|country|region)\s+of\s+)\p{Lu}`)

// PresenceCount reports a count of what is somewhere ("how many prisoners
// are in the Litoral", "how many guards does Ecuador have"): a count of
// the dead or hurt there is no answer to it.
func PresenceCount(asked string) bool {
	f := text.Fold(asked)
	loc := presenceQ.FindStringIndex(f)
	if loc == nil {
		return false
	}
	m, next := f[loc[0]:loc[1]], strings.Fields(f[loc[1]:])
	if len(next) > 0 && (strings.HasSuffix(m, "have") && next[0] == "to" || strings.HasSuffix(m, "held") && (next[0] == "hostage" || next[0] == "captive" || next[0] == "by")) || strings.Contains(m, "hostage") {
		// "how many people did they have to evacuate", "how many guards
		// were held hostage" (or "held by the inmates", "how many
		// hostages were held"): a deed's count, not who is in a place
		return false
	}
	return !harmWords.MatchString(m) // "how many dead were there in": a toll
}

// HarmCount reports a sentence that counts the dead or hurt: "claiming the
// lives of hundreds of prisoners", "31 died".
func HarmCount(txt string) bool { return harmWords.MatchString(text.Fold(txt)) }

// DeedCount reports a sentence whose count is of those something was done
// to: "Two other inmates were sentenced to 20 years", "moved 1,500
// suspected gang members", not "the wing, which holds roughly 1,400
// prisoners" nor "1,100 were held there". It answers how many had that
// done to them, not how many are in a place (PresenceCount).
func DeedCount(txt string) bool {
	f := text.Fold(txt)
	if holdingCountRE.MatchString(f) {
		return false // "now holds about 12,000 inmates after guards transferred 200": it says how many are there
	}
	for _, m := range countDoneRE.FindAllStringSubmatch(f, -1) {
		if v := m[1]; text.PastParticiple(v) && !holdingVerbs[text.Lemma(v)] {
			return true
		}
	}
	return countDeedBeforeRE.MatchString(f)
}

var (
	countDoneRE       = regexp.MustCompile(`\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+){0,3}?(?:were being|are being|have been|had been|were|was|got)\s+([a-z]+)\b`)
	holdingCountRE    = regexp.MustCompile(`\b(?:holds?|held|houses|housed|housing|holding)\s+(?:about |some |around |roughly |nearly |more than |up to |over )?\d`)
	countDeedBeforeRE = regexp.MustCompile(`\b(?:moved|relocated|transferred|sent|released|freed|killed|sentenced|arrested|evacuated|injured|wounded|deported|executed|convicted|recaptured|rescued)\s+(?:about |some |around |roughly |nearly |more than |at least |another )?\d`)
	// holdingVerbs keep people in a place: a count of them is how many
	// are there.
	holdingVerbs = map[string]bool{"hold": true, "house": true, "keep": true, "jail": true, "lock": true, "imprison": true, "detain": true, "incarcerate": true, "confine": true, "cram": true, "pack": true, "crowd": true, "register": true}
)

var (
	presenceQ = regexp.MustCompile(`\bhow many (?:\w+ ){1,3}(?:are|were|is|r) (?:(?:there|even|still|currently|now|actually) )?(?:in|inside|at|held|locked up|housed|kept|jailed|behind bars)\b|\bhow many (?:\w+ ){1,3}(?:does|do|did) (?:\w+ ){1,4}(?:have|hold)\b|\b(?:total |prison |inmate )(?:population|headcount|capacity)\b`)
	harmWords = regexp.MustCompile(`\b(?:died|dead|deaths?|killed|killing|lives|injured|wounded|hurt|toll)\b`)
)

// YearAnswers reports a when-question a year answers: not one asking
// for a clock time or a date.
func YearAnswers(asked string) bool {
	q := text.Fold(asked)
	return !clockQ.MatchString(q) && !dateQ.MatchString(q)
}

// HasYear reports a year of any century, or a decade, as a time is said:
// "in 1097", "the 1050s" (Time.In knows only 1900-2099 as bare years).
func HasYear(txt string) bool { return yearWords.MatchString(txt) }

var yearWords = regexp.MustCompile(`(?i)\b(in|by|since|from|until|till|after|before|around|circa|of|during|between|and|to)\s+(the\s+)?(early\s+|late\s+|mid-)?\d{3,4}s?\b`)

var (
	// clockQ asks for a time of day.
	clockQ = regexp.MustCompile(`\b(what|which|at what) time\b|\b(what|which) hours?\b|\bwhat o'?clock\b|\bwhat(?: is| was|'s| are| were) the (?:\w+ )?(?:time|hours)(?:\s*[?.!]?\s*$|\s+(?:in|at|of|for|on|when|that|is|was|are|were|does|do|did)\b)`)
	// clockWords are a time of day: "10 p.m.", "22:00", "noon", "at
	// night" (not "Monday night": a day).
	clockWords = regexp.MustCompile(`(?i)\b\d{1,2}(:\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b|\bo'clock\b|\bnoon\b|\bmidnight\b|\bdawn\b|\bdusk\b|\b(at|by|during the|in the|every|each|that|last|overnight)\s+(night|morning|afternoon|evening)\b|\bovernight\b|\bsunrise\b|\bsunset\b`)
)

// nameLinks are the small words inside a name ("Penitenciaria del
// Litoral"): they make no name new.
var nameLinks = map[string]bool{"de": true, "del": true, "la": true, "of": true, "the": true, "von": true, "van": true, "da": true, "di": true, "du": true, "le": true, "al": true, "bin": true, "el": true}

// namesNew reports a name in txt with a word the folded question q
// doesn't give. A sentence's first word is capitalised for being first,
// so when it is a function word ("Some European nations") or a plural
// joined by "of" to the next capital ("Thousands of Venezuelan soldiers")
// it is not read as part of a name; "Guillermo Rodriguez is" and "Edward
// the Confessor" keep it. A word the question gives the stem of is not new
// ("Venezuelan" for "venezuela").
func namesNew(txt, q string) bool {
	if first := strings.IndexFunc(txt, unicode.IsLetter); first >= 0 {
		if m := personName.FindStringIndex(txt); m != nil && m[0] == first {
			words := strings.Fields(text.Fold(txt[m[0]:m[1]]))
			if len(words) > 2 && words[1] == "of" && strings.HasSuffix(words[0], "s") || len(text.Terms(words[0])) == 0 {
				// Names are read after the first word.
				if end := strings.IndexFunc(txt[first:], func(r rune) bool { return !unicode.IsLetter(r) }); end > 0 {
					txt = txt[first+end:]
				}
			}
		}
	}
	qw := strings.Fields(q)
	for _, name := range personName.FindAllString(txt, -1) {
		if nameWordNew(strings.Fields(text.Fold(name)), q, qw) {
			return true
		}
	}
	return false
}

// nameWordNew reports a word of a name (folded words) that the folded
// question q (its words qw) doesn't give: not a small word inside a name,
// not in q, not the stem of a word of q.
func nameWordNew(name []string, q string, qw []string) bool {
	for _, w := range name {
		if !nameLinks[w] && !strings.Contains(q, w) && !givenStem(qw, w) {
			return true
		}
	}
	return false
}

// givenStem reports a question word of five letters or more that w
// extends: "venezuela" for "venezuelan", "ecuador" for "ecuadorian".
func givenStem(qw []string, w string) bool {
	for _, x := range qw {
		if len(x) >= 5 && strings.HasPrefix(w, x) {
			return true
		}
	}
	return false
}

// Office is the office a "who is the <role>" question asks the holder of,
// in folded text: "mayor", "attorney general", "boss" of "who's the prison
// boss". A question after whoever runs an institution asks for its
// director, read with the words for one (chief, head, boss:
// text.WordSynonyms), not a gang's leader nor a country's head ("who runs
// the prisons", "the guy in charge of the prisons"; not "who runs ecuador";
// only in the present: "who ran the raid" asks after a deed, "who is
// leading the polls" after no office); then words are the question's words
// for running it ("guy in charge of"), which name no topic. "" when the
// question asks no office.
func Office(folded string) (office, words string) {
	if m := roleQ.FindStringSubmatch(folded); m != nil {
		return m[len(m)-1], ""
	}
	if k := Classify(folded); k != Person && k != Name {
		return "", ""
	}
	loc := chargeQ.FindStringSubmatchIndex(folded)
	if loc == nil {
		return "", ""
	}
	if next := folded[loc[4]:loc[5]]; chargeParticle[next] || !institutionAfter(folded[loc[3]:]) {
		return "", "" // "who is running away from them"; "who runs ecuador": its president, not a director
	}
	return "director", folded[loc[0]:loc[4]]
}

// institutionAfter reports an institution among the first words after a
// verb of running ("the prisons in ecuador", "the snai", "the prison
// authority"): what a director runs. A country or a city has other heads.
func institutionAfter(rest string) bool {
	ws := strings.Fields(rest)
	for _, w := range ws[:min(4, len(ws))] {
		if institutionWords[strings.Trim(w, "?!.,;:'’")] {
			return true
		}
	}
	return false
}

// institutionWords are bodies a director runs, folded.
var institutionWords = map[string]bool{"prison": true, "prisons": true, "jail": true, "jails": true, "penitentiary": true, "system": true,
	"authority": true, "agency": true, "service": true, "department": true, "ministry": true, "office": true, "snai": true, "police": true,
	"company": true, "firm": true, "port": true, "operator": true, "union": true, "bank": true, "institution": true, "facility": true,
	"facilities": true, "hospital": true, "school": true, "court": true, "army": true, "operation": true, "group": true, "organization": true}

// chargeParticle are words after a verb of running something that make it
// another verb: "ran away", "headed to".
var chargeParticle = map[string]bool{"away": true, "off": true, "out": true, "into": true, "over": true, "from": true, "to": true, "through": true, "after": true, "up": true, "down": true, "for": true, "toward": true, "towards": true, "back": true, "across": true}

// chargeQ finds whoever runs something in a question: "who runs", "who's
// in charge of", "the guy heading".
var chargeQ = regexp.MustCompile(`\b(?:who|guy|man|woman|person|fella|fellow|bloke|chap|gentleman|lady|official|dude|one|individual)(?:s|'s|’s| that is| who is| that's| who's| that’s| who’s| is| that| who)?\s+(?:the one\s+)?(in charge of|runs|running|heads|heading|oversees|overseeing|manages|managing|directs|directing)\b\s*([a-z]*)`)

// PersonNames finds what look like people's names in txt (two capitalised
// words, or two in capitals as soundbite lines write them), as byte spans.
func PersonNames(txt string) [][]int { return personName.FindAllStringIndex(txt, -1) }

// roleWords are the offices a "what is the X's name" question asks the
// holder of.
const roleWords = `president|mayor|governor|minister|attorney general|director|general director|leader|head|chief|boss|spokes\w+|ceo|judge|prosecutor|commander|warden|coach|owner|candidate|victim|driver|captain|lawyer|officer|guard|inmate|gang leader|gang|group|cartel|faction|company|firm|party|team|union|organi[sz]ation|boat|ship|vessel|plane|hospital|operation|law|act|facility|complex|center|centre`

var namedRoleRE = regexp.MustCompile(`\bwhat(?:'s| is| was| are| were)\s+(?:the\s+)?(?:\S+'s\s+|[a-z]+\s+){0,2}?(` + roleWords + `)(?:\s+of\s+[a-z]+)?(?:'s|’s|s)?\s+(?:` + nameAdjectives + `\s+)?names?\b|\bwhat(?:'s| is| was| are| were)?\s+(?:the\s+)?(?:\S+'s\s+|[a-z]+\s+){0,2}(` + roleWords + `)\s+(?:is\s+|was\s+)?called\b|\bnames? of (?:the\s+|his\s+|her\s+|their\s+)?(?:\S+\s+){0,3}?(` + roleWords + `)s?\b|\b(` + roleWords + `)(?:\s+(?:(?:of|in|from)\s+)?[a-z]+)??(?:\s+(?:guy|man|woman|dude|person|lady|fella))?(?:'s|’s)?\s+(?:` + nameAdjectives + `\s+)?name(?:\s+what)?\s*(?:[?.,]|$)`)

// nameAdjectives are the words a name question puts before "name": "the
// attorney general's actual name", "his full name".
const nameAdjectives = `(?:full|actual|real|exact|proper|whole|first|last|given)`

// NamedRole is the office a name question asks the holder of ("what was
// the mayor's name", "what is the attorney general called", "the name of
// the prison director"), in folded text, or "".
func NamedRole(folded string) string {
	if whoDidRE.MatchString(folded) {
		return "" // "who did the mayor of manta name": whom he named
	}
	if m := whichGangRE.FindStringSubmatch(folded); m != nil {
		switch {
		case m[1] == "gang" && (m[2] == "leader" || m[2] == "leaders"):
			return "gang leader" // "which gang leader was moved": the leader's name
		case m[2] == "boss" || m[2] == "bosses":
			return "boss"
		case !gangModified[m[2]]:
			return m[1] // "which gangs were fighting": a gang's name, not any name
		}
	}
	if m := calledWhoRE.FindStringSubmatch(folded); m != nil {
		return m[1] // "that mayor of manta was called who"
	}
	if at := pronounNameRE.FindStringIndex(folded); at != nil {
		// "mayor of manta who is killed, what is his name": the office
		// named before the question, the last one a person holds
		if r := subjectOffice(folded[:at[0]]); r != "" {
			return r
		}
		if r := personRoleRE.FindString(folded[at[1]:]); r != "" {
			return r // "what is her name, the new warden?": the office named after
		}
	}
	m := namedRoleRE.FindStringSubmatchIndex(folded)
	for i := len(m)/2 - 1; i >= 1; i-- {
		if m[2*i] < 0 {
			continue
		}
		role := folded[m[2*i]:m[2*i+1]]
		if f := strings.Fields(folded[m[2*i+1]:m[1]]); len(f) > 1 && roleWordRE.MatchString(f[0]) {
			return f[0] // "party leader name?": the leader's, of the party
		}
		return role
	}
	return ""
}

// whichGangRE asks which gang, cartel or faction: what names it is a
// name written next to its word ("the Los Choneros gang"), not a city's
// or a prison's in the same sentence.
var whichGangRE = regexp.MustCompile(`\b(?:which|what|wat|whit)\s+(gang|cartel|faction)s?\b\s*([a-z]*)`)

// gangModified are the nouns "gang" may stand before as a modifier: "which
// gang leader" asks a leader, "what gang violence" no name at all.
var gangModified = map[string]bool{"leader": true, "leaders": true, "boss": true, "bosses": true, "member": true, "members": true, "violence": true, "war": true, "wars": true, "fight": true, "fights": true, "fighting": true, "clash": true, "clashes": true, "crime": true, "crimes": true, "activity": true, "territory": true, "rivalry": true, "feud": true, "conflict": true, "problem": true, "problems": true}

// calledWhoRE asks an office's holder by "called who": "that mayor of
// manta was called who", "the attorney general is called what".
var calledWhoRE = regexp.MustCompile(`\b(` + roleWords + `)(?:\s+(?:of|in|from)(?:\s+[a-z]+){1,4}?)?\s+(?:is|was)\s+called\s+(?:who|what)\b`)

// pronounNameRE asks a name by a pronoun, of someone named before it:
// "what is his name", "what was her full name", "his name is what".
var pronounNameRE = regexp.MustCompile(`\bwhat(?:'s|’s| is| was)?\s+(?:his|her)\s+(?:` + nameAdjectives + `\s+)?name\b|\b(?:his|her)\s+(?:` + nameAdjectives + `\s+)?name\s+(?:is\s+|was\s+)?what\b`)

// personRoles are the roleWords a person holds, whom "his" or "her"
// stands for: not "party" in "a baptism party", nor a gang or a ship.
const personRoles = `president|mayor|governor|minister|attorney general|general director|director|gang leader|leader|head|chief|boss|spokes\w+|ceo|judge|prosecutor|commander|warden|coach|owner|candidate|victim|driver|captain|lawyer|officer|guard|inmate`

// subjectOffice is the last office a person holds named in before that
// "his" or "her" can stand for: not one a relative clause names after an
// earlier office ("the judge who sentenced the inmate": the judge), nor a
// possessor ("the prosecutor's killer": not the prosecutor).
func subjectOffice(before string) string {
	locs := personRoleRE.FindAllStringIndex(before, -1)
	out := ""
	for k, l := range locs {
		rest := before[l[1]:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		if k > 0 && relativeRE.MatchString(before[locs[k-1][1]:l[0]]) && out != "" {
			continue
		}
		out = before[l[0]:l[1]]
	}
	return out
}

// relativeRE opens a relative clause.
var relativeRE = regexp.MustCompile(`\b(?:who|whom|that|which)\b`)

// personRoleRE finds personRoles, whole, in text.
var personRoleRE = regexp.MustCompile(`\b(?:` + personRoles + `)\b`)

// whoDidRE opens a question for whom someone did something: its "name"
// is a verb.
var whoDidRE = regexp.MustCompile(`^\s*(?:who|whom)\s+(?:did|does|do|will|would|could|can)\b`)

// roleWordRE is one of roleWords, whole.
var roleWordRE = regexp.MustCompile(`^(?:` + roleWords + `)$`)

// countedRE finds what a "how many" question counts: the words after "how
// many" / "how much" / "number of" (four, for the filler chat puts before
// it: "how many dudes were actually killed").
var countedRE = regexp.MustCompile(`(?i)\b(?:how (?:many|much)|number of|(?:figures?|tally) (?:for|on))\s+(?:of\s+(?:the\s+)?)?((?:[\p{L}'’-]+\s*){1,4})|\b(death toll|toll)\b|\b(how old)\b`)

// CountDeed is what befell what a count question counts, when it says
// so after naming it: "how many inmates died" counts inmates who died, so
// "prisons hold 97,000 inmates" does not answer it. It is the first verb in
// the past (or a past participle: "were killed", "got caught") within three
// words after the counted word, as stemmed terms with its synonyms and
// relations (DeedTerms); nil when there is none, or when the counted word
// is itself the deed ("how many people died").
func CountDeed(asked string) map[string]bool {
	f := text.Fold(asked)
	m := countedRE.FindStringSubmatchIndex(f)
	if m == nil || m[2] < 0 {
		return nil
	}
	words := strings.Fields(f[m[2]:])
	seen := -1 // index of the counted word
	for i, w := range words {
		w = strings.Trim(w, "?!.,;:")
		if seen < 0 {
			if countSkip(w) {
				continue
			}
			if pastVerb(w) {
				// the counted word is the deed: "how many are escaped",
				// "how many ran" count those who did it; "how many
				// people died" counts the dead, whatever word a toll
				// gives them (the deaths' own rules read it)
				if deathVerbs[text.Lemma(w)] {
					return nil
				}
				return DeedTerms(w)
			}
			seen = i
			continue
		}
		if i-seen > 3 {
			break
		}
		if countAux[w] {
			continue
		}
		if pastVerb(w) {
			return DeedTerms(w)
		}
	}
	return nil
}

// deathVerbs are the deeds a toll counts.
var deathVerbs = map[string]bool{"die": true, "kill": true, "murder": true, "slay": true, "perish": true, "shoot": true, "burn": true}

// countAux are the auxiliaries between a counted word and its deed: "how
// many guards were killed", "how many got caught".
var countAux = map[string]bool{"were": true, "was": true, "got": true, "get": true, "have": true, "had": true, "has": true, "been": true, "be": true, "being": true, "did": true, "actually": true, "really": true, "eventually": true, "later": true}

// pastVerb reports a word that reads as a verb in the past: "-ed", or a
// form the lemma tables know as another word's ("died" -> die, "caught" ->
// catch), but not a plural ("inmates") or a word that is its own lemma.
func pastVerb(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "s") {
		return false
	}
	l := text.Lemma(w)
	return l != w && l != "" && l != "be" && l != "have" && l != "do"
}

// countSkip reports a word a count question says before what it counts
// (countFiller), or one that only stresses it ("how many guys actually
// got killed").
func countSkip(w string) bool { return countFiller[w] || text.IsIntensifier(w) }

// countFiller are words a count question uses before what it counts:
// "how many people died" counts deaths, and so does "how many guys got
// killed" (chat's "guys" are people).
var countFiller = map[string]bool{"got": true, "get": true, "gets": true, "been": true, "people": true, "persons": true, "person": true, "ppl": true, "guys": true, "dudes": true, "folks": true, "peeps": true, "in": true, "total": true, "more": true, "other": true, "were": true, "was": true, "are": true, "is": true, "did": true, "have": true, "had": true, "has": true, "the": true, "of": true}

// countNear is how many words apart a number and what it counts may stand:
// "15 prison guards", "the death toll from the violence from 18 to 31".
const countNear = 6

// CountIn is Number.In for a sentence chosen as an answer: it has a
// number, and, when the question says what it counts ("how many guards"), a
// number near that thing or a word for it: "three cellblocks" does not
// answer "how many dead". (A claim of a model's reply is read with the
// reply around it, "It rose from 18 to 31", so the claim check keeps In.)
func CountIn(txt, asked string) bool { return CountNear(txt, Counted(asked)) }

// CountAsked is the words of folded that ask for a figure rather than
// name what it is of: "latest figure" of "what is the latest figure",
// "final tally" of "what's the final tally"; "" when there are none. A
// sentence with the figure need not hold them.
func CountAsked(folded string) string {
	m := countAskedRE.FindStringSubmatch(folded)
	if m == nil {
		return ""
	}
	return m[1]
}

// countAskedRE is numberQ's "what is the ... figure" alternative.
var countAskedRE = regexp.MustCompile(figureAsked)

// figureAsked is "what is the ... figure", the words after "what is the"
// caught: numberQ's question for a figure and CountAsked's words.
const figureAsked = `\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?((?:(?:latest|final|official|total|exact|current|updated|new|overall|real|actual)\s+)*(?:number|figure|tally)s?)\b`

// ClaimCounted is what a number stated in a question counts, as Counted
// reads "how many": "50 people died in that jail" counts deaths, as "how
// many people died" does; "wasn't it 200 soldiers" soldiers. nil when no
// number is followed by what it counts (a year is none).
func ClaimCounted(asked string) map[string]bool {
	if mag := MagnitudeClaim(asked); mag != "" {
		// "some hundred soldiers and policemen": soldiers
		f := text.Fold(asked)
		for _, m := range magnitudeClaimRE.FindAllStringSubmatch(f, -1) {
			if m[1] != mag {
				continue
			}
			if c := countedTerms("how many " + magnitudeScales.ReplaceAllString(m[2], "")); c != nil {
				return c
			}
		}
	}
	for _, m := range claimCountRE.FindAllStringSubmatch(text.Fold(asked), -1) {
		if len(m[1]) == 4 && (m[1][:2] == "19" || m[1][:2] == "20") {
			continue // a year: "in 2021" ("1000 soldiers" is a count)
		}
		if w := firstCounted(m[2]); w == "" || !text.IsWord(w) || len(text.Terms(w)) == 0 {
			continue // "31 howmany", "50 or so", "18 before": no word of what it counts
		}
		if c := countedTerms("how many " + m[2]); c != nil {
			return c
		}
	}
	return nil
}

// firstCounted is the first word of words that countedTerms reads as
// what is counted.
func firstCounted(words string) string {
	for _, w := range strings.Fields(words) {
		if !countSkip(w) {
			return w
		}
	}
	return ""
}

// claimCountRE is digits and the words after them.
var claimCountRE = regexp.MustCompile(`(?:^|[^$\d.,])\b(\d+(?:,\d{3})*)\s+((?:[\p{L}'’-]+\s*){1,3})`)

// Counted is what a count question counts, as stemmed terms with their
// synonyms (see CountIn); nil when it doesn't say. Made once per question.
func Counted(asked string) map[string]bool { return countedTerms(asked) }

// CountNear is CountIn with the question's Counted terms made already.
func CountNear(txt string, counted map[string]bool) bool {
	if counted[text.Stem("toll")] && tollFigure(txt) {
		return true // "The death toll from a landslide that buried houses ... rose to 36"
	}
	if !numberWords.MatchString(txt) {
		return false
	}
	if len(counted) == 0 {
		return true
	}
	if counted[text.Stem("age")] && ageApposition.MatchString(txt) {
		return true // "Alfredo Sanchez Rios, 52, the mayor": his age
	}
	if countsMoney(counted) && currencyAmount.MatchString(txt) {
		return true // "how much money do they ask": "$20 a week"
	}
	words := text.Words(txt)
	var nums, hits []int
	for i, w := range words {
		if (text.IsNumeral(w) || text.IsNumberTerm(text.Stem(w))) && !dateNumber(words, i, counted, txt) {
			nums = append(nums, i)
		}
		if counted[text.Stem(w)] && !(strings.EqualFold(w, "toll") && !deathWord.MatchString(txt)) {
			// (a toll in a sentence with no word of death is a road's:
			// "The toll on the new bridge rose to 3 dollars")
			hits = append(hits, i)
		}
	}
	for _, n := range nums {
		if n+2 < len(words) && strings.EqualFold(words[n+1], "of") && backRef[strings.ToLower(words[n+2])] && !partitiveOne(words, n) {
			// "recaptured 31 of them": a count of what was named before,
			// whatever it was called.
			return true
		}
		for _, h := range hits {
			if partitiveOne(words, n) && !(h > n+1 && h-n <= 4) {
				// "one of the most dangerous": one of what follows "of",
				// not a count of anything before it.
				continue
			}
			if h-n <= countNear && n-h <= countNear {
				return true
			}
		}
	}
	return false
}

// partOfDead is a count of some of the dead: "Two of the dead", "three of
// the victims".
var partOfDead = regexp.MustCompile(`(?i)^of\s+(?:the|those)\s+(?:dead|victims|deceased|bodies|killed|who\s+(?:died|were\s+killed)|people\s+(?:who\s+)?(?:killed|died|dead))\b`)

// amongTheDead opens a sentence that names some of the dead: "Among the
// dead were two teenagers shot outside a school", "A fourth victim, an
// 80-year-old woman, died of a heart attack".
var amongTheDead = regexp.MustCompile(`(?i)^\s*(?:among\s+(?:the|those)\s+(?:dead|victims|killed)|an?(?:other)?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:victim|person|body))\b`)

// PartOfDeadOnly reports a sentence whose every count is of some of the
// dead ("Two of the dead were killed when the adobe walls of their home
// collapsed"): a breakdown of a toll, no toll. A question that asks a part
// ("how many of the dead were children") is not asked of it here.
func PartOfDeadOnly(txt string) bool {
	if amongTheDead.MatchString(txt) {
		return true
	}
	words := text.Words(txt)
	parts := 0
	for i, w := range words {
		if !(text.IsNumeral(w) || text.IsNumberTerm(text.Stem(w))) || dateNumber(words, i, nil, txt) {
			continue
		}
		if !partOfDead.MatchString(strings.Join(words[i+1:min(len(words), i+6)], " ")) {
			return false
		}
		parts++
	}
	return parts > 0
}

// AsksTollWhole reports a question for how many died that asks no part of
// them: "how many people died in the loja earthquake", not "how many of
// the dead were children".
func AsksTollWhole(asked string) bool {
	f := text.Fold(asked)
	if !(deathAsked.MatchString(f) || tollAsked.MatchString(f)) || partAsked.MatchString(f) {
		return false
	}
	// "how many children died": the dead of a kind, which a part of the
	// dead may tell ("Three of the dead were children")
	if m := countedRE.FindStringSubmatch(f); m != nil && m[1] != "" {
		for _, w := range strings.Fields(m[1]) {
			if countSkip(w) {
				continue
			}
			return !text.IsPersonNoun(w) || wholePeople[w]
		}
	}
	return true
}

var (
	partAsked   = regexp.MustCompile(`\bhow many of\b|\bof (?:the|those) (?:dead|victims|killed|deceased)\b|\bof them\b`)
	tollAsked   = regexp.MustCompile(`\btoll\b|\bfatalit|\blives (?:were |have been )?lost\b`)
	wholePeople = setOf("people persons person ppl individuals")
)

// tollFigure reports a death toll told with its figure in one clause,
// however far apart: "The death toll from a landslide that buried houses
// and vehicles in southern Peru rose to 36", "The death toll from the
// landslide in Secocha, a gold-mining town, rose on Tuesday to 36", "has
// reached at least 40". A toll with no word of death in its sentence is a
// road's ("The toll on the new bridge rose to 3 dollars"); the clause ends
// at a stop (not an abbreviation's: "the U.S. Midwest") or at a
// conjunction that opens another ("is still unknown as the river rose to
// five metres").
func tollFigure(txt string) bool {
	loc := tollWord.FindStringIndex(txt)
	if loc == nil || !deathWord.MatchString(txt) {
		return false
	}
	words := strings.Fields(txt[loc[1]:])
	bare := make([]string, len(words)) // without the punctuation around them, for dateNumber
	for i, w := range words {
		bare[i] = strings.Trim(w, ",.;:\"'“”()")
	}
	for v, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",\"'“”()"))
		if clauseStop[lw] || clauseEnds(w) && !tollRise[lw] {
			return false
		}
		if !tollRise[lw] {
			continue
		}
		for j := v + 1; j < len(words) && j <= v+6; j++ {
			x := strings.ToLower(bare[j])
			if text.IsNumeral(x) || text.IsNumberTerm(text.Stem(x)) {
				if !dateNumber(bare, j, nil, txt) {
					return true
				}
			} else if x == "and" || !tollBetween[x] && j-v > 2 {
				break
			}
			if strings.HasSuffix(words[j], ",") || clauseEnds(words[j]) {
				break // "rose sharply, and 36 houses were destroyed"
			}
		}
		return false
	}
	return false
}

var (
	tollWord  = regexp.MustCompile(`(?i)\btoll\b`)
	deathWord = regexp.MustCompile(`(?i)\b(?:death|deaths|dead|died|killed|killing|victims|bodies|fatalities|casualties)\b`)
	// tollRise are the verbs a toll rises or stands by.
	tollRise = setOf("rose risen rises rising climbed climbs climbing jumped jumps increased increases reached reaches stood stands grew grown mounted")
	// tollBetween are the words between such a verb and its figure: "rose
	// to", "stood at about", "reached at least", "rose to more than".
	tollBetween = setOf("to at about around least more than nearly almost over some")
	// clauseStop are the words that open another clause after a toll.
	clauseStop = setOf("as while whereas but because although though")
)

// clauseEnds reports a word that ends its clause: a stop, colon or
// semicolon after it, unless it is an abbreviation ("U.S.", "Mt.").
func clauseEnds(w string) bool {
	w = strings.TrimRight(w, "\"'”’)")
	if strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") {
		return true
	}
	if !strings.HasSuffix(w, ".") {
		return false
	}
	stem := strings.TrimSuffix(w, ".")
	return !(strings.Contains(stem, ".") || len(stem) <= 3 && text.StartsUpper(stem))
}

// setOf is the set of the space-separated words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// dateNumber reports a number at words[i] that counts nothing: a year
// ("in 1973", "the 1755 expedition"; not "1500 guards", where what is
// counted follows, nor "1,500", which text.Words writes 1500) or a day of
// a month ("October 16", "16 October"). (A share, "70%", may answer "how
// much of the oil" and stays.)
func dateNumber(words []string, i int, counted map[string]bool, txt string) bool {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if n, err := strconv.Atoi(w); err == nil {
		if len(w) == 4 && n >= 1000 && n < 2100 && !counted[text.Stem(next)] && strings.Contains(txt, w) {
			return true
		}
		if n >= 1 && n <= 31 && (i > 0 && text.IsMonth(words[i-1]) || text.IsMonth(next)) {
			return true
		}
	}
	return false
}

// moneyStems are the stems of what a sum of money counts: "how much
// money", "what did it cost", "how many dollars".
var moneyStems = func() []string {
	var out []string
	for _, w := range []string{"money", "cost", "price", "dollar", "fee", "fine", "ransom", "cash", "wage", "salary"} {
		out = append(out, text.Stem(w))
	}
	return out
}()

// countsMoney reports a count question that counts money.
func countsMoney(counted map[string]bool) bool {
	for _, t := range moneyStems {
		if counted[t] {
			return true
		}
	}
	return false
}

// currencyAmount is a sum of money as the news writes it: "$20",
// "US$3.5 million", "€400", "50,000 dollars", "1,200 pesos".
var currencyAmount = regexp.MustCompile(`(?i)(?:US)?[$€£]\s?\d|\b\d[\d,.]*\s+(?:million\s+|billion\s+)?(?:dollars|euros|pounds|pesos|reais|soles|bolivars)\b`)

// backRef are the pronouns a partitive count points back with: "31 of
// them".
var backRef = map[string]bool{"them": true, "those": true, "these": true}

// partitiveOne reports "one of" at word n: "one of the guards" counts the
// guards after it, "seized from the prison - one of the most dangerous"
// counts nothing.
func partitiveOne(words []string, n int) bool {
	return n+1 < len(words) && strings.EqualFold(words[n], "one") && strings.EqualFold(words[n+1], "of")
}

// exactQ asks for an exact figure: "exactly how many", "the precise
// number".
var exactQ = regexp.MustCompile(`\b(exact|exactly|precise|precisely)\b`)

// vagueNumbers are quantities that are no figure: "thousands of soldiers".
var vagueNumbers = regexp.MustCompile(`(?i)^(hundreds|thousands|millions|billions|dozens|scores|several|many|few|some)$`)

// ExactCount is CountNear for a question that asks for an exact figure
// ("exactly how many soldiers took part"): a vague quantity ("thousands of
// soldiers") near what is counted does not answer it. For other questions
// it is CountNear.
func ExactCount(txt, asked string, counted map[string]bool) bool {
	if !exactQ.MatchString(text.Fold(asked)) {
		return CountNear(txt, counted)
	}
	var exact []string
	for _, w := range strings.Fields(txt) {
		if !vagueNumbers.MatchString(strings.Trim(w, ",.;:()\"'“”")) {
			exact = append(exact, w)
		}
	}
	return CountNear(strings.Join(exact, " "), counted)
}

// ageApposition is a person's age as the news writes it, between commas
// after the name: "Alfredo Sanchez Rios, 52, the mayor of ...".
var ageApposition = regexp.MustCompile(`\p{Lu}\p{Ll}+,\s+\d{1,3},`)

// countedTerms are the stemmed terms, with their synonyms, of what a count
// question counts ("how many people died": die, death, dead, kill, toll,
// ...), or nil when it doesn't say.
func countedTerms(asked string) map[string]bool {
	m := countedRE.FindStringSubmatch(text.Fold(asked))
	if m == nil {
		return nil
	}
	var word string
	switch {
	case m[2] != "":
		word = "toll" // "what was the death toll": deaths are counted
	case m[3] != "":
		word = "age" // "how old is she": years of age
	}
	for _, w := range strings.Fields(m[1]) {
		if word != "" {
			break
		}
		if w == "did" || w == "do" || w == "does" {
			// "how many people did El Tigre get killed": a subject
			// follows, and what is counted was said before it.
			break
		}
		if !countSkip(w) {
			word = w
			break
		}
	}
	if word == "" {
		return nil
	}
	out := map[string]bool{}
	if word == "age" {
		for _, w := range []string{"age", "aged", "year", "years", "old"} {
			out[text.Stem(w)] = true
		}
	}
	for _, t := range text.Terms(word) {
		out[t] = true
		for _, s := range text.StemSynonyms(t) {
			out[s] = true
		}
	}
	for _, w := range append(text.Synonyms(word), text.Related(text.Lemma(word))...) {
		for _, t := range text.Terms(w) {
			out[t] = true
		}
	}
	return out
}

// HasAny reports a word of txt whose stem or lemma is in terms.
func HasAny(txt string, terms map[string]bool) bool {
	for _, w := range text.Words(txt) {
		if terms[text.Stem(w)] || terms[text.Lemma(w)] {
			return true
		}
	}
	return false
}

// DoneBetween reports a verb in the past between a role and a name ("the
// president dissolved the National Assembly"): the name is what the holder
// acted on, not the holder. "named", "called" and "known" name him ("the
// leader, known as El Negro"); "is" and "was" are no past here.
func DoneBetween(gap string) bool {
	for _, w := range strings.Fields(text.Fold(gap)) {
		w = strings.Trim(w, ",.;:\"'“”()")
		if w == "named" || w == "called" || w == "known" || w == "nicknamed" || w == "dubbed" {
			continue
		}
		if pastVerb(w) {
			return true
		}
	}
	return false
}

// SaidBy reports a question for who said something: "who said that", "who
// told reporters", "who described the operation as decisive". Its answer
// must attribute (Attributes).
func SaidBy(asked string) bool {
	m := agentQ.FindStringSubmatch(text.Fold(asked))
	return m != nil && text.IsSpeechVerb(m[1])
}

// Attributes reports a sentence that says who said something: a verb of
// saying ("said", "told"), "according to", a quotation (whose speaker the
// line before may name) or a speaker's line ("..., SAYING:").
func Attributes(txt string) bool {
	t := strings.TrimSpace(txt)
	if strings.HasSuffix(t, ":") || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.Contains(text.Fold(t), "according to") {
		return true
	}
	for _, w := range text.Words(t) {
		if text.IsSpeechVerb(w) {
			return true
		}
	}
	return false
}

// deathForms are the words that tell a death, as a count of the dead
// stands beside them: "died", "dead", "killed", "the death toll", "the
// lives of". (WordNet's synonyms of "die" hold "go", "pass", "exit" and
// "live", which tell no death beside a count: "hundreds of inmates went
// on hunger strike".)
var deathForms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("die dies died dying dead death deaths kill kills killed killing killings toll tolls fatality fatalities lives perish perished deceased murdered slain") {
		m[w] = true
	}
	return m
}()

// deathStems are deathForms' stems: a count question's counted terms
// (Counted) that hold one counts the deaths themselves.
var deathStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range deathForms {
		m[text.Stem(w)] = true
	}
	return m
}()

// deathAsked is a question's word for a death: "how many prisoners died",
// "was it 50 convicts dead", "how many inmates were killed", "lost their
// lives".
var deathAsked = regexp.MustCompile(`\b(?:die|died|dies|dead|deaths?|killed|perished)\b|\blost (?:their|his|her) li(?:ves|fe)\b|\bpassed away\b`)

// killedBy is a death whose doer the question names: "killed by them".
var killedBy = regexp.MustCompile(`\b(?:killed|shot|murdered)\s+by\b`)

// AsksDeathsOf reports a count of the deaths of people the question names
// (counted, question.Counted or ClaimCounted): "how many prisoners died",
// "was it 50 convicts dead"; not "how many died" nor "what was the death
// toll", whose counted words are the deaths themselves, nor "how many
// inmates were killed by them", which counts one doer's killings.
func AsksDeathsOf(asked string, counted map[string]bool) bool {
	f := text.Fold(asked)
	if len(counted) == 0 || !deathAsked.MatchString(f) || killedBy.MatchString(f) {
		return false
	}
	for t := range counted {
		if deathStems[t] {
			return false
		}
	}
	return true
}

// clauseRE cuts a sentence into clauses: a count and the people it
// counts, or its death, stand in one ("The toll rose to 31, officials
// said": the officials are no dead). A colon ("Death toll: 31") and an
// "and" ("killed 18 guards and 13 inmates") join.
var clauseRE = regexp.MustCompile(`[,;()]|\s[-–—]\s`)

// deathCounts calls f with each clause's words and the index of each of
// its counts (not a date, not the "one" of "no one") that has a death
// word within deathReach words.
func deathCounts(txt string, f func(words []string, n int) bool) bool {
	for _, clause := range clauseRE.Split(txt, -1) {
		words := text.Words(clause)
		for n, w := range words {
			if !(text.IsNumeral(w) || text.IsNumberTerm(text.Stem(w))) || dateNumber(words, n, nil, clause) || n > 0 && words[n-1] == "no" && w == "one" {
				continue
			}
			if !deathNear(words, n) {
				continue
			}
			if f(words, n) {
				return true
			}
		}
	}
	return false
}

// deathNear reports a death word (deathForms, or "passed away") within
// deathReach words of words[n].
func deathNear(words []string, n int) bool {
	for k := max(0, n-deathReach); k < len(words) && k <= n+deathReach; k++ {
		if deathForms[words[k]] || words[k] == "passed" && k+1 < len(words) && words[k+1] == "away" {
			return true
		}
	}
	return false
}

// countsOther reports the number at words[n] counting a thing by the
// noun right after it: "3 investigations", "the two riots" (not "31
// people", "31 dead", "hundreds of", "31 were killed").
func countsOther(words []string, n int) bool {
	if n+1 >= len(words) {
		return false
	}
	w := words[n+1]
	return text.IsWord(w) && !deathForms[w] && !countJoins[w] && !text.IsPersonNoun(w) && len(text.Terms(w)) > 0
}

// countJoins are the words after a count that count no thing of their
// own: "hundreds of", "31 were killed", "18 to 31", "31 more".
var countJoins = map[string]bool{"of": true, "were": true, "was": true, "have": true, "had": true, "has": true, "are": true, "is": true, "to": true, "in": true, "on": true, "at": true, "by": true, "and": true, "or": true, "more": true, "others": true, "other": true, "people": true, "persons": true, "dead": true, "since": true, "after": true, "from": true, "last": true}

// DeathsOfAnyone reports a count of deaths in txt that does not say whose:
// "raised the death toll from 18 to 31", "31 dead"; not "killed three
// soldiers", whose number counts soldiers, nor a sentence without a death,
// nor "no one died".
func DeathsOfAnyone(txt string) bool {
	return deathCounts(txt, func(words []string, n int) bool { return !countsPeople(words, n) && !countsOther(words, n) })
}

// countsPeople reports the number at words[n] counting people by a noun
// after it: "three soldiers", "15 prison guards", "hundreds of inmates".
// "31 people" names no one in particular.
func countsPeople(words []string, n int) bool {
	for j := n + 1; j < len(words) && j <= n+3; j++ {
		if text.IsPersonNoun(words[j]) {
			return true
		}
	}
	return false
}

// DeathsCountedOf reports a sentence that counts deaths among the people
// counted: "claiming the lives of hundreds of prisoners" for prisoners,
// the number before them in the clause of the death; not "Catholics
// killed thousands of Huguenots" for Catholics, the killers, nor "the
// riot killed 31 people, and 17 inmates escaped". A story that holds one
// tells whose deaths its unqualified death toll counts.
func DeathsCountedOf(txt string, counted map[string]bool) bool {
	return deathCounts(txt, func(words []string, n int) bool {
		for j := n + 1; j < len(words) && j <= n+3; j++ {
			if counted[text.Stem(words[j])] {
				return true
			}
		}
		return false
	})
}

// deathReach is how many words from a count its death may stand: "the
// lives of hundreds of prisoners", "hundreds of inmates have been killed".
const deathReach = 5
