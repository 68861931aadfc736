package ground

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Spanish read for the number and meaning rules: "treinta y uno" is 31,
// not 30 and 1; a plural noun stays plural ("cientos de soldados":
// hundreds of soldiers), so a count bound to another noun is caught as in
// English; "cobrar la vida de" is to claim the lives of, no charge.
func TestSpanishNumbersPluralsAndLives(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const p = "This is the moment that thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador.\n\nEcuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\nLasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."
	wantReasons(t, p, "¿Cuántos muertos hubo?", map[string]string{
		"El fiscal general elevó el martes la cifra de muertos de 18 a treinta y uno [1].": "",
		"El fiscal general elevó el martes la cifra de muertos de 18 a treinta y dos [1].": "32",
		"Cientos de soldados y policías intentaron retomar la cárcel [1].":                 "hundreds",
		"Miles de soldados y policías intentaron retomar la cárcel [1].":                   "",
		"La violencia ha cobrado la vida de cientos de presos desde 2021 [1].":             "",
		"La violencia cobró la vida de cientos de presos desde 2021 [1].":                  "",
		"La violencia ha cobrado la vida de miles de presos desde 2021 [1].":               "thousands",
	})
	for es, en := range map[string]string{"soldados": "soldiers", "ciudades": "cities", "presos": "prisoners", "además": "besides", "mientras": "while", "antes": "before", "cárcel": "prison", "meses": "months"} {
		base := text.Lemma(en)
		if got := esPlural(es, base); got != en {
			t.Errorf("esPlural(%q, %q) = %q, want %q", es, base, got, en)
		}
	}
}

// A Spanish plan told as done is caught as the English one is: the
// preterite ("publicó") and the perfect ("ha publicado") of a verb the
// passage holds only as a plan read in the past; the conditional and the
// future keep the plan ("publicaría", "publicará").
func TestSpanishPlanToldAsDone(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const p = "The prison authority said it would publish an updated list of transferred inmates on Thursday morning."
	wantReasons(t, p, "¿Qué pasó?", map[string]string{
		"La autoridad penitenciaria publicó una lista actualizada de internos trasladados el jueves por la mañana [1].":             "plan",
		"La autoridad penitenciaria ha publicado una lista actualizada [1].":                                                        "plan",
		"La autoridad penitenciaria dijo que publicaría una lista actualizada de internos trasladados el jueves por la mañana [1].": "",
		"La autoridad penitenciaria publicará una lista actualizada de internos trasladados el jueves [1].":                         "",
	})
}

// esTense's decisions, word by word.
func TestSpanishTense(t *testing.T) {
	yes := func(string) bool { return true }
	no := func(string) bool { return false }
	for _, tt := range []struct {
		es, en, prev string
		planned      func(string) bool
		want         string
	}{
		{"publicó", "publish", "penitenciaria", yes, "published"},
		{"publicó", "publish", "penitenciaria", no, "publish"},
		{"retomaron", "retake", "soldados", yes, "retook"},
		{"publicado", "publish", "ha", yes, "published"},
		{"liberados", "release", "fueron", no, "release"},
		{"actualizada", "update", "lista", yes, "update"},
		{"soldados", "soldier", "los", no, "soldiers"},
		{"publicaría", "publish", "que", no, "would publish"},
		{"podría", "can", "", no, "could"},
		{"publicará", "publish", "", no, "will publish"},
		{"cifra", "figure", "la", no, "figure"},
		{"mató", "kill", "quién", no, "killed"},
		{"comenzaron", "begin", "cuando", no, "begin"},
		{"tomaron", "take", "", yes, "took"},
		{"tomado", "take", "ha", yes, "taken"},
		{"corrieron", "run", "", yes, "ran"},
		{"otorgaron", "give", "", yes, "gave"},
		{"observado", "see", "ha", yes, "seen"},
		{"ocultaron", "hide", "", yes, "hid"},
		{"policías", "police", "y", no, "police"},
		{"soldados", "soldier", "of", no, "soldiers"},
		{"historia", "history", "la", no, "history"},
	} {
		if got := esTense(tt.es, tt.en, tt.prev, tt.planned); got != tt.want {
			t.Errorf("esTense(%q, %q, %q) = %q, want %q", tt.es, tt.en, tt.prev, got, tt.want)
		}
	}
}

// A short Spanish answer whose only function words are "a", which is
// both languages', and a Spanish one is read as Spanish: its number is
// checked, not its words as unknown English.
func TestSpanishShortAnswerWithA(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const p = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday, leaving more than forty cargo ships waiting at anchor off the coast."
	if got := edgeReason(t, p, "¿Cuántos barcos esperan?", "Catorce barcos esperan frente a la costa [1]."); !strings.Contains(got, "14") {
		t.Errorf("Catorce barcos: reason %q, want the number 14", got)
	}
}

// A Spanish claim that the passages leave something open is read in
// English too, by the harm, doer and question readings: "no dicen si
// alguien resultó herido" is wrong where one civilian was hurt; "no dicen
// quién mató al alcalde" is right where no doer is named. Its question is
// left for the bot to ask, in Spanish ("cuándo empezaron los
// enfrentamientos?").
func TestSpanishAbsence(t *testing.T) {
	for claim, want := range map[string][]string{
		"Los pasajes no dicen cuándo empezaron los enfrentamientos; solo que el fiscal elevó la cifra.": {"cuándo empezaron los enfrentamientos?"},
		"Los pasajes no dicen si alguien resultó herido.":                                               {"alguien resultó herido?"},
		"Los pasajes no mencionan a los guardias.":                                                      nil,
	} {
		if got := OpenQuestions(claim); !slices.Equal(got, want) {
			t.Errorf("OpenQuestions(%q) = %q, want %q", claim, got, want)
		}
	}
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there.\n\nOn Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday."
	wantReasons(t, p, "¿Qué pasó?", map[string]string{
		"Los pasajes no dicen si alguien resultó herido [1].":       "absence",
		"Los pasajes no dicen quién mató al alcalde de Manta [1].":  "",
		"Los pasajes no dicen quién disparó contra el alcalde [1].": "",
		"The passages do not say whether anyone was hurt [1].":      "absence",
	})
}
