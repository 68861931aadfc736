package text

import (
	"regexp"
	"strings"
)

// Code-switched and dialect chat: Hinglish (Hindi in Latin letters mixed
// with English: "bhai kitne log mare", "ye jail kis city me hai"), Taglish
// (Tagalog with English: "ilan po namatay sa prison riot?"), Scots as
// Glaswegians type it ("whit city's it in", "how many deid"), French as
// francophones mix it in ("How les militaires entered inside?"), and the
// Malay words of Malaysian English ("how many people mati ah"). As with
// Nigerian Pidgin (pidgin.go), their grammar words and the few content
// words a news question needs are a closed set that no dictionary Debian
// ships lists in these spellings (Debian's Hindi and Tagalog dictionaries
// spell Hindi in Devanagari and list Tagalog words without English), so
// they are kept here by hand. A message is read in a register only when
// it holds one of the register's own words that no English dictionary
// holds, written lower case (a phone's capital on the first word aside):
// "sino" or "kya" alone mark Taglish or Hinglish, where "sa", "me", "ka"
// or "is" are words of other languages too and are read only beside them
// (registerOf).

// register is one such way of writing.
type register struct {
	// own are the words only this register uses, with what they say in
	// English ("" drops the word: a particle, an address, an
	// exclamation); each marks a message as written in it.
	own map[string]string
	// shared are its words that English or another language shares
	// ("me", "sa", "may", "no"), read only in a marked message.
	shared map[string]string
	// phrases are word runs read as one before the words are
	// ("kya hua": what happened; "ke baare me": about).
	phrases map[string]string
	// headFinal: the register puts its question word and its
	// postpositions where English does not (Hindi: "ye jail kis city me
	// hai", this jail which city in is); the reading moves them.
	headFinal bool
	// lead are words that mark the register when they open a clause,
	// English words elsewhere ("whit", "wis": "not a whit").
	lead map[string]string
	// prefixed: the register joins its verb prefixes to English words
	// with a hyphen ("ka-violent", "na-retake"), read as the English word.
	prefixed bool
	// articles mark the register before a word of English that no
	// Spanish reading claims ("inside la prison", "les militaires"),
	// lower case.
	articles map[string]bool
	// particles are words dropped before phrases are read ("sino po si":
	// who is).
	particles map[string]bool
}

// pairs reads "word=english; word=english" into a table ("word=" drops
// the word).
func pairs(s string) map[string]string {
	m := map[string]string{}
	for _, f := range strings.Split(s, ";") {
		k, v, _ := strings.Cut(f, "=")
		if k = strings.TrimSpace(k); k != "" {
			m[k] = strings.TrimSpace(v)
		}
	}
	return m
}

var registers = []register{
	{ // Hinglish
		own: pairs(`kya=what; kaun=who; kaunsi=which; kaunse=which; kaunsa=which; kab=when; kahan=where; kaha=where;
			kis=which; kitne=how many; kitna=how many; kitni=how many; kaise=how; kyun=why; kyu=why; kyon=why; kisne=who; kisko=whom;
			hain=are; tha=was; thi=was; hua=happened; hui=happened; hue=happened; nahi=not; nahin=not;
			wala=; wale=; wali=; wahan=there; waha=there; yahan=here; andar=inside; bahar=outside;
			mila=found; mile=found; mili=found; naam=name; bata=tell; batao=tell; bataya=told; bola=said; bole=said; boli=said;
			gaya=; gaye=; gayi=; kiya=did; kiye=did; karke=by; ghuse=entered; ghusa=entered; pakda=caught; pakde=caught;
			jeeta=won; jeeti=won; bheje=sent; bheja=sent; lagayi=imposed; lagai=imposed; lagi=imposed; laga=imposed;
			unhone=they; unko=them; unhe=them; usne=he; uska=his; uske=his; iske=its; peeche=behind; pehle=before; baad=after;
			abhi=now; matlab=; waise=; wagera=etc; toh=; log=people; logon=people; mare=died; mara=died; mari=died;
			qaidi=inmates; sach=true; asli=real; chhoot=released; bhaag=escaped; bhaage=escaped; kabza=control;
			karenge=will; rahi=; rahe=; raha=`),
		shared: pairs(`hai=is; ye=this; yeh=this; wo=that; woh=that; me=in; mein=in; se=from; pe=on; par=on; ko=to; ne=; ka=of; ki=of; ke=of;
			bhi=also; aur=and; na=; jo=; ya=or; koi=any; din=days; saal=years; total=total; kuch=anything; is=this; us=that; to=`),
		phrases: pairs(`kya hua=what happened; kya scene hua=what happened; kya scene tha=what happened; kya scene hai=what happened;
			ke andar=inside; ke bahar=outside; ke baare me=about; ke baare mein=about; pe kabza kiya=captured; par kabza kiya=captured; kabza kiya=captured;
			bhaag gaya=escaped; bhaag gaye=escaped; pakda gaya=caught; pakde gaye=caught; chhoot gaye=released; chhoot gaya=released;
			kitne din=how many days; kahan kahan=where; uske baad=after that; iske baad=after this; us ke baad=after that; gaye the=went; mare the=died`),
		headFinal: true,
	},
	{ // Taglish
		own: pairs(`ilan=how many; ilang=how many; sino=who; saan=where; kelan=when; kailan=when; bakit=why; paano=how; anong=what;
			po=; yung=the; ung=the; mga=; ng=of; nila=they; sila=they; nya=he; niya=he; talaga=; daw=; raw=; pala=; naman=; nga=; lang=only;
			dun=there; doon=there; dito=here; yun=that; iyon=that; yan=that; ito=this; ngayon=now; loob=inside; labas=outside;
			namatay=died; patay=dead; nakapasok=entered; pumasok=entered; pinasabog=blew up; nakuha=found; baril=guns;
			kulungan=prison; pulis=police; sundalo=soldiers; sabi=said; nagsalita=spoke; nadamay=hurt; nanalo=won;
			binaril=shot; nangyari=happened; ganito=this; bumaril=shooter; nahuli=caught; pinakawalan=released; pangalan=name; totoo=true; pader=wall;
			ginawa=did; hinostage=held hostage; nakakulong=held; tapos=then; grabe=; pati=also; kasama=included; nung=in; noong=in`),
		phrases:   pairs(`na yan=; na ito=; saan yung=where is the; saan exactly yung=where exactly is the; saan ang=where is the; ano yung=what is the; sino yung=who is the; kelan yung=when is the; kailan yung=when is the; sa loob=inside; sa labas=outside; sino si=who is; sino ang=who is; ano ang=what is; ano po ang=what is`),
		prefixed:  true,
		particles: map[string]bool{"po": true, "ba": true, "pa": true, "daw": true, "raw": true, "talaga": true, "pala": true, "naman": true, "nga": true, "grabe": true},
		shared:    pairs(`away=fight; sa=in; si=; ni=; na=; ba=; pa=; ang=the; ano=what; may=any; at=and; din=also; rin=also; preso=inmates; nag=; mag=`),
	},
	{ // Scots
		own: pairs(`deid=dead; intae=into; aboot=about; gaun=going; efter=after; fae=from; dinnae=don't;
			didnae=didn't; cannae=can't; isnae=isn't; wasnae=wasn't; anither=another; sodjers=soldiers; heid=head; tae=to;
			aff=off; fitba=football; owt=anything; nowt=nothing; ower=over; toon=town; oot=out; doon=down; noo=now; tellt=told`),
		shared: pairs(`wi=with; aw=all; naw=no; polis=police; ye=you; yer=your`),
		lead:   pairs(`whit=what; wis=was`),
	},
	{ // French in English, as francophones mix it ("How les militaires
		// entered inside?", "Combien of guards were taken?")
		own: pairs(`combien=how many; c'est=it is; c’est=it is; donc=; morts=dead; mort=dead; militaires=soldiers;
			policiers=police; prisonniers=prisoners; détenus=inmates; gardiens=guards; otages=hostages; pourquoi=why;
			quand=when; quoi=what; quelle=which; quel=which; depuis=since; vraiment=; alors=; hein=; blessés=injured; tués=killed`),
		shared:   pairs(`la=the; le=the; les=the; qui=who; et=and; avec=with; dans=in`),
		articles: map[string]bool{"la": true, "le": true, "les": true},
	},
	{ // Malaysian English's Malay words (its particles are chat filler)
		own: pairs(`mati=died; kena=got; masuk=entered; teruk=bad; tangkap=caught`),
	},
}

// ReadDialect reads a question written in one of the registers above into
// English, word by word (and, for Hindi's word order, its question word
// and postpositions moved where English puts them), when it is one: a
// word the register alone uses, written lower case. Any other question
// is returned as typed.
func ReadDialect(q string) string {
	reg := registerOf(q)
	if reg == nil {
		return q
	}
	if reg.prefixed {
		q = joinedPrefix.ReplaceAllString(q, "$1")
	}
	locs := pidginWordRE.FindAllStringIndex(q, -1)
	// the message as clauses of words: anything but a space between two
	// words ends a clause
	var out strings.Builder
	var clause []string
	flush := func() {
		out.WriteString(strings.Join(reg.readClause(clause), " "))
		clause = clause[:0]
	}
	last := 0
	for i, l := range locs {
		if gap := q[last:l[0]]; strings.TrimSpace(gap) != "" || i == 0 {
			flush()
			out.WriteString(gap)
		}
		w := q[l[0]:l[1]]
		if i == 0 {
			if lw := strings.ToLower(w); reg.reads(lw) {
				w = lw // the phone's capital
			}
		}
		clause = append(clause, w)
		last = l[1]
	}
	flush()
	out.WriteString(q[last:])
	s := strings.Join(strings.Fields(out.String()), " ")
	s = strings.TrimLeft(s, "!,. ")
	return spaceBeforeMark.ReplaceAllString(s, "$1")
}

// joinedPrefix is a Tagalog verb or adjective prefix joined to an English
// word by a hyphen: "ka-violent", "na-retake", "nag-start".
var joinedPrefix = regexp.MustCompile(`(?i)\b(?:ka|na|nag|mag|pag|ma|maka|naka)-(\p{L})`)

// InDialect reports a question ReadDialect reads in one of its registers:
// the Spanish reader leaves it be ("jail ke andar kya mila": Hindi's "ke",
// not chat Spanish's "que").
func InDialect(q string) bool { return registerOf(q) != nil }

// registerOf is the register q is written in: the one with the most of
// its own words, written lower case (a capitalised word inside a
// question is a name: "Kab", "Sino-Japanese"), when one of them is no
// English word ("kitne", "deid": English words such as "log", "mile" or
// "mare" mark nothing) or a lead word opens a clause ("whit city's it
// in"), and no two words of Spanish's that the register does not read
// stand beside them ("pueden los presos andar por el patio"); nil when
// none is.
func registerOf(q string) *register {
	locs := pidginWordRE.FindAllStringIndex(q, -1)
	best, marks := -1, 0
	for r := range registers {
		reg := &registers[r]
		n, spanish := 0, 0
		for i, l := range locs {
			w := q[l[0]:l[1]]
			lw := strings.ToLower(w)
			if !reg.reads(lw) && esFunctionWords[esFoldString(lw)] {
				spanish++ // "no fue un motin sino una masacre": Spanish's "sino"
			}
			if w != lw && (i > 0 || strings.HasPrefix(q[l[1]:], "-") || len(locs) > 1 && StartsUpper(q[locs[1][0]:locs[1][1]])) {
				continue // a capital inside, or a first word's before another's ("Ilan Levi", "Whit Monday"): a name
			}
			opens := i == 0 || strings.ContainsAny(q[locs[i-1][1]:l[0]], ",.?!;:")
			switch {
			case hasKey(reg.own, lw) && !IsWord(lw):
				n++
			case opens && hasKey(reg.lead, lw) && i+1 < len(locs):
				n++
			case reg.articles[lw] && i+1 < len(locs) && englishNoun(q[locs[i+1][0]:locs[i+1][1]]) && (i == 0 || !articleBefore(reg, q[locs[i-1][0]:locs[i-1][1]])):
				n++
			}
		}
		if n > marks && spanish < 2 {
			best, marks = r, n
		}
	}
	if best < 0 {
		return nil
	}
	return &registers[best]
}

// articleBefore reports a word before an article that makes it no
// French: another article ("la la land") or a Spanish function word
// ("san jeronimo de la sierra", "en la carcel").
func articleBefore(reg *register, w string) bool {
	lw := strings.ToLower(w)
	return reg.articles[lw] || esFunctionWords[esFoldString(lw)]
}

// englishNoun reports a lower-case word of English after an article that
// Spanish does not share ("prison", not "de" or "carcel").
func englishNoun(w string) bool {
	return w == strings.ToLower(w) && IsWord(w) && !esFunctionWords[esFoldString(w)] && len(w) > 2
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// reads reports a folded word the register reads.
func (reg *register) reads(lw string) bool {
	return hasKey(reg.own, lw) || hasKey(reg.shared, lw) || hasKey(reg.lead, lw)
}

// readClause reads one clause's words.
func (reg *register) readClause(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	if reg.particles != nil {
		kept := words[:0:0]
		for _, w := range words {
			if !reg.particles[w] {
				kept = append(kept, w)
			}
		}
		words = kept
	}
	var toks []tok
	for i := 0; i < len(words); {
		// phrases first, longest first
		matched := false
		for n := min(4, len(words)-i); n >= 2; n-- {
			key := strings.ToLower(strings.Join(words[i:i+n], " "))
			if e, ok := reg.phrases[key]; ok {
				toks = append(toks, tok{en: e, wh: opensWh(e), post: reg.headFinal && postOf(key), src: key, native: true})
				i += n
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		w := words[i]
		lw := strings.ToLower(w)
		e, ok := reg.own[lw]
		if !ok {
			e, ok = reg.shared[lw]
		}
		if !ok {
			e, ok = reg.lead[lw]
		}
		if ok && w == lw { // capitalised words are names, read as written
			toks = append(toks, tok{en: e, wh: opensWh(e), post: reg.headFinal && postOf(lw), src: lw, native: true})
		} else {
			toks = append(toks, tok{en: w, src: lw})
		}
		i++
	}
	if reg.headFinal {
		toks = headFirst(toks)
	}
	var out []string
	for _, t := range toks {
		if t.en != "" {
			out = append(out, t.en)
		}
	}
	return out
}

// tok is a word of a clause as read.
type tok struct {
	en     string // its English ("" dropped)
	src    string // as written, folded
	wh     bool   // a question word, or a phrase it opens
	post   bool   // a postposition, to be moved before its noun
	native bool   // a word of the register, not English
	moved  bool   // a postposition phrase, moved before its noun
	noun   bool   // a noun phrase read whole ("the president of ecuador")
}

// opensWh reports English that opens with a question word.
func opensWh(e string) bool {
	f, _, _ := strings.Cut(e, " ")
	switch f {
	case "what", "who", "whom", "which", "when", "where", "how", "why":
		return true
	}
	return false
}

// postOf reports a Hindi postposition, a word or phrase whose English goes
// before the noun it follows.
func postOf(w string) bool {
	switch w {
	case "me", "mein", "se", "pe", "par", "ko", "ka", "ki", "ke", "ke baare me", "ke baare mein", "ke andar", "ke bahar", "uske baad", "iske baad":
		return w != "uske baad" && w != "iske baad"
	}
	return false
}

// headFirst turns a Hindi clause's order into English's: a question word
// takes its noun ("kitne log": how many people); "A ka B" reads "B of A";
// each other postposition goes before the words it follows ("kis city
// me": in which city); a question particle "kya" at either end of a
// yes/no question goes; and the clause opens at its question word, the
// words before it moved after ("esmeraldas me kya hua": what happened in
// esmeraldas), a lone pronoun or the doer "ne" marks right after it
// ("usne kya bola": what he said).
func headFirst(toks []tok) []tok {
	if n := len(toks); n > 1 && toks[n-1].src == "kya" && !anyWh(toks[:n-1]) {
		toks = toks[:n-1]
	} else if n > 1 && toks[0].src == "kya" && !anyWh(toks[1:]) {
		toks = toks[1:]
	}
	// "the" after a Hindi verb is its past's "were" ("gaye the"),
	// which English's tense already says
	for i := 1; i < len(toks); i++ {
		if toks[i].src == "the" && toks[i-1].native && toks[i-1].en != "" {
			toks[i].en = ""
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].en == "how many" || toks[i].en == "which") && !toks[i+1].native {
			toks[i] = tok{en: toks[i].en + " " + toks[i+1].en, wh: true, src: toks[i].src, native: true}
			toks = append(toks[:i+1], toks[i+2:]...)
		}
	}
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !t.post {
			continue
		}
		start := nounStart(toks, i)
		if start == i {
			continue
		}
		noun := joined(toks[start:i])
		if t.en == "of" {
			end := i + 1
			for end < len(toks) && end-i <= 3 && (!toks[end].native || hindiNoun[toks[end].en]) {
				end++
			}
			if end == i+1 || noun.wh {
				toks[i].en = "" // "kitne din ki lagayi": the count's own
				continue
			}
			// "ecuador ka president": president of ecuador, one noun
			// from here on
			np := tok{en: "the " + joined(toks[i+1:end]).en + " of " + noun.en, native: true, noun: true}
			toks = append(append(toks[:start:start], np), toks[end:]...)
			i = start
			continue
		}
		np := tok{en: strings.TrimSpace(t.en + " " + noun.en), wh: noun.wh, moved: true, native: true}
		toks = append(append(toks[:start:start], np), toks[i+1:]...)
		i = start
	}
	for i, t := range toks {
		if !t.wh || i == 0 {
			continue
		}
		pre := append([]tok(nil), toks[:i]...)
		if (len(pre) == 1 && subjectPronoun[pre[0].en] || pre[len(pre)-1].src == "ne") && i+1 < len(toks) {
			// a lone pronoun, or the doer "ne" marks ("Guillermo
			// Rodriguez ne kya bola": what Guillermo Rodriguez said),
			// right after the question word, and a past verb after it
			// read with "did" ("what did he say")
			if i+1 < len(toks) {
				if base, ok := pastBase[toks[i+1].en]; ok {
					return append(append(append([]tok{t, {en: "did"}}, pre...), tok{en: base}), toks[i+2:]...)
				}
			}
			return append(append([]tok{t}, pre...), toks[i+1:]...)
		}
		if t.en != "what" && t.en != "who" && i+1 < len(toks) && toks[i+1].en == "happened" && !anyPost(pre) {
			// "riot kab hua": when did the riot happen
			return append(append(append([]tok{t, {en: "did"}}, pre...), tok{en: "happen"}), toks[i+2:]...)
		}
		return append(append([]tok(nil), toks[i:]...), pre...)
	}
	return toks
}

// pastBase are the past verbs of the Hinglish words with their base form,
// for a question's "did".
var pastBase = map[string]string{"said": "say", "found": "find", "told": "tell", "did": "do", "caught": "catch", "sent": "send", "imposed": "impose"}

// anyPost reports a moved postposition phrase among toks.
func anyPost(toks []tok) bool {
	for _, t := range toks {
		if t.moved {
			return true
		}
	}
	return false
}

// hindiNoun are the nouns of the Hinglish words, which may head "A ka B".
var hindiNoun = map[string]bool{"name": true, "people": true, "inmates": true}

var subjectPronoun = map[string]bool{"he": true, "she": true, "they": true, "it": true}

// nounStart is where the noun a postposition at i follows begins: the
// English words before it (three at most), with a determiner ("ye",
// "wo") or a "wala" modifier before them ("quito wali jail riot me": in
// the quito jail riot); a question phrase ("kis city") alone.
func nounStart(toks []tok, i int) int {
	start := i
	if toks[i-1].wh || toks[i-1].noun || !toks[i-1].native && toks[i-1].en != "" {
		start = i - 1
	}
	if toks[start].wh || toks[start].noun {
		return start
	}
	for start > 0 && i-start < 3 && !toks[start-1].native {
		start--
	}
	if start > 1 && (toks[start-1].src == "wala" || toks[start-1].src == "wale" || toks[start-1].src == "wali") && !toks[start-2].native {
		start -= 2
	}
	if start > 0 && (toks[start-1].src == "ye" || toks[start-1].src == "yeh" || toks[start-1].src == "wo" || toks[start-1].src == "woh" || toks[start-1].src == "is" || toks[start-1].src == "us") {
		start--
	}
	return start
}

// joined is a run of words as one.
func joined(toks []tok) tok {
	var ws []string
	wh := false
	for _, t := range toks {
		if t.en != "" {
			ws = append(ws, t.en)
		}
		wh = wh || t.wh
	}
	return tok{en: strings.Join(ws, " "), wh: wh}
}

func anyWh(toks []tok) bool {
	for _, t := range toks {
		if t.wh {
			return true
		}
	}
	return false
}
