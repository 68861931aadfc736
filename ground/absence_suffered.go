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
// emoji). "who killed" asks for the
// doer and is no match: "who" needs the passive or "died".
var sufferedLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+)?(who|(?:whether|if)\s+(?:anyone|anybody|someone|somebody))\s+((?:was|were|got|had\s+been|has\s+been|have\s+been)\s+)?(killed|murdered|slain|hurt|injured|wounded|died|shot\s+dead)\b([\p{L}\p{N}\s'’-]*)`)

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
// asked of: "In a separate attack, the mayor was shot dead".
var otherEventRE = regexp.MustCompile(`(?i)\b(?:separate|similar|previous|unrelated)\b`)

// hearsayBeforeRE is a harm the sentence only fears or supposes: "are
// feared to have been killed", "believed to have died".
var hearsayBeforeRE = regexp.MustCompile(`(?i)\b(?:feared|believed|thought|presumed|rumou?red|alleged(?:ly)?|possibly|probably|perhaps)\b`)

// harmNPBoundary ends the words before (or after) a harm that name whom it
// befell: a clause opener, a word of saying, "to" ("feared to have been
// killed"), a preposition after an object ("killed the mayor on Sunday").
var harmNPBoundary = set(`after before when while and but that which who whom whose as because since said says say told tells to where if whether then so than
	on in at during near outside inside for by with from over amid`)

// sufferedSaid reports an absence claim leaving open who suffered a harm
// ("don't say who was killed", "whether anyone was hurt") whose cited
// passage tells it: a sentence with the harm befalling people, asserted
// (not feared, planned or left open), in the event the claim asks of (its
// own words after the harm, each in the sentence). "whether anyone" is
// told by any people it befell, a count ("31 inmates", "one civilian")
// or "no one"; "who" only by people named or picked out ("the mayor of
// Manta", "Agustin Intriago"), not by a count or "an unidentified man".
func sufferedSaid(body, lead string, cited []int, ev []evidence) bool {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		m := sufferedLeftRE.FindStringSubmatch(body[cue[1]:])
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
		death := harm != "hurt" && harm != "injured" && harm != "wounded"
		context, lead := harmContext(m[4]), harmContext(lead+" "+body[:cue[0]])
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				raw := ev[n-1].raw[s.start:s.end]
				if leftOpenRE.MatchString(raw) || otherEventRE.MatchString(raw) {
					continue
				}
				held := true
				for _, w := range context {
					if !topicWordIn(w, s) {
						held = false
						break
					}
				}
				in := 0
				for _, w := range lead {
					if lemmaIn(w, s) {
						in++
					}
				}
				if held && 2*in >= len(lead) && harmTold(raw, death, who) {
					return true
				}
			}
		}
	}
	return false
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
// or a hurt) befell people: in the passive or with "died", read from the
// words before it; in the active, from the words after it. The harm is
// asserted: no "whether" or "if" before it, no fear or supposition, no
// word of chance, plan or denial between its people and it ("the guards
// could have been hurt"; a leading "no" is the people's own: "no one was
// hurt" answers whether anyone was).
func harmTold(raw string, death, who bool) bool {
	kindOK := func(h string) bool {
		return harmDeathRE.MatchString(strings.Join(strings.Fields(h), " ")) == death
	}
	told := func(before string, np []npToken) bool {
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
	for _, m := range harmPassiveRE.FindAllStringSubmatchIndex(raw, -1) {
		if kindOK(raw[m[2]:m[3]]) && told(raw[:m[0]], npBefore(raw[:m[0]])) {
			return true
		}
	}
	if death {
		for _, m := range harmDiedRE.FindAllStringIndex(raw, -1) {
			if told(raw[:m[0]], npBefore(raw[:m[0]])) {
				return true
			}
		}
	}
	for _, m := range harmActiveRE.FindAllStringSubmatchIndex(raw, -1) {
		// the doer's words before an active harm: "gunmen may have killed"
		ws := append(text.Words(raw[:m[0]]), "_")
		if kindOK(raw[m[2]:m[3]]) && !unassertedAt(ws, len(ws)-1) && told(raw[:m[0]], npAfter(raw[m[1]:])) {
			return true
		}
	}
	return false
}

// harmCountWords count people without a numeral: "one civilian",
// "dozens of inmates", "several guards".
var harmCountWords = set("one dozens hundreds thousands scores several many some few")

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
		if strings.ContainsAny(f, ",;:()—–\"“”") {
			break // the word ends a clause before the harm's
		}
		w := strings.ToLower(strings.Trim(f, ",;:()—–'’.“”\""))
		if w == "" || harmNPBoundary[w] {
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
// mayor of Manta, Agustin Intriago, on Sunday".
func npAfter(after string) []npToken {
	var toks []npToken
	for _, f := range strings.Fields(after) {
		w := strings.ToLower(strings.Trim(f, ",;:()—–\"“”'’."))
		if w == "" || harmNPBoundary[w] && w != "of" {
			break
		}
		toks = append(toks, npToken{w: w, upper: f[0] >= 'A' && f[0] <= 'Z'})
		if strings.ContainsAny(f, ",;:()—–\"“”.") {
			break
		}
	}
	return toks
}

// harmedPeople reports words naming people a harm befell. For "whether
// anyone" any people will do: a person noun ("civilian", "guards"),
// "people", a count, a name, or none at all ("no one", "nobody": a
// person noun in WordNet; "one" a count). For
// "who" they must be picked out: a name, or a person noun after "the" or
// a possessive, with no count and nothing saying they are unknown.
func harmedPeople(np []npToken, who bool) bool {
	if len(np) == 0 {
		return false
	}
	first := np[0].w
	person, count, named := false, false, false
	for _, t := range np {
		switch {
		case t.w == "unidentified" || t.w == "unnamed" || t.w == "unknown":
			if who {
				return false // "an unidentified man" says not who
			}
		case len(text.Numbers(t.w)) > 0 || harmCountWords[t.w]:
			count = true
		case t.upper:
			named = true
			person = true
		case text.IsPersonNoun(t.w) || t.w == "people" || t.w == "persons":
			person = true
		}
	}
	if !who {
		return person || count
	}
	if count {
		return false
	}
	definite := first == "the" || first == "his" || first == "her" || first == "their" || first == "its" || strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")
	return named || definite && person
}
