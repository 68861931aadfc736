package text

import (
	"regexp"
	"strings"
)

// Nigerian Pidgin (Naijá), as Nigerians type it in chat: "abeg which city
// this prison dey", "how many people don die", "who be the oga for their
// prison service wey dey talk". Its grammar words are a closed class that
// no dictionary Debian ships lists, so they are kept here by hand, and
// read only in a message that is Pidgin by one of its own words ("dey",
// "wetin", "abeg") or a lower-case "dem": "na", "don" and "wey" are words
// of other languages (Tagalog, Mexican Spanish) and names too.

// pidginOwn are words only Pidgin uses; pidginShared are its words that
// other languages or names share.
var (
	pidginOwn    = wordSet("dey wetin abeg pikin comot oga wahala sef abi haba nko shey")
	pidginShared = wordSet("na dem don wey chai sha jare o e")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// pidginWords are what Pidgin's grammar words say in English. "dey" is
// "be" in all its senses (a place: "where the prison dey"; going on:
// "dem dey fight"), "don" the perfect's "have" ("don die"), "na" "it is"
// ("na police?"), "wey" "who" or "that", "dem" "they" (after a noun it
// marks the plural: "the soldiers dem" reads "the soldiers they", whose
// "they" no answer needs), "oga" a boss. The exclamations ("chai",
// "haba") and particles ("sef", "abi", "sha", "o") are dropped, and
// "wahala" (trouble, the whole affair: "this prison wahala") with them.
var pidginWords = map[string]string{
	"dey": "is", "don": "have", "na": "it is", "wey": "who", "wetin": "what", "dem": "they",
	"oga": "boss", "pikin": "child", "comot": "escape", "e": "it", "nko": "what about",
	"abeg": "", "sef": "", "abi": "", "sha": "", "jare": "", "o": "", "chai": "", "haba": "", "shey": "", "wahala": "",
}

// pidginWordRE is a word, with its apostrophes: "don't" is no "don".
var pidginWordRE = regexp.MustCompile(`[\p{L}][\p{L}'’]*`)

// ReadPidgin reads a question in Nigerian Pidgin into English word by
// word (pidginWords), when it is one: a word Pidgin's alone ("abeg",
// "dey", "wetin"), or "dem" written lower case ("dem find gun inside?"),
// which English spells "them". Its shared words ("na", "don") are read
// only beside one of those. Any other question is returned as typed.
func ReadPidgin(q string) string {
	own, shared := map[string]bool{}, map[string]bool{}
	first := true // the message's first word, which a phone capitalises
	for _, w := range pidginWordRE.FindAllString(q, -1) {
		lw := strings.ToLower(w)
		if w != lw && !(first && pidginOwn[lw]) {
			first = false
			continue // capitalised, "Na", "Don" or "Oga" may be a name
		}
		first = false
		switch {
		case pidginOwn[lw]:
			own[lw] = true
		case pidginShared[lw]:
			shared[lw] = true
		}
	}
	if len(own) == 0 && !shared["dem"] {
		return q // "na" and "don", "o" and "e" alone are no Pidgin
	}
	locs := pidginWordRE.FindAllStringIndex(q, -1)
	var b strings.Builder
	last := 0
	for i, l := range locs {
		w := q[l[0]:l[1]]
		if i == 0 && pidginOwn[strings.ToLower(w)] {
			w = strings.ToLower(w) // "Abeg which city ...": the phone's capital
		}
		e, ok := pidginWords[w]
		if !ok || !own[w] && !shared[w] {
			if e, ok := pidginBeside(q, locs, i); ok {
				b.WriteString(q[last:l[0]])
				b.WriteString(e)
				last = l[1]
			}
			continue
		}
		if w == "dem" && (i+1 == len(locs) || strings.ContainsAny(q[l[1]:locs[i+1][0]], "?!.,;")) {
			e = "them" // "did the police catch dem": its object
		}
		b.WriteString(q[last:l[0]])
		b.WriteString(e)
		last = l[1]
	}
	b.WriteString(q[last:])
	out := b.String()
	out = strings.TrimLeft(strings.Join(strings.Fields(out), " "), "!,. ")
	return spaceBeforeMark.ReplaceAllString(out, "$1")
}

// pidginBeside reads the i-th word of a Pidgin message q that English
// shares, by the word before it: "be" after a question word is "is"
// ("wetin be the name": what is the name); "self" after a noun is the
// particle "sef" ("the name of the prison self"), not after a possessive
// ("him self"), and only ending its clause ("self-defence", "self
// defence" are English).
func pidginBeside(q string, locs [][]int, i int) (string, bool) {
	if i == 0 {
		return "", false
	}
	w, prev := q[locs[i][0]:locs[i][1]], strings.ToLower(q[locs[i-1][0]:locs[i-1][1]])
	switch {
	case w == "be" && pidginWh[prev]:
		return "is", true
	case w == "self" && !pidginSelfOwner[prev] && clauseEndAfter(q, locs[i][1]):
		return "", true
	}
	return "", false
}

// clauseEndAfter reports the end of q, or a stop, comma or question mark,
// right after byte at (spaces aside).
func clauseEndAfter(q string, at int) bool {
	rest := strings.TrimLeft(q[at:], " ")
	return rest == "" || strings.ContainsAny(rest[:1], "?!.,;:")
}

var (
	pidginWh        = wordSet("wetin what who where which how when")
	pidginSelfOwner = wordSet("my your him her it our their them one dem")
)

// spaceBeforeMark is a space left before a stop or a question mark where
// a word was dropped ("this prison wahala sef?").
var spaceBeforeMark = regexp.MustCompile(`\s+([?!.,;:])`)
