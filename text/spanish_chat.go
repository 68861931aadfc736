package text

import (
	"slices"
	"strings"
)

// Chat Spanish: the spellings, fillers and tags of Spanish typed in a chat
// ("k paso en la carcel d guayaquil", "cuantos mismo murieron o que"). Like
// English chat filler (chatFiller) these are a closed class of a register
// no dictionary lists, Apertium's included, so they are kept here by hand;
// everything else still comes from Apertium.

// esChatSpelling maps chat spellings of Spanish function words (folded) to
// the word they stand for: "k"/"q" que, "d" de, "pa" para, "xq" porque,
// "kien" quien, "tb" también, "sta" está.
var esChatSpelling = map[string]string{
	"k": "que", "q": "que", "ke": "que", "qe": "que",
	"d": "de", "pa": "para", "pal": "para el", "x": "por",
	"xq": "porque", "pq": "porque", "porq": "porque", "xk": "porque",
	"tb": "tambien", "tmb": "tambien", "tbn": "tambien",
	"kien": "quien", "kienes": "quienes", "qn": "quien", "qnes": "quienes",
	"dnd": "donde", "dnde": "donde", "cdo": "cuando", "kuando": "cuando",
	"kuantos": "cuantos", "kuantas": "cuantas",
	"sta": "esta", "stan": "estan", "toy": "estoy",
}

// esChatBecause are chat spellings of "porque" (because) that open a
// why-question when they open the message ("xq lo mataron").
var esChatBecause = map[string]bool{"xq": true, "pq": true, "porq": true, "xk": true}

// esChatFiller are Spanish chat interjections, laughter and address that
// carry no topic ("oe bot", "jajaja", "alv", "chuta", "mi pana"). Laughter
// of any length ("jajajaja", "jsjsjs") is recognised by esLaughter.
var esChatFiller = map[string]bool{
	"oe": true, "oye": true, "oiga": true, "ey": true, "bot": true, "che": true, "vea": true, "mire": true, "mira": true,
	"xd": true, "alv": true, "wtf": true, "lol": true, "bro": true, "chuta": true, "uy": true, "ay": true, "pues": true, "pes": true,
	"ahorita": true, "boludo": true, "wey": true, "guey": true, "weon": true, "po": true, "cachai": true,
	"loco": true, "mijo": true, "mija": true, "porfa": true, "xfa": true, "xfavor": true, "gracias": true,
}

// esLaughter reports chat laughter: "jaja", "jajajaja", "jsjs", "jeje",
// "jiji" (at least two syllables).
func esLaughter(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 || w[0] != 'j' {
		return false
	}
	v := w[1]
	if v != 'a' && v != 'e' && v != 'i' && v != 's' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] != 'j' || w[i+1] != v {
			return false
		}
	}
	return true
}

// esDeterminers are the words after which "mismo" means "same" ("el mismo
// día"); anywhere else in a question it is the coastal filler "qué mismo
// pasó", "cuántos mismo murieron".
var esDeterminers = map[string]bool{
	"el": true, "la": true, "lo": true, "los": true, "las": true, "un": true, "una": true, "unos": true, "unas": true,
	"este": true, "esta": true, "ese": true, "esa": true, "su": true, "sus": true, "mi": true, "tu": true, "al": true, "del": true,
}

// esChatWords is esWords with chat Spanish read as written Spanish: chat
// spellings spelled out, filler and laughter dropped, the filler "mismo"
// dropped, the address "mi pana"/"mi ñaño" dropped, and a closing tag
// ("... o que", "... o no", "... o k") dropped: "oye mi pana que mismo paso
// en la carcel o que" reads "que paso en la carcel".
func esChatWords(s string) []string {
	var out []string
	ws := esWords(s)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		f := esFoldString(w)
		if !slices.ContainsFunc(out, func(w string) bool { return !esLeadConj[esFoldString(w)] }) && esChatBecause[f] {
			out = append(out, "por", "que") // "xq mataron al alcalde": why; mid-message it is "because"
			continue
		}
		if sp, ok := esChatSpelling[f]; ok && f != sp {
			out = append(out, strings.Fields(sp)...)
			continue
		}
		switch {
		case esChatFiller[f] || esLaughter(f):
			continue
		case (f == "mismo" || f == "misma") && (len(out) == 0 || !esDeterminers[esFoldString(out[len(out)-1])]):
			continue
		case f == "mi" && i+1 < len(ws) && esAddress[esFoldString(ws[i+1])]:
			i++
			continue
		}
		out = append(out, w)
	}
	// A closing tag asks nothing: "eran bastantes o que", "o no".
	if n := len(out); n > 3 && out[n-2] == "o" && (out[n-1] == "que" || out[n-1] == "no") {
		out = out[:n-2]
	}
	return out
}

// esAddress are the nouns of "mi pana", "mi ñaño": the asker addressing a
// friend, not the topic.
var esAddress = map[string]bool{"pana": true, "nano": true, "ñano": true, "ñaño": true, "hermano": true, "bro": true, "amigo": true, "causa": true, "llave": true}

// esMaxPhrase is the longest multiword expression looked up, in words.
const esMaxPhrase = 4

// phrase is the English of the longest multiword expression ws opens with
// that Apertium's analyser lists ("al final": at the end, "por lo menos": at
// least, "sin embargo": however) or that esNewsTerms holds, with its length
// in words; 0 when there is none.
func (s *Spanish) phrase(ws []string) (string, int) {
	for n := min(esMaxPhrase, len(ws)); n >= 2; n-- {
		p := strings.Join(ws[:n], " ")
		if en, ok := esNewsTerms[esFoldString(p)]; ok {
			return en, n
		}
		if s.asksInside(ws, n) {
			continue // "desde qué día": since what day, not "desde que" (since) "día"
		}
		in := make([]int32, 0, len(p))
		for _, r := range p {
			in = append(in, int32(r))
		}
		for _, a := range s.morf.lookup(in, esFolded, 0, false) {
			if en := s.english(p, a.out); len(en) > 0 {
				return en[0], n
			}
		}
	}
	return "", 0
}

// esNewsTerms are Spanish news and legal terms of several words that
// Apertium lacks and that word by word read as something else ("estado de
// excepción": state of exception, "cifra de muertos": figure of dead). A
// short hand list, like the question words; folded keys.
var esNewsTerms = map[string]string{
	"estado de excepcion":           "state of emergency",
	"estados de excepcion":          "states of emergency",
	"cifra de muertos":              "death toll",
	"cifra de fallecidos":           "death toll",
	"numero de muertos":             "death toll",
	"numero de fallecidos":          "death toll",
	"balance de victimas":           "death toll",
	"personas privadas de libertad": "prisoners",
	"privados de libertad":          "prisoners",
	"privadas de libertad":          "prisoners",
	"guias penitenciarios":          "prison guards",
	"guia penitenciario":            "prison guard",
	"toque de queda":                "curfew",
	"al final":                      "in the end",
	"a cargo":                       "in charge",
	"a cargo de":                    "in charge of",
	"a cargo del":                   "in charge of the",
	"es verdad que":                 "is it true that",
	"es cierto que":                 "is it true that",
}

// Looks reports a question in Spanish by its words: more than half of them
// (and at least three) are words the Spanish analyser knows that are no
// English words, names the stories use (keep) aside. It catches what the
// cheap LooksSpanish misses: "y murio algun militar o policia en el
// operativo".
func (s *Spanish) Looks(q string, keep func(w string) bool) bool {
	if s == nil {
		return false
	}
	ws := esChatWords(q)
	spanish, total := 0, 0
	for _, w := range ws {
		switch {
		case esFunctionWords[esFoldString(w)]:
			spanish++ // "los", "el": Spanish even where a name holds them ("Los Rios")
		case keep != nil && keep(w):
			continue // a name the stories use is neither
		case !IsWord(w) && len(s.analyse(w)) > 0:
			spanish++
		}
		total++
	}
	return spanish >= 3 && 2*spanish > total
}

// beForm is the English form of "ser" or "estar" (w, as typed) when next
// does not make it something else: "es" is, "fue" was, "son" are,
// "fueron" were; the demonstrative "esta" (this) is the verb "está" when
// the words after it make it one (verbFollows: "el man que esta a cargo",
// "esta vivo"). "" for any other word.
func (s *Spanish) beForm(w, next, after string) string {
	f := esFoldString(w)
	if f == "esta" || f == "estan" {
		if w == f && (next == "" || !s.verbFollows(next, after)) {
			return "" // "esta cárcel": this prison
		}
		if f == "esta" {
			return "is"
		}
		return "are"
	}
	for _, a := range s.analyse(w) {
		lemma, tags := s.morf.esSplit(a.out)
		if lemma != "ser" && lemma != "estar" || len(tags) < 3 || tags[0] != "<vblex>" && tags[0] != "<vbser>" {
			continue
		}
		if lemma == "ser" && esFoldString(next) == "a" {
			return "" // "fueron a retomar": they went to retake ("ir")
		}
		past := tags[1] == "<ifi>" || tags[1] == "<pii>"
		if tags[1] != "<pri>" && !past {
			continue
		}
		plural := slices.Contains(tags, "<pl>")
		switch {
		case past && plural:
			return "were"
		case past:
			return "was"
		case plural:
			return "are"
		default:
			return "is"
		}
	}
	return ""
}

// verbFollows reports a word after "esta" that makes it "está": a
// preposition, an adverb, an article or determiner ("dónde esta la
// cárcel"), an adjective that is no noun ("esta vivo"), a participle or a
// gerund.
func (s *Spanish) verbFollows(next, after string) bool {
	for _, a := range s.analyse(next) {
		_, tags := s.morf.esSplit(a.out)
		if len(tags) == 0 {
			continue
		}
		switch {
		case tags[0] == "<pr>" || tags[0] == "<adv>" || tags[0] == "<det>":
			return true
		case tags[0] == "<adj>" && !s.isNoun(next) && !(after != "" && s.isNoun(after)):
			return true // "el tigre esta vivo": is alive; "esta nueva ola": this new wave
		case tags[0] == "<vblex>" && len(tags) > 1 && (tags[1] == "<pp>" || tags[1] == "<ger>"):
			return true
		}
	}
	return false
}

// esNewsWords are the English, in the stories' sense, of Spanish news and
// prison words that Apertium lacks ("reos", "fiscalía") or gives another
// sense of ("pabellón": pavilion, not cellblock; "guía": guide, not the
// Ecuadorian prison guard; "operativo": operative, not operation). They are
// offered after Apertium's translations, so they win only where the
// stories use none of Apertium's words. A short hand list; folded keys.
var esNewsWords = map[string][]string{
	"reo": {"inmate"}, "reos": {"inmate"}, "pandillero": {"gang member"}, "pandilleros": {"gang member"},
	"cabecilla": {"leader"}, "cabecillas": {"leader"}, "uniformados": {"police"},
	"efectivo": {"troop"}, "efectivos": {"troop"}, "fiscalia": {"attorney general"},
	"custodio": {"guard"}, "custodios": {"guard"}, "guia": {"guard"}, "guias": {"guard"},
	"operativo": {"operation"}, "operativos": {"operation"}, "pabellon": {"cellblock"}, "pabellones": {"cellblock"},
	"penitenciaria": {"penitentiary"}, "balacera": {"shooting"}, "balaceras": {"shooting"},
	"decomisaron": {"seize"}, "decomisar": {"seize"}, "comicios": {"election"},
	"ingresar": {"enter"}, "ingresaron": {"enter"}, "ingreso": {"enter"}, "allanaron": {"raid"},
	"recluido": {"held"}, "recluidos": {"held"}, "matazon": {"massacre"}, "chapas": {"police"},
}

// esDoAfter are the question words after which English asks with "do":
// "qué dijo Rodríguez" is "what did Rodríguez say", not "what said"; after
// "who" and "how many" the verb is the question's own ("quién dijo": who
// said, "cuántos murieron": how many died).
var esDoAfter = map[string]bool{"what": true, "when": true, "where": true, "how": true, "why": true}

// doSupport is "did" for a verb in the preterite or imperfect and "does"
// for one in the present (third person), "" for any other word or for
// "ser", "estar" and "haber", which ask without "do".
func (s *Spanish) doSupport(w string) string {
	if s.isNoun(w) {
		return "" // "qué cargo tiene", "qué parte": a noun the question word asks about
	}
	for _, a := range s.analyse(w) {
		lemma, tags := s.morf.esSplit(a.out)
		if len(tags) < 2 || tags[0] != "<vblex>" || lemma == "ser" || lemma == "estar" || lemma == "haber" {
			continue
		}
		switch tags[1] {
		case "<ifi>", "<pii>":
			return "did"
		case "<pri>":
			if slices.Contains(tags, "<p3>") {
				return "does"
			}
		}
	}
	return ""
}

// asksInside reports a question word inside the first n words of ws (not
// the first) that asks rather than joins: accented ("desde qué día"), or
// unaccented before a word that is no verb ("desde que dia", where "desde
// que entró" is "since it came").
func (s *Spanish) asksInside(ws []string, n int) bool {
	for j := 1; j < n; j++ {
		f := esFoldString(ws[j])
		if _, ok := esQuestionWords[f]; !ok {
			continue
		}
		if ws[j] != f || j+1 < len(ws) && !s.isVerb(ws[j+1]) {
			return true
		}
	}
	return false
}

// isVerb reports a word the analyser reads as a verb in any of its readings.
func (s *Spanish) isVerb(w string) bool {
	return s.readAs(w, "<vblex>", "<vbser>", "<vbhaver>", "<vbmod>")
}

// esClitics are the object pronouns Spanish puts before a verb ("le
// lanzaron algo", "les encontraron", "se armó"): English says them after
// it or not at all, and word by word they read as "le", "les" or "be".
// ("lo", "la", "los", "las" are articles too: esObjectArticle.)
var esClitics = map[string]bool{"le": true, "les": true, "se": true, "me": true, "te": true, "nos": true}

// esHearsay reports a part of a question that only reports what someone
// the asker knows said ("mi ñaño dijo q como 50"): it asks nothing.
func esHearsay(ws []string) bool {
	for len(ws) > 0 && (esChatFiller[esFoldString(ws[0])] || esLaughter(esFoldString(ws[0]))) {
		ws = ws[1:] // "oe mi pana dijo q 50"
	}
	if esVerifies(ws) {
		return false // "mi tía dice que murieron 50, es cierto": the claim is what is asked
	}
	if len(ws) < 3 || esFoldString(ws[0]) != "mi" && esFoldString(ws[0]) != "mis" || !esAddress[strings.TrimSuffix(esFoldString(ws[1]), "s")] && !esKin[strings.TrimSuffix(esFoldString(ws[1]), "s")] && !esAddress[esFoldString(ws[1])] {
		return false
	}
	if f := esFoldString(ws[2]); (f == "me" || f == "nos") && len(ws) > 3 {
		ws = ws[1:] // "mi ñaño me dijo"
	}
	switch esFoldString(ws[2]) {
	case "dice", "dijo", "decia", "cree", "creia", "piensa", "penso", "conto", "cuenta", "dicen", "dijeron", "creen":
		return true
	}
	return false
}

// esKin are the relatives and friends whose word a question passes on.
var esKin = map[string]bool{"tio": true, "tia": true, "primo": true, "prima": true, "mama": true, "papa": true, "abuela": true, "abuelo": true, "hermana": true, "amiga": true, "vecino": true, "vecina": true, "novia": true, "novio": true, "esposo": true, "esposa": true}

// mostOrMore reads "más" (or chat's unaccented "mas", which word by word is
// "but"): before an adjective or a participle, "most" after an article
// ("las cárceles más peligrosas": the most dangerous prisons), else
// "more".
func (s *Spanish) mostOrMore(prev []string, next string) string {
	adj := false
	for _, a := range s.analyse(next) {
		if _, tags := s.morf.esSplit(a.out); len(tags) > 0 && (tags[0] == "<adj>" || tags[0] == "<vblex>" && len(tags) > 1 && tags[1] == "<pp>") {
			adj = true // "los más buscados": a participle as an adjective
		}
	}
	if !adj {
		return "more" // "más rehenes", "o más": chat's "mas" is hardly ever "but"
	}
	article := func(w string) bool {
		switch esFoldString(w) {
		case "el", "la", "los", "las", "lo":
			return true
		}
		return false
	}
	// "la más peligrosa", "las cárceles más peligrosas": most; "el
	// gobierno mandó más militares": more.
	if n := len(prev); n > 0 && article(prev[n-1]) || n > 1 && article(prev[n-2]) && s.isNoun(prev[n-1]) {
		return "most"
	}
	return "more"
}

// esWithoutClitics is ws without the object pronouns before a verb
// (esClitics), which read word by word as "le", "les" or "be"; those of
// "cómo se llama" and "cómo le dicen" (esNameIdiom) stay. Detection
// counts them (they are Spanish); only reading drops them.
func esWithoutClitics(ws []string) []string {
	out := make([]string, 0, len(ws))
	for i, w := range ws {
		if esClitics[esFoldString(w)] && !(i > 0 && esNameIdiom(ws[i-1:]) > 0) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// isNoun reports a word the analyser reads as a noun in any reading.
func (s *Spanish) isNoun(w string) bool { return s.readAs(w, "<n>") }

// readAs reports a word the analyser reads, in any of its readings, as one
// of the parts of speech pos ("<n>", "<vblex>"). A word typed with an
// accent is read only as typed: "anunció" is the verb, not "anuncio".
func (s *Spanish) readAs(w string, pos ...string) bool {
	accented := esFoldString(w) != strings.ToLower(w)
	for _, a := range s.analyse(w) {
		if accented && !a.exact {
			continue
		}
		if _, tags := s.morf.esSplit(a.out); len(tags) > 0 && slices.Contains(pos, tags[0]) {
			return true
		}
	}
	return false
}

// esDegree are the words of degree after which "ser de los/las" is "one of
// the": "es de las cárceles más peligrosas", "es de los peores".
var esDegree = map[string]bool{"mas": true, "menos": true, "peor": true, "peores": true, "mejor": true, "mejores": true, "mayor": true, "mayores": true}

// oneOfThe reports "de los/las" after a form of "ser" that says one of a
// class by degree (ws opens on "de"): a word of degree within four words.
// "el fito es de los choneros" says whose he is.
func oneOfThe(ws []string) bool {
	if len(ws) < 3 || esFoldString(ws[0]) != "de" || esFoldString(ws[1]) != "los" && esFoldString(ws[1]) != "las" {
		return false
	}
	for _, w := range ws[2:min(len(ws), 6)] {
		if esDegree[esFoldString(w)] {
			return true
		}
	}
	return false
}

// esVerifies reports words that end on a check of what was said: "es
// cierto", "es verdad", "vdd", "real".
func esVerifies(ws []string) bool {
	if n := len(ws); n > 0 {
		switch esFoldString(ws[n-1]) {
		case "verdad", "cierto", "vdd", "real", "correcto":
			return true
		}
	}
	return false
}

// MayBeSpanish is the cheap test before Looks, needing no installed data:
// at least three words that are Spanish function words, or no English
// words nor names the stories use (keep). An English question never loads
// the Spanish dictionary.
func MayBeSpanish(q string, keep func(w string) bool) bool {
	n := 0
	for _, w := range esChatWords(q) {
		if esFunctionWords[esFoldString(w)] || !IsWord(w) && !(keep != nil && keep(w)) {
			n++ // "retomaron la carcel": WordNet lists "la", "de", "el" as English too
		}
	}
	return n >= 3
}

// esAsksSomething reports words with a Spanish question word among them.
func esAsksSomething(ws []string) bool {
	for _, w := range ws {
		if _, ok := esQuestionWords[esFoldString(w)]; ok {
			return true
		}
	}
	return false
}

// esObjectArticle are the words that are articles before a noun and
// object pronouns before a verb ("lo mataron": they killed him).
var esObjectArticle = map[string]bool{"lo": true, "la": true, "los": true, "las": true}
