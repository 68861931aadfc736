package text

import (
	"regexp"
	"strings"
)

// Chat register read as plain English, for the answerer's reading of a
// question and the claim check's reading of a reply: "Nope, nobody got hurt
// n the govt won't step in" says what "Nobody was hurt and the government
// won't step in" says.

// shorthand maps chat spellings to what they stand for. Only whole words
// are replaced, case-insensitively.
var shorthand = map[string]string{
	"whats": "what is", "wats": "what is", "wat": "what", "wut": "what", "whos": "who is", "wheres": "where is",
	"whens": "when is", "hows": "how is", "whys": "why is", "wen": "when", "wher": "where", "y": "why",
	"ppl": "people", "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "rn": "right now",
	"tho": "though", "thru": "through", "abt": "about", "bc": "because", "cuz": "because", "coz": "because",
	"govt": "government", "gov": "government", "prez": "president", "pres": "president", "dept": "department",
	"w/": "with", "b4": "before", "2day": "today", "tmrw": "tomorrow", "yday": "yesterday", "ppls": "people's",
	"ya": "you", "n": "and", "im": "i am", "dont": "do not", "didnt": "did not", "doesnt": "does not",
	"isnt": "is not", "wasnt": "was not", "werent": "were not", "arent": "are not", "cant": "can not",
	"wont": "will not", "hasnt": "has not", "havent": "have not", "theyre": "they are", "thats": "that is",
	"theres": "there is", "rite": "right", "kinda": "kind of", "gonna": "going to", "wanna": "want to",
	"info": "information", "approx": "approximately", "num": "number", "bout": "about",
	// Nigerian Pidgin's question word ("wetin the police find"; not its
	// "dem", which is a Democrat too)
	"wetin": "what",
	"tldr":  "tldr", "tl;dr": "tldr", "op": "operation", "ops": "operations", "ded": "dead", "cnt": "count",
	// units of time as chat and headlines shorten them ("how many yrs did
	// he get", "24 hrs")
	"yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "wks": "weeks", "wk": "week", "mths": "months", "mth": "month", "mos": "months",
}

// Shorthand returns what the folded chat spelling w stands for ("ppl" →
// "people", "govt" → "government", "didnt" → "did not").
func Shorthand(w string) (string, bool) {
	s, ok := shorthand[w]
	return s, ok
}

// answerLead matches the answer words and discourse markers a chat reply
// opens with ("Yeah,", "Nope,", "So basically", "Ok so"): no fact of their
// own. "yes", "no", "so", "well" and "ok" only before a comma, a stop or a
// dash, where they cannot be a determiner or an adverb ("No workers died",
// "So many died").
var answerLead = regexp.MustCompile(`(?i)^\s*(?:(?:(?:yeah|yea|yep|yup|nope|nah|basically|honestly|tbh|ngl|lol|lmao|bro|dude|ok\s+so|so\s+basically)\b[\s,.!:;—–-]*(?:so\b[\s,]*)?)|(?:(?:yes|no|so|well|ok|okay|sure|right)\s*[,.!:;—–-]+\s*))+`)

// plusBound is a number with a plus after it, a bound: "40+ ships" is
// more than 40 ships ("1,214 + 96" is a sum: a space before the plus).
var plusBound = regexp.MustCompile(`\b(\d[\d,.]*)\+(\s|$|[,.;:)])`)

// tildeAbout is a number with a tilde before it, a rounding: "~200
// families" is about 200 families.
var tildeAbout = regexp.MustCompile(`(^|[\s(])~\s?(\d)`)

// casualWord is one word of chat, with the apostrophes and slashes of
// shorthand ("w/", "b4").
var casualWord = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’/]*`)

// getPassive matches the passive with "get" ("got hurt", "get arrested"):
// a form of get before a past participle.
var getPassive = regexp.MustCompile(`(?i)\b(got|gets|get|getting|gotten)\s+([\p{L}]+)\b`)

// hasPerfect matches "'s" for "has" after a pronoun, before a past
// participle ("she's heard", "it's been"); a name's "'s" is read as a
// possessive ("Ecuador's armed forces").
var hasPerfect = regexp.MustCompile(`(?i)\b(he|she|it|who|that|there|what|everyone|nobody|no one|someone|somebody)['’]s\s+([\p{L}]+)\b`)

// sameParticiple are the common verbs whose past participle is their base
// form, which a suffix does not mark: "got hurt", "got hit", "got shot" is
// marked by "-ed" or WordNet's exception lists.
var sameParticiple = map[string]bool{"hurt": true, "hit": true, "cut": true, "put": true, "set": true, "shut": true, "beat": true, "let": true, "quit": true, "spread": true}

// comparative are the irregular comparatives WordNet lists as inflections
// ("worse" of "bad"), which follow "got" as adjectives.
var comparative = map[string]bool{"worse": true, "better": true, "less": true, "more": true, "further": true, "farther": true}

// PastParticiple reports a word that may be a past participle
// (pastParticiple).
func PastParticiple(w string) bool { return pastParticiple(w) }

// pastParticiple reports a word that may be a past participle: a regular
// "-ed" form, a base-form participle ("hurt"), or a form WordNet lists as
// an inflection of another word ("shot", "caught", "held", "taken").
func pastParticiple(w string) bool {
	w = strings.ToLower(w)
	if sameParticiple[w] || strings.HasSuffix(w, "ed") && len(w) > 4 {
		return true
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") || comparative[w] {
		return false // "got worse", "got bigger": an adjective
	}
	l := Lemma(w)
	return l != w && IsWord(l)
}

// Casual reads a sentence of chat as plain English: the answer words it
// opens with dropped ("Yeah, 31 dead" → "31 dead"; a sentence that is
// only such words is left as it is), chat shorthand spelled out ("n",
// "govt", "ppl", "didnt"), the passive with "get" read with "be" ("nobody
// got hurt" → "nobody was hurt") and "'s" before a participle read as
// "has" ("she's heard" → "she has heard"). Everything else is left as
// written. A number with a plus after it is a bound ("40+ ships": more
// than 40 ships), one with a tilde before it a rounding ("~200": about 200).
func Casual(s string) string {
	if loc := answerLead.FindStringIndex(s); loc != nil && strings.TrimSpace(s[loc[1]:]) != "" {
		s = s[loc[1]:]
	}
	s = plusBound.ReplaceAllString(s, "more than $1$2")
	s = tildeAbout.ReplaceAllString(s, "${1}about $2")
	s = casualWord.ReplaceAllStringFunc(s, func(w string) string {
		if r, ok := shorthand[strings.ToLower(w)]; ok {
			return r
		}
		return w
	})
	s = getPassive.ReplaceAllStringFunc(s, func(m string) string {
		sm := getPassive.FindStringSubmatch(m)
		if !pastParticiple(sm[2]) {
			return m
		}
		be := map[string]string{"got": "was", "gets": "is", "get": "be", "getting": "being", "gotten": "been"}[strings.ToLower(sm[1])]
		return be + " " + sm[2]
	})
	s = hasPerfect.ReplaceAllStringFunc(s, func(m string) string {
		sm := hasPerfect.FindStringSubmatch(m)
		if w := strings.ToLower(sm[2]); w != "been" && !(strings.HasSuffix(w, "ed") || Lemma(w) != w && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")) {
			return m
		}
		return sm[1] + " has " + sm[2]
	})
	return s
}
