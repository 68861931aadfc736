package ground

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// sufferedLeftRE finds an absence claim leaving open who suffered a harm:
// "don't say who was killed in Manta", "whether anyone was hurt", "who
// died". Its groups: the question ("who", "whether anyone"), the
// passive's auxiliary, the harm, and the rest of the clause (the event it
// is asked of: "in the attack", "on Sunday", up to a stop, a symbol or an
// emoji). "who killed" asks for the doer and is no match: "who" needs the
// passive or "died".
var sufferedLeftRE = regexp.MustCompile(`(?i)^\s+(?:(?:from|in)\s+(?:the\s+)?(?:passages?|stor(?:y|ies)|articles?|reports?|texts?)\s+)?(?:exactly\s+)?(who|(?:whether|if)\s+(?:anyone|anybody|someone|somebody))\s+((?:was|were|got|had\s+been|has\s+been|have\s+been)\s+)?(killed|murdered|slain|hurt|injured|wounded|died|shot\s+dead)\b([\p{L}\p{N}\s'’-]*)`)

// anyHarmRE finds an absence claim leaving open whether any harm was
// done, by its noun: "don't mention any injuries", "do not mention any
// hostages being taken". Its groups: a death or a hurt, hostages, and
// the rest of the clause.
var anyHarmRE = regexp.MustCompile(`(?i)^\s+(?:of\s+)?any\s+(?:(deaths|casualties|fatalities|killings|injuries)|(hostages?)(?:\s+(?:being|having\s+been))?(?:\s+(?:taken|held|seized))?)\b([\p{L}\p{N}\s'’-]*)`)

// anyHarmOrRE is a second harm a claim joins to the first: "any injuries
// or deaths" asks of either, not of an event named "deaths".
var anyHarmOrRE = regexp.MustCompile(`(?i)^\s*or\s+(?:deaths|casualties|fatalities|killings|injuries)\b`)

// deniedHarmRE is a harm a sentence denies: "No one was killed", "No
// guards were taken hostage". It answers whether anyone was, but agrees
// with a claim that the passages mention no deaths.
var deniedHarmRE = regexp.MustCompile(`(?i)(?:^|[.;:,]\s*|\b(?:that|and|but)\s+)(?:no\s+one|nobody|none|no\s+\w+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\b`)

// deniedHarm reports a sentence denying a harm.
func deniedHarm(raw string) bool { return deniedHarmRE.MatchString(raw) }

// harmDeathWords and harmHurtWords are the two harms a passage's
// sentence may tell of, by the claim's harm word: a killing or a hurt.
var (
	harmDeathWords = `killed|murdered|slain|assassinated|shot\s+dead|stabbed\s+to\s+death|beaten\s+to\s+death|burned\s+to\s+death`
	harmHurtWords  = `hurt|injured|wounded`
	// harmPassiveRE: "the mayor ... was shot dead", "31 inmates were
	// killed", "one civilian was hurt"; the subject is read before it.
	harmPassiveRE = regexp.MustCompile(`(?i)\b(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:(?:also|later|fatally|seriously|badly|critically|gravely|slightly)\s+)?(` + harmDeathWords + `|` + harmHurtWords + `)\b`)
	// harmDiedRE: "two guards died"; a death only.
	harmDiedRE = regexp.MustCompile(`(?i)\bdied\b`)
	// harmActiveRE: "gunmen killed the mayor", "the riot that killed 31
	// inmates"; the object is read after it.
	harmActiveRE = regexp.MustCompile(`(?i)\b(killed|murdered|assassinated|shot\s+dead|injured|wounded|hurt)\s+`)
	harmDeathRE  = regexp.MustCompile(`(?i)^(?:` + harmDeathWords + `|died)$`)
)

// otherEventRE marks a sentence telling of an event other than the one
// asked of: "In a separate attack, the mayor was shot dead", "a similar
// riot", "the previous strike". A plural's "separate" tells events apart
// from each other, not from the one asked of: "Two workers were killed
// in separate accidents at the port" tells deaths at the port, "The
// separate attacks on the two prisons killed 12" deaths in the prisons.
var otherEventRE = regexp.MustCompile(`(?i)\b(?:(?:a|an|another)\s+separate|similar|previous|unrelated)\b`)

// unknownCountRE is a count left open, not the harm: "killed an unknown
// number of people" tells that people were killed.
var unknownCountRE = regexp.MustCompile(`(?i)\b(?:unknown|undisclosed)\s+number\b`)

// hearsayBeforeRE is a harm the sentence only fears or supposes: "are
// feared to have been killed", "believed to have died".
var hearsayBeforeRE = regexp.MustCompile(`(?i)\b(?:fears?|feared|believed|thought|presumed|rumou?red|alleged(?:ly)?|possibly|probably|perhaps)\b`)

// harmClauseWords end the words before (or after) a harm that name whom
// it befell: a clause opener, a word of saying, "to" ("feared to have
// been killed"). harmPrepositions end the words after an active harm
// ("killed the mayor on Sunday") and, before one, set a head noun's
// place or group apart from it ("the mayor of Manta", "a guard in
// Quito", "dozens of inmates").
var (
	harmClauseWords  = set(`after before when while and but that which who whom whose as because since said says say told tells to where if whether then so than`)
	harmPrepositions = set(`on in at during near outside inside for by with from over amid of`)
)

// sufferedSaid reports an absence claim leaving open who suffered a harm
// ("don't say who was killed", "whether anyone was hurt") whose cited
// passage tells it: a sentence with the harm befalling people, asserted
// (not feared, planned or left open), in the event the claim asks of (its
// own words after the harm, each in the sentence). "whether anyone" is
// told by any people it befell, a count ("31 inmates", "one civilian")
// or "no one"; "who" only by people named or picked out ("the mayor of
// Manta", "Agustin Intriago"), not by a count or "an unidentified man".
// It also reports whether the claim asks such a question: then no other
// reading of its words says it after all ("an unidentified man was shot
// dead outside the bank" holds the words of "who was killed outside the
// bank", and does not tell who).
func sufferedSaid(body, lead string, cited []int, ev []evidence) (said, asked bool) {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		m := sufferedLeftRE.FindStringSubmatch(body[cue[1]:])
		if m == nil {
			if a := anyHarmRE.FindStringSubmatch(body[cue[1]:]); a != nil {
				// "any injuries": whether anyone was hurt; "any
				// hostages": whether anyone was held hostage
				harm := "killed"
				switch {
				case a[2] != "":
					harm = "hostage"
				case strings.EqualFold(a[1], "injuries"):
					harm = "hurt"
				case strings.EqualFold(a[1], "casualties"):
					harm = "casualty" // the killed and the hurt
				}
				m = []string{a[0], "any", "was ", harm, anyHarmOrRE.ReplaceAllString(a[3], "")}
			}
		}
		if m == nil {
			continue
		}
		who := strings.EqualFold(m[1], "who")
		harm := strings.ToLower(m[3])
		if who && m[2] == "" && harm != "died" {
			continue // "who killed": the doer is asked
		}
		if exceptRE.MatchString(m[4]) {
			continue // "who else was killed": someone is set apart
		}
		asked = true
		death := harm != "hurt" && harm != "injured" && harm != "wounded"
		context, lead := harmContext(m[4]), harmContext(lead+" "+body[:cue[0]])
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				raw := ev[n-1].raw[s.start:s.end]
				if leftOpenRE.MatchString(unknownCountRE.ReplaceAllString(raw, "")) || otherEventRE.MatchString(raw) {
					continue
				}
				held := true
				for _, w := range context {
					if !topicWordIn(w, s) {
						held = false
						break
					}
				}
				if !held || 2*leadIn(lead, s) < len(lead) {
					continue
				}
				var told bool
				switch harm {
				case "hostage":
					told = hostageTold(raw)
				case "casualty":
					told = harmTold(raw, true, false) || harmTold(raw, false, false)
				default:
					told = harmTold(raw, death, who) && !(m[1] == "any" && deniedHarm(raw))
				}
				if told {
					return true, true
				}
			}
		}
	}
	return false, asked
}

// harmContext returns the content words of a claim's part: those after
// the harm name the event asked of ("in the attack", "on Sunday"), those
// before the absence cue the event the claim talks of ("mention a
// Molotov cocktail attack ..., but"; "report who raised the death toll,
// but"), of which a sentence telling the harm holds half at least.
func harmContext(part string) []string {
	var ws []string
	for _, w := range text.Words(part) {
		if t := stemOf(w); t != "" && !metaTerms[t] && !fillerTerms[t] {
			ws = append(ws, w)
		}
	}
	return ws
}

// leadIn counts the words of lead that s holds (lemmaIn).
func leadIn(lead []string, s *evSentence) int {
	in := 0
	for _, w := range lead {
		if lemmaIn(w, s) {
			in++
		}
	}
	return in
}

// lemmaIn reports w in s as written or through its lemma ("attacks" for
// "attack"); not a synonym nor a word it implies: the claim's lead names
// its event in the passage's own words ("the death toll" is not "shot
// dead").
func lemmaIn(w string, s *evSentence) bool {
	if s.words[w] {
		return true
	}
	l := text.Lemma(w)
	for sw := range s.words {
		if text.Lemma(sw) == l {
			return true
		}
	}
	return false
}

// harmTold reports a sentence telling that a harm of the kind (a death,
// or a hurt) befell people, asserted (befell): in the passive or with
// "died", read from the words before it; in the active, from the words
// after it, the doer's words before it holding no word of chance
// ("gunmen may have killed").
func harmTold(raw string, death, who bool) bool {
	kindOK := func(h string) bool {
		return harmDeathRE.MatchString(strings.Join(strings.Fields(h), " ")) == death
	}
	for _, m := range harmPassiveRE.FindAllStringSubmatchIndex(raw, -1) {
		if kindOK(raw[m[2]:m[3]]) && befell(raw[:m[0]], npBefore(raw[:m[0]]), who) {
			return true
		}
	}
	if death {
		for _, m := range harmDiedRE.FindAllStringIndex(raw, -1) {
			if befell(raw[:m[0]], npBefore(raw[:m[0]]), who) {
				return true
			}
		}
	}
	for _, m := range harmActiveRE.FindAllStringSubmatchIndex(raw, -1) {
		ws := append(text.Words(raw[:m[0]]), "_")
		if kindOK(raw[m[2]:m[3]]) && !unassertedAt(ws, len(ws)-1) && befell(raw[:m[0]], npAfter(raw[m[1]:]), who) {
			return true
		}
	}
	return false
}

// harmCountWords count people without a numeral: "one civilian",
// "dozens of inmates", "several guards".
var harmCountWords = set("one dozens hundreds thousands scores several many some few none nobody noone")

// befell reports the people np, read before or after a harm, as those it
// befell (harmedPeople), the harm asserted: no "whether" or "if" before
// it, no fear or supposition, no word of chance, plan or denial among
// them ("the guards could have been hurt"; a leading "no" is the
// people's own: "no one was hurt").
func befell(before string, np []npToken, who bool) bool {
	if whetherRE.MatchString(before) || hearsayBeforeRE.MatchString(before) {
		return false
	}
	for i, t := range np {
		if unassertedCues[t.w] && !(i == 0 && t.w == "no") {
			return false
		}
	}
	return harmedPeople(np, who)
}

// hostageRE is people held hostage: "15 prison guards and 2 other
// staffers were held hostage".
var hostageRE = regexp.MustCompile(`(?i)\b(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:held|taken)\s+(?:as\s+)?hostages?\b`)

// hostageTold reports a sentence telling that people were held hostage.
func hostageTold(raw string) bool {
	for _, m := range hostageRE.FindAllStringIndex(raw, -1) {
		if np := npBefore(raw[:m[0]]); len(np) > 0 && np[0].w != "no" && befell(raw[:m[0]], np, false) {
			return true
		}
	}
	return false
}

// npToken is a word of the people a harm befell, as written.
type npToken struct {
	w     string // folded
	upper bool   // written with a capital
}

// npBefore returns the words just before a harm (its auxiliary cut off)
// back to the clause's start: "the mayor of the city of Manta" of "...,
// after the mayor of the city of Manta was shot dead".
func npBefore(before string) []npToken {
	var toks []npToken
	fields := strings.Fields(before)
	for k := len(fields) - 1; k >= 0; k-- {
		f := fields[k]
		if k == len(fields)-1 {
			// "Agustin Intriago, was shot dead": the comma closing an
			// apposition
			f = strings.TrimSuffix(f, ",")
		}
		if strings.ContainsAny(f, ",;:()—–\"“”") {
			break // the word ends a clause before the harm's
		}
		w := strings.ToLower(strings.Trim(f, ",;:()—–'’.“”\""))
		if w == "" || harmClauseWords[w] {
			break
		}
		// a sentence's first word has its capital by place, not by name
		upper := k > 0 && f[0] >= 'A' && f[0] <= 'Z'
		toks = append([]npToken{{w: w, upper: upper}}, toks...)
	}
	return toks
}

// npAfter returns the words just after an active harm up to a comma, a
// clause opener or a preposition: "the mayor of Manta" of "killed the
// mayor of Manta on Sunday"; a name after the comma runs on in
// apposition ("a suspect, Juan Perez," of "shot dead a suspect, Juan
// Perez, during the raid").
func npAfter(after string) []npToken {
	var toks []npToken
	fields := strings.Fields(after)
	apposition := true // "shot dead a suspect, Juan Perez, during the raid"
	for k, f := range fields {
		w := strings.ToLower(strings.Trim(f, ",;:()—–\"“”'’."))
		if w == "" || harmClauseWords[w] || harmPrepositions[w] && w != "of" {
			break
		}
		toks = append(toks, npToken{w: w, upper: f[0] >= 'A' && f[0] <= 'Z'})
		if strings.ContainsAny(f, ",;:()—–\"“”.") {
			if !apposition || !strings.HasSuffix(f, ",") || k+1 == len(fields) || !(fields[k+1][0] >= 'A' && fields[k+1][0] <= 'Z') {
				break
			}
			apposition = false // a name after the comma: the apposition runs on
		}
	}
	return toks
}

// harmedPeople reports words naming people a harm befell, read at their
// head noun (npHead: "mayor" of "the mayor of Manta", "cattle" of
// "hundreds of cattle"). For "whether anyone" any people will do: a
// person noun ("civilian", "guards"), "people", a name, a bare count
// ("31 were killed") or none ("no one", "nobody"). For "who" they must be
// picked out: a name at the head ("Agustin Intriago", "a teacher named
// Rosa Diaz"), or a person noun after "the" or a possessive ("the mayor
// of Manta", "the town's priest", "her son"); not a count ("the 31
// inmates"), "the victim", "the man", "a Red Cross volunteer", "an
// unidentified man".
func harmedPeople(np []npToken, who bool) bool {
	if len(np) == 0 {
		return false
	}
	h := np[npHead(np)]
	isCount := func(w string) bool {
		// "31", "thirty-one", "dozens"; not "34-year-old"
		for _, p := range strings.Split(w, "-") {
			if len(text.Numbers(p)) == 0 && !harmCountWords[p] {
				return false
			}
		}
		return true
	}
	if !who {
		return isCount(h.w) || h.upper || peopleWord(h.w)
	}
	for _, t := range np {
		if t.w == "unidentified" || t.w == "unnamed" || t.w == "unknown" || isCount(t.w) {
			return false // "an unidentified man", "two men": not who
		}
	}
	first := np[0].w
	definite := first == "the" || first == "his" || first == "her" || first == "their" || first == "its" || strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")
	return h.upper || definite && text.IsPersonNoun(h.w) && !genericPersons[text.Lemma(h.w)]
}

// genericPersons say only that someone was there: "the victim was
// killed", "the man was stabbed" tell not who.
var genericPersons = set("man woman person victim individual boy girl child kid youth teenager stranger passerby body casualty")

// npHead returns the index of the head noun of the words naming whom a
// harm befell, read before their first preposition ("the mayor of the
// city of Manta", "the mayor backed by the governors"), or after it when
// only a quantity stands before it ("dozens of inmates", "one of the
// guards"): the last word there naming people (a person noun, "people",
// a name or a count), else the last word.
func npHead(np []npToken) int {
	lo, hi := 0, len(np)
	for i, t := range np {
		if !harmPrepositions[t.w] {
			continue
		}
		if i == 0 {
			break
		}
		quantity := true
		for _, q := range np[:i] {
			if !(len(text.Numbers(q.w)) > 0 || harmCountWords[q.w] || harmQuantityWords[q.w]) {
				quantity = false
			}
		}
		if quantity && i+1 < len(np) {
			lo = i + 1
		} else if !quantity {
			hi = i
		}
		break
	}
	for k := hi - 1; k >= lo; k-- {
		w := np[k].w
		if np[k].upper || peopleWord(w) || len(text.Numbers(w)) > 0 || harmCountWords[w] {
			return k
		}
	}
	return max(hi-1, lo)
}

// peopleWord reports a word naming people: a person noun, "people".
func peopleWord(w string) bool { return text.IsPersonNoun(w) || w == "people" || w == "persons" }

// harmQuantityWords stand in a quantity before "of": "a number of", "a
// group of", "most of".
var harmQuantityWords = set("a an the number group handful couple lot lots most all each both unknown undisclosed large small growing")
