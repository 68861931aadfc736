package ground

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// An answer in Spanish to a Spanish question is checked against the
// English passages through its English reading: each word by the
// installed Apertium dictionary (text.LoadSpanish), choosing the sense the
// cited passages use; names (capitalised words the passages hold), numbers
// and dates stay as written, so they must match exactly. Without the
// dictionary the claim is checked as written, as any other.

// esFunction and enFunction are the commonest function words of each
// language, for telling a Spanish claim from an English one.
var (
	esFunction = set("el la los las de del que en y por con para una un unos unas fue es son se su sus al lo como pero sin sobre entre tras desde hasta hubo fueron está están también según era eran estaba estaban había han ha hay antes después")
	enFunction = set("the of and to in was is were a an that for with on by as from at it his her their")
)

// spanishClaim reports a claim written in Spanish: more Spanish function
// words than English ones, and at least two.
func spanishClaim(body string) bool {
	es, en := esEnCounts(body)
	return es >= 2 && es > en
}

// spanishAnswer reports a short claim answering a Spanish question in
// Spanish: one Spanish function word is enough ("Unas 200 familias"), or,
// with no function word of either language ("a" is both), a word of
// Spanish: written with its accents ("60 días") or one the Spanish
// dictionary reads and no English dictionary holds ("31 muertos",
// "asesinado a tiros").
func spanishAnswer(body, asked string) bool {
	if !text.LooksSpanish(asked) {
		return false
	}
	es, en := esEnCounts(body)
	if es >= 1 && es > en {
		return true
	}
	if es, en = esEnCounts(bothA.ReplaceAllString(body, " ")); es > 0 && en == 0 {
		return true // "Cuarenta barcos esperan frente a la costa": "a" is both, "la" Spanish
	} else if es != 0 || en != 0 {
		return false
	}
	if strings.ContainsAny(body, "áéíóúñÁÉÍÓÚÑ") {
		return true
	}
	sp, err := text.LoadSpanish()
	if err != nil || sp == nil {
		return false
	}
	for _, w := range text.Words(body) {
		if lw := strings.ToLower(w); !text.IsWord(lw) && len(sp.Translate(lw)) > 0 {
			return true
		}
	}
	return false
}

// bothA is the word "a", English's article and Spanish's preposition.
var bothA = regexp.MustCompile(`(?i)\ba\b`)

// esEnCounts counts the Spanish and the English function words of body.
func esEnCounts(body string) (es, en int) {
	for _, w := range strings.Fields(strings.ToLower(body)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		switch {
		case esFunction[w]:
			es++
		case enFunction[w]:
			en++
		}
	}
	return es, en
}

// esNegation are the Spanish words that deny, read as the English words
// the negation rule knows.
var esNegation = map[string]string{
	"no": "not", "nadie": "nobody", "nunca": "never", "jamás": "never", "nada": "nothing",
	"ningún": "no", "ninguno": "none", "ninguna": "none", "sin": "without", "tampoco": "neither", "ni": "nor",
}

// esArticle is the Spanish indefinite article, which the dictionary
// reads as the numeral ("una" → "one").
var esArticle = set("un una")

// esCopula are the verbs Spanish says "was" with before a participle
// ("resultó herido", "quedaron detenidos"); esParticipleRE finds one.
var (
	esCopula = map[string]string{"resultó": "was", "resultaron": "were", "resulta": "is", "resultan": "are",
		"quedó": "was", "quedaron": "were",
		// the passive: "fueron trasladados", were moved, not "go"
		"fue": "was", "fueron": "were", "es": "is", "son": "are", "era": "was", "eran": "were", "será": "will be", "serán": "will be"}
	esParticipleRE = regexp.MustCompile(`^\p{L}+(?:ad|id)(?:o|a|os|as)\b`)
)

// esAboutRE is a Spanish rounding before a number ("cerca de 200",
// "unas 200"), read "about": the precision rule keeps it.
var esAboutRE = regexp.MustCompile(`(?i)\b(?:cerca\s+de|alrededor\s+de|aproximadamente|unos|unas)\s+(\d)`)

// esAdjectiveRE is the ending of a Spanish adjective: "penitenciarios",
// "decisivo", "peligrosas", "políticos".
var esAdjectiveRE = regexp.MustCompile(`(?:ari[oa]s?|iv[oa]s?|os[oa]s?|ic[oa]s?)$`)

// esFromToRE is a change "de 18 a 31" or "del 18 al 31": from 18 to 31
// (word by word, "of 18 to 31", which no change reading knows).
var esFromToRE = regexp.MustCompile(`(?i)\bdel?\s+(\d[\d.,]*)\s+al?\s+(\d)`)

// esBounds are the Spanish words that make a number a bound ("más de
// cuarenta barcos", more than forty ships), read as the English ones the
// precision rule knows; word by word they read "more of", "less of".
// ("casi", nearly, is left to the dictionary: it qualifies verbs as often,
// "casi duplicó", nearly doubled.)
var esBounds = map[string]string{"más de": "more than", "mas de": "more than", "menos de": "less than",
	"al menos": "at least", "por lo menos": "at least"}

var esBoundRE = regexp.MustCompile(`(?i)\b(?:m[aá]s\s+de|menos\s+de|al\s+menos|por\s+lo\s+menos)\b`)

// esPhrases are Spanish words and phrases the word-by-word dictionary
// misreads ("arma blanca", a knife, read "white weapon"; "recluso", an
// inmate, read "imprison"), with their English senses, the passages' one
// chosen as pickSense does: "heridas de bala y de arma blanca" are the
// passage's "gunshot and stab wounds".
var esPhrases = map[string][]string{
	"de arma blanca": {"stab", "knife"}, "con arma blanca": {"with a knife", "stab"},
	"arma blanca": {"knife", "blade", "stab"}, "armas blancas": {"knives", "blades", "stab"},
	"de bala": {"gunshot", "bullet"}, "de balas": {"gunshot", "bullet"},
	"recluso": {"inmate", "prisoner"}, "reclusos": {"inmates", "prisoners"},
	"reclusa": {"inmate", "prisoner"}, "reclusas": {"inmates", "prisoners"},
	// the prosecution service, which English news calls after its head
	"fiscalía": {"attorney general's office", "prosecutor's office", "prosecutors"}, "fiscalia": {"attorney general's office", "prosecutor's office", "prosecutors"},
	"fiscal general": {"attorney general"},
	// quantities: "miles de presos" are thousands of prisoners, not
	// English miles
	"miles de": {"thousands of"}, "cientos de": {"hundreds of"}, "centenares de": {"hundreds of"}, "decenas de": {"dozens of"},
	// of a number, "duplicar" is to double it, not to copy it
	"duplicó": {"doubled"}, "duplicaron": {"doubled"}, "duplicado": {"doubled"}, "triplicó": {"tripled"}, "triplicaron": {"tripled"},
	// reported speech: "Vergara dijo que ..." is "Vergara said that ...",
	// read by the speaker rules, not "say than"
	"dijo que": {"said that"}, "dijeron que": {"said that"}, "dice que": {"says that"}, "dicen que": {"say that"},
	"afirmó que": {"said that"}, "aseguró que": {"said that"}, "señaló que": {"said that"}, "declaró que": {"said that"},
	"explicó que": {"said that"}, "indicó que": {"said that"}, "añadió que": {"said that"},
	// who said it: "según la policía" is according to the police, not "as"
	"según": {"according to"}, "segun": {"according to"},
	// where: "frente a la costa" is off the coast, "frente a la cárcel"
	// outside it, not the front of anything
	"frente a": {"off", "outside", "in front of", "opposite", "facing"},
	// the link: "después de que" ("luego de que" in much of Latin
	// America) "el alcalde fuera asesinado" is after the
	// mayor was killed, not "afterwards" ("antes" the dictionary reads as
	// "before" already)
	"después de": {"after"}, "despues de": {"after"}, "después de que": {"after"}, "despues de que": {"after"},
	"luego de": {"after"}, "luego de que": {"after"},
	// "cobrar la vida de" is to claim the lives of, not to charge
	"cobrado la vida de": {"claimed the lives of"}, "cobrado las vidas de": {"claimed the lives of"},
	"cobró la vida de": {"claimed the lives of"}, "cobraron la vida de": {"claimed the lives of"},
	"cobrando la vida de": {"claiming the lives of"}, "cobrar la vida de": {"claim the lives of"},
}

// esPhraseRE finds the esPhrases, longest first.
var esPhraseRE = regexp.MustCompile(`(?i)\b(?:(?:de|con)\s+arma\s+blanca|armas?\s+blancas?|de\s+balas?|reclus[oa]s?|fiscal[ií]a|fiscal\s+general|(?:miles|cientos|centenares|decenas)\s+de|(?:dijo|dijeron|dice|dicen|afirmó|aseguró|señaló|declaró|explicó|indicó|añadió)\s+que|seg[uú]n|(?:despu[eé]s|luego)\s+de(?:\s+que)?|frente\s+a|cobr(?:ado|ando|ar|aron|ó)\s+las?\s+vidas?\s+de)\b`)

// esAbsenceRE finds what the passages don't say, as Spanish says it ("no
// dicen", "no mencionan"), and esAbsence says it as English does ("do not
// say", not the dictionary's "not state"), so the absence readings find
// it: read so only against passages in English (a Spanish claim is read
// against a Spanish story's own words).
var (
	esAbsenceRE = regexp.MustCompile(`(?i)\bno\s+(?:dicen?|mencionan?|especifican?|indican?|explican?|informan?|aclaran?|detallan?|precisan?|dan?)\b`)
	esAbsence   = map[string]string{"dice": "say", "menciona": "mention", "especifica": "specify", "indica": "indicate", "explica": "explain",
		"informa": "report", "aclara": "clarify", "detalla": "detail", "precisa": "specify", "da": "give"}
)

// esAccentedRE finds the phrases of esPhrases that end in an accented
// letter ("duplicó"), where \b, which knows only ASCII letters, finds no
// word's end; the character after it is kept.
var esAccentedRE = regexp.MustCompile(`(?i)\b(duplic(?:ó|aron|ado)|triplic(?:ó|aron))([^\p{L}]|$)`)

// esAgoRE is "hace" before a length of time: "hace 60 días" is 60 days
// ago, not "does 60 days".
var esAgoRE = regexp.MustCompile(`(?i)\bhace\s+((?:\d[\d.,]*|un|una|unos|unas|dos|tres|pocos|pocas|varios|varias)\s+\p{L}+)`)

// esRateRE is a rate's unit of time, "a la semana", "al día", "por mes",
// "diarios": "per week", "per day", "per month" for the rate rule, not
// "to week" (the dictionary's "a"). The character after it is kept.
var esRateRE = regexp.MustCompile(`(?i)\b(?:a\s+la|al|por|cada)\s+(hora|d[ií]a|noche|semana|mes|año|ano)([^\p{L}]|$)|\b(diari[oa]s?|semanal(?:es)?|mensual(?:es)?|anual(?:es)?)([^\p{L}]|$)`)

// esRateUnits are the English units of esRateRE's words, folded.
var esRateUnits = map[string]string{"hora": "hour", "dia": "day", "noche": "night", "semana": "week", "mes": "month", "ano": "year",
	"diario": "day", "diaria": "day", "semanal": "week", "semanale": "week", "mensual": "month", "mensuale": "month", "anual": "year", "anuale": "year"}

// glossRates writes the rates of esRateRE "per week", "per day", ... ("al
// día siguiente" becomes "per day following", which the rate rule reads
// as a time, as it does "a day later").
func glossRates(body string) string {
	var b strings.Builder
	last := 0
	for _, m := range esRateRE.FindAllStringSubmatchIndex(body, -1) {
		unit, after := body[max(m[2], 0):max(m[3], 0)], body[max(m[4], 0):max(m[5], 0)]
		if m[2] < 0 {
			unit, after = body[m[6]:m[7]], body[m[8]:m[9]] // "diarios"
		}
		b.WriteString(body[last:m[0]])
		b.WriteString("per " + esRateUnits[strings.TrimSuffix(text.Fold(unit), "s")] + after)
		last = m[1]
	}
	b.WriteString(body[last:])
	return b.String()
}

// esDayRE is a day named by its weekday ("el lunes", "este domingo"), which
// English says "on Monday": the day rules read "on".
var esDayRE = regexp.MustCompile(`(?i)\b(?:el|este|ese|aquel|del)\s+(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b`)

// esSequenceRE is "después de(l)" and "antes de(l)", which the dictionary
// reads word by word ("afterwards of"): "after the", "before the", so the
// day rules read the claim's own sequence.
var esSequenceRE = regexp.MustCompile(`(?i)\b(?:despu[eé]s|antes)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\b`)

// esWeekdays are the Spanish weekdays, folded, in English.
var esWeekdays = map[string]string{"lune": "Monday", "marte": "Tuesday", "miercole": "Wednesday", "jueve": "Thursday", "vierne": "Friday", "sabado": "Saturday", "domingo": "Sunday"}

// esCompoundRE is a Spanish number of tens and units joined by "y":
// "treinta y uno" (31), which the dictionary reads word by word, "thirty
// and one", two numbers; with its hundreds ("ciento treinta y dos": 132)
// and thousands ("treinta y un mil": 31,000).
var esCompoundRE = regexp.MustCompile(`(?i)\b(?:(cien|ciento|doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|seiscient[oa]s|setecient[oa]s|ochocient[oa]s|novecient[oa]s)\s+)?(treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\s+y\s+(uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(\s+mil)?\b`)

var (
	esHundreds = map[string]int{"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
		"cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
		"setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900}
	esTens  = map[string]int{"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
	esUnits = map[string]int{"uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9}
)

// esThousandsRE is a number with Spanish thousands dots: "1.500".
var esThousandsRE = regexp.MustCompile(`\b\d{1,3}(?:\.\d{3})+\b`)

// glossSpanish reads a Spanish claim in English for checking against the
// cited passages; ok is false when the dictionary is not installed.
func glossSpanish(body string, cited []int, ev []evidence) (string, bool) {
	sp, err := text.LoadSpanish()
	if err != nil || sp == nil {
		return "", false
	}
	body = esThousandsRE.ReplaceAllStringFunc(body, func(m string) string { return strings.ReplaceAll(m, ".", "") })
	body = esCompoundRE.ReplaceAllStringFunc(body, func(m string) string {
		sm := esCompoundRE.FindStringSubmatch(m)
		n := esHundreds[text.Fold(sm[1])] + esTens[strings.ToLower(sm[2])] + esUnits[text.Fold(sm[3])]
		if sm[4] != "" {
			n *= 1000 // "treinta y un mil": 31,000
		}
		return strconv.Itoa(n)
	})
	body = esAboutRE.ReplaceAllString(body, "about $1")
	body = esFromToRE.ReplaceAllString(body, "from $1 to $2")
	body = esBoundRE.ReplaceAllStringFunc(body, func(m string) string {
		return esBounds[strings.ToLower(strings.Join(strings.Fields(m), " "))]
	})
	have := func(w string) bool {
		for _, n := range cited {
			if l := ev[n-1].lemmas(); l[w] || l[text.Lemma(w)] {
				return true
			}
		}
		return false
	}
	var sents []sentWords
	for _, n := range cited {
		for i := range ev[n-1].sents {
			sents = append(sents, ev[n-1].sents[i].ws)
		}
	}
	planned := func(en string) bool {
		// the passages hold verb en as a plan or a condition ("said
		// it would publish"): its tense is what a claim must keep
		p, _ := toldAsPlan(sents, en)
		return p
	}
	body = esAgoRE.ReplaceAllString(body, "$1 ago")
	body = esSequenceRE.ReplaceAllStringFunc(body, func(m string) string {
		if strings.HasPrefix(text.Fold(m), "antes") {
			return "before the"
		}
		return "after the"
	})
	body = esDayRE.ReplaceAllStringFunc(body, func(m string) string {
		return "on " + esWeekdays[strings.TrimSuffix(text.Fold(esDayRE.FindStringSubmatch(m)[1]), "s")]
	})
	body = glossRates(body)
	if !spanishPassages(cited, ev) {
		body = esAbsenceRE.ReplaceAllStringFunc(body, func(m string) string {
			verb := strings.ToLower(strings.Fields(m)[1])
			if v, ok := esAbsence[verb]; ok {
				return "does not " + v
			}
			return "do not " + esAbsence[strings.TrimSuffix(verb, "n")]
		})
	}
	body = esPhraseRE.ReplaceAllStringFunc(body, func(m string) string {
		if cands := esPhrases[strings.ToLower(strings.Join(strings.Fields(m), " "))]; len(cands) > 0 {
			return pickSense(cands, have)
		}
		return m // a spelling the table lacks: read word by word
	})
	body = esAccentedRE.ReplaceAllStringFunc(body, func(m string) string {
		sm := esAccentedRE.FindStringSubmatch(m)
		return pickSense(esPhrases[strings.ToLower(sm[1])], have) + sm[2]
	})
	toks := strings.Fields(body)
	out := make([]string, 0, len(toks))
	translated := false // the word before was read through the dictionary
	for i, tok := range toks {
		after := translated
		translated = false
		lead := strings.IndexFunc(tok, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		if lead < 0 {
			out = append(out, tok)
			continue
		}
		end := len(strings.TrimRightFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		w := tok[lead:end]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsDigit(r):
		case unicode.IsUpper(r) && (i > 0 || have(text.Fold(w)) && !esDeterminers[strings.ToLower(w)]):
			// (a sentence's first "Los" is the article, though the
			// passages hold "Los Rios")
			// a name (Spanish capitalises little else inside a sentence):
			// kept as written, checked as a name, unless it is the
			// Spanish of a word the passages hold: "Sindicato de
			// Trabajadores Portuarios" for "Union of Port Workers"
			if !have(text.Fold(w)) {
				for _, c := range sp.Translate(strings.ToLower(w)) {
					if x := formIn(c, cited, ev); x != "" {
						w = strings.ToUpper(x[:1]) + x[1:]
						break
					}
				}
			}
		case esArticle[strings.ToLower(w)]:
			// "en una cárcel local": the article, no count of one
			w = "a"
		case esCopula[strings.ToLower(w)] != "" && i+1 < len(toks) && esParticipleRE.MatchString(toks[i+1]):
			// "resultó herido": was hurt, no result
			w = esCopula[strings.ToLower(w)]
		case esNegation[strings.ToLower(w)] != "":
			// a denial keeps its force: the dictionary's first sense of
			// "nadie" is "anybody"
			w = esNegation[strings.ToLower(w)]
		default:
			cands := sp.Translate(w)
			if c := cognateIn(w, have); c != "" && !slices.ContainsFunc(cands, have) {
				// "declaración" where the passage says "declaration"
				// and the dictionary "statement"
				w, translated = c, true
				break
			}
			if len(cands) == 0 {
				if i > 0 && after && esAdjectiveRE.MatchString(strings.ToLower(w)) && !text.IsWord(strings.ToLower(w)) && !have(text.Fold(w)) {
					// a Spanish word the dictionary lacks right after a
					// word it read, as Spanish puts an adjective
					// ("guardias penitenciarios"): unread, it qualifies
					// the word before, no item of its own
					w = ""
				}
				break
			}
			es := strings.ToLower(w)
			w = pickSense(cands, have)
			// a word read as a content word ("guardias": guard), not an
			// article or a preposition ("los": the), may take an
			// adjective after it
			translated = len(text.Terms(w)) > 0
			if translated {
				prev := ""
				if i > 0 {
					prev = strings.ToLower(strings.Trim(toks[i-1], ",.;:¿?¡!\"'()"))
				}
				w = esTense(es, w, prev, planned)
			}
		}
		out = append(out, tok[:lead]+w+tok[end:])
	}
	return strings.Join(out, " "), true
}

// esPlural is the English plural of noun en, the reading of the Spanish
// plural es ("soldados": soldiers, "ciudades": cities), so the number
// rules read a count of it ("cientos de soldados"); en itself for a
// Spanish word that is no plural noun, or an English word with no plural
// whose lemma it is.
func esPlural(es, en string) string {
	if len([]rune(es)) < 5 || esNoPlural[es] || strings.HasSuffix(en, "s") || strings.Contains(en, " ") ||
		!(strings.HasSuffix(es, "os") || strings.HasSuffix(es, "as") || strings.HasSuffix(es, "es")) {
		return en
	}
	forms := []string{en + "s", en + "es"}
	if strings.HasSuffix(en, "y") {
		forms = append(forms, en[:len(en)-1]+"ies")
	}
	for _, f := range forms {
		if text.IsWord(f) && text.Lemma(f) == en {
			return f
		}
	}
	return en
}

// esTense gives the English reading en of the Spanish word es the tense
// or number Spanish writes in its ending, which the dictionary's lemma
// loses: a preterite in the past where the passages hold its verb as a
// plan or a condition ("publicó": published, of "said it would
// publish"; elsewhere the lemma, which the other rules read as before;
// after an accented question word too, "quién mató": who killed), a
// participle after an auxiliary as one where its verb is such a plan
// ("ha publicado": has published; otherwise, or after its noun, the
// lemma: "fueron liberados", "una lista actualizada"; after a
// determiner, a number or "de" it is a noun, "los soldados"), a conditional with
// "would" ("publicaría": would publish; "podría": could), a future with
// "will" ("publicará"), a plural noun plural (esPlural). So the plan and
// hedge rules see a plan told as done, and the number rules a count.
func esTense(es, en, prev string, planned func(string) bool) string {
	if strings.Contains(en, " ") {
		return en
	}
	switch {
	case esParticipleRE.MatchString(es) && esAuxiliaries[prev] && planned(en):
		return enPast(en, true)
	case esParticipleRE.MatchString(es) && !esNounBefore(prev):
		return en // a participle ("fueron liberados") or an adjective after its noun ("una lista actualizada")
	case esPreteriteRE.MatchString(es) && (planned(en) || esAsking[prev]):
		// (after a question word too: "no dicen quién mató al alcalde",
		// who killed the mayor, a deed the doer readings know)
		return enPast(en, false)
	case esConditionalRE.MatchString(es) && !esNounBefore(prev): // "la mayoría" is a noun
		if en == "can" {
			return "could"
		}
		return "would " + en
	case esFutureRE.MatchString(es):
		return "will " + en
	}
	if esNounBefore(prev) {
		return esPlural(es, en) // "los soldados", "cientos de soldados": counted
	}
	return en
}

var (
	// esPreteriteRE is a third person's preterite: "publicó", "murió",
	// "retomaron", "huyeron".
	esPreteriteRE = regexp.MustCompile(`^\p{L}{2,}(?:ó|aron|ieron|yeron)$`)
	// esConditionalRE and esFutureRE: "publicaría(n)", "publicará(n)".
	// (with their accents: "cifra", "historia" are nouns)
	esConditionalRE = regexp.MustCompile(`^\p{L}{2,}ría(?:n)?$`)
	esFutureRE      = regexp.MustCompile(`^\p{L}{2,}r(?:á|án)$`)
)

// esAsking are the Spanish question words a claim leaves a question
// open with ("no dicen quién mató al alcalde"), with their accents:
// unaccented, "que", "cuando", "como" join clauses ("cuando comenzaron
// los enfrentamientos").
var esAsking = set("quién quiénes qué cuántos cuántas cuándo dónde cómo")

// esAuxiliaries are the Spanish verbs a participle follows as one: the
// perfect's "haber", the passive's "ser", "quedar" and "resultar".
var esAuxiliaries = set("ha han había habían habia habian he hemos haya hayan hubo fue fueron es son era eran sido será serán sera seran quedó quedaron quedo resultó resultaron resulto está están estaba estaban")

// esNounBefore reports a Spanish word before which a word is a noun: a
// determiner, a number or "de" ("los soldados", "dos soldados", "cientos
// de soldados"; "of" and "the" where a phrase before was read in English
// already), not a verb, a conjunction or a noun ("fueron liberados",
// "soldados y policías", "internos trasladados").
func esNounBefore(w string) bool {
	return esDeterminers[w] || text.Numbers(w) != nil || text.IsNumeral(w)
}

// esDeterminers are the Spanish words a noun follows.
var esDeterminers = set("of the a an el la los las un una unos unas sus su mis tus nuestros nuestras estos estas esos esas aquellos aquellas muchos muchas varios varias algunos algunas otros otras dos tres cuatro cinco seis siete ocho nueve diez quince veinte treinta cuarenta cincuenta cien cientos miles de del")

// enPast is the English past (or, participle, the past participle) of
// verb en: an irregular form WordNet lists ("retook", "taken"), else the
// regular one the word list holds ("published", "elevated", "carried");
// en itself when it has none (a noun, "put").
func enPast(en string, participle bool) string {
	var fallback string
	for _, f := range text.Inflections(en) {
		if f == en+"d" || f == en+"ed" || strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "s") || strings.HasSuffix(f, "est") || strings.HasSuffix(f, "er") {
			continue // "hided", "seed" (listed as forms of "hide", "see"), "hiding", "goes", "closest", "cutter"
		}
		switch {
		case participle && !irregularPast(f, en) && pastVerb(f, en):
			return f // "taken", "shown"
		case !participle && irregularPast(f, en):
			return f // "retook", "ran", "fled"
		case pastVerb(f, en):
			fallback = f
		}
	}
	if fallback != "" && participle {
		return fallback // "held", "put": the one form
	}
	var forms []string
	switch {
	case strings.HasSuffix(en, "e"):
		forms = []string{en + "d"}
	case len(en) > 2 && strings.HasSuffix(en, "y") && !strings.ContainsRune("aeiou", rune(en[len(en)-2])):
		forms = []string{en[:len(en)-1] + "ied"}
	default:
		forms = []string{en + "ed", en + en[len(en)-1:] + "ed"}
	}
	for _, f := range forms {
		if text.IsWord(f) && text.Lemma(f) == en {
			return f // "showed", not the participle "shown"
		}
	}
	if fallback != "" {
		return fallback // "held", "put": the one form
	}
	return en
}

// spanishPassages reports cited passages written in Spanish themselves
// (a story a user added in Spanish): a Spanish claim is read against
// them as written, not in English.
func spanishPassages(cited []int, ev []evidence) bool {
	for _, n := range cited {
		if !text.LooksSpanish(ev[n-1].raw) {
			return false
		}
	}
	return len(cited) > 0
}

// esNoPlural are Spanish words ending like a plural that are none:
// adverbs and conjunctions.
var esNoPlural = set("menos además despues después antes mientras entonces apenas quizás quizas jamás jamas detrás detras atrás atras encima")

// cognateIn is the English cognate of the Spanish word w that the passages
// hold, or "": Latin words Spanish and English share, each language's
// ending told by rule ("declaración": declaration, "actividad":
// activity, "violencia": violence, "finalmente": finally).
func cognateIn(w string, have func(string) bool) string {
	f := text.Fold(w)
	for _, e := range cognateEndings {
		stem, ok := strings.CutSuffix(f, e[0])
		if !ok || len(stem) < 3 {
			continue
		}
		if c := stem + e[1]; have(c) {
			return c
		}
	}
	return ""
}

// cognateEndings are Spanish endings and their English ones, longest
// first.
var cognateEndings = [][2]string{
	{"aciones", "ations"}, {"acion", "ation"}, {"ciones", "tions"}, {"cion", "tion"}, {"siones", "sions"}, {"sion", "sion"},
	{"idades", "ities"}, {"idad", "ity"}, {"mente", "ly"}, {"encia", "ence"}, {"ancia", "ance"},
	{"ismo", "ism"}, {"ista", "ist"}, {"osos", "ous"}, {"oso", "ous"}, {"ivos", "ives"}, {"ivo", "ive"}, {"iva", "ive"},
	{"icos", "ic"}, {"ico", "ic"}, {"ica", "ic"}, {"ales", "al"}, {"al", "al"},
}

// pickSense chooses the English candidate the passages use: the word
// itself; else the passage's word that is a WordNet synonym of one ("herido":
// "injure", read "hurt" where the passage says "hurt"), so the meaning
// rules meet the passage's word; else a candidate with a derived word
// there; else the dictionary's first.
func pickSense(cands []string, have func(string) bool) string {
	for _, c := range cands {
		if have(c) {
			return c
		}
	}
	for _, c := range cands {
		for _, x := range text.Synonyms(c) {
			if have(x) {
				return x // the passage's own word: the rules compare words
			}
		}
		for _, x := range text.Related(c) {
			if have(x) {
				return c
			}
		}
	}
	return cands[0]
}

// formIn is the word of a cited passage that is c or has c as its lemma
// ("workers" for "worker"), "" if none.
func formIn(c string, cited []int, ev []evidence) string {
	for _, n := range cited {
		if ev[n-1].words[c] {
			return c
		}
	}
	for _, n := range cited {
		for w := range ev[n-1].words {
			if text.Lemma(w) == c {
				return w
			}
		}
	}
	return ""
}
