package ground

import (
	"regexp"
	"strings"
)

// sourceLeadRE is a claim opening with where its fact comes from, in the
// words models use for their context ("Based on the provided passages,",
// "According to the sources,", "Based on the information provided in
// the passages,"), after an opening "Sure!" or "Yes,". The
// lead names the passages, not a fact of the world; a named speaker
// ("According to the union,") or a numbered passage ("According to passage
// 1,") is read by other rules, and so is a claim whose subject is the
// passages ("The passages say only that ...; they give neither his name
// ..."), which may go on to say what they lack.
var sourceLeadRE = regexp.MustCompile(`(?i)^\s*(?:(?:sure|okay|ok|yes|no|certainly|of course|absolutely)\s*[!,.]\s*)?(?:based on|according to|going by|judging by|from|per|as per|in) (?:the |these |this )?(?:provided |given |retrieved |available |above |supplied |cited )?(?:passages?|sources?|context|information|texts?|stor(?:y|ies)|articles?|excerpts?|documents?)(?: (?:provided|given|above|available))?(?: (?:in|from|by) the (?:passages?|sources?|context|texts?|articles?))?\s*,\s*`)

// sourceLeadEsRE is sourceLeadRE's lead in Spanish ("Según los pasajes
// proporcionados,", "De acuerdo con el texto,", "En base a la
// información proporcionada,"); a numbered passage
// ("Según el pasaje 1,") or a named source ("Según la policía,") is not
// one.
var sourceLeadEsRE = regexp.MustCompile(`(?i)^\s*(?:(?:sí|si|no|claro)\s*[!,.]\s*)?(?:según|segun|de acuerdo con|de acuerdo a|conforme a|con base en|en base a|basándome en|basado en) (?:el |la |los |las |este |esta |estos |estas )?(?:pasajes?|fuentes?|textos?|artículos?|articulos?|notas?|noticias?|historias?|documentos?|fragmentos?|informaci[oó]n)(?: (?:proporcionad[oa]s?|dad[oa]s?|citad[oa]s?|disponibles?|anteriores|recuperad[oa]s?))?\s*,\s*`)

// withoutSourceLead is claim without its source lead: "Based on the
// provided passages, no one was injured" is checked as "no one was
// injured", whose denial opens the clause.
func withoutSourceLead(claim string) string {
	loc := sourceLeadRE.FindStringIndex(claim)
	if loc == nil {
		loc = sourceLeadEsRE.FindStringIndex(claim)
	}
	if loc == nil || strings.TrimSpace(claim[loc[1]:]) == "" {
		return claim
	}
	return claim[loc[1]:]
}

// passageLeadRE is a claim opening with the numbered passage its fact
// comes from: "According to passage 1,", "Per passage 2,".
var passageLeadRE = regexp.MustCompile(`(?i)^\s*(?:based on|according to|per|as per|from|in) (?:passage|source) \d+\s*,\s*`)

// withoutAnyLead is claim without its source lead or its numbered
// passage's: where a name it opens with is read ("According to passage
// 1, Guillermo Rodriguez is ...": whom a "he" after it means).
func withoutAnyLead(claim string) string {
	if loc := passageLeadRE.FindStringIndex(claim); loc != nil && strings.TrimSpace(claim[loc[1]:]) != "" {
		return claim[loc[1]:]
	}
	return withoutSourceLead(claim)
}
