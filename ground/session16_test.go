package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// skipWithoutSpanish skips a test of Spanish answers where Apertium's
// dictionary is not installed (.ci/run installs it).
func skipWithoutSpanish(t *testing.T) {
	t.Helper()
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
}

// spanishCase is a claim answering a Spanish question, checked against
// one passage: want is a substring of the reason it is dropped for, ""
// when it must be kept.
type spanishCase struct{ name, claim, want string }

func runSpanishCases(t *testing.T, passage, asked string, cases []spanishCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, passage, asked, tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}

// A Spanish answer of a number and a noun ("60 días") has no function word
// to tell its language by; its accent and the Spanish question do, and it
// is read through the dictionary: "días" is the passage's "60-day". A
// wrong number is still caught.
func TestShortSpanishAnswerIsGlossed(t *testing.T) {
	skipWithoutSpanish(t)
	const p = "The operation came after the government announced a 60-day state of emergency for the country’s prisons.\n"
	runSpanishCases(t, p, "¿Cuánto dura el estado de excepción en las cárceles?", []spanishCase{
		{"the passage's days", `**60 días** [1: "a 60-day state of emergency for the country’s prisons"].`, ""},
		{"another number", "**70 días** [1].", `number "70"`},
	})
	// asked in English, the same words are not read as Spanish
	if got := edgeReason(t, p, "How long is the state of emergency?", "**60 días** [1]."); got == "" {
		t.Errorf(`"60 días" answering an English question: kept, want it read as written`)
	}
}

// "Después de que" and "antes de que" are the links "after" and "before",
// not the adverb "afterwards" read as an item of the list before it.
func TestSpanishAfterIsALink(t *testing.T) {
	skipWithoutSpanish(t)
	const p = "On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runSpanishCases(t, p, "¿Por qué Lasso declaró estado de excepción en Manabí?", []spanishCase{
		{"después de que after a list", `El lunes, Lasso declaró el estado de excepción en Manabí, Los Ríos y Durán **después de que el alcalde de Manta fuera asesinado a tiros el domingo** [1: "after the mayor of the city of Manta was shot dead on Sunday"].`, ""},
		{"antes de que reverses the order", "Lasso declaró el estado de excepción en Manabí antes de que el alcalde de Manta fuera asesinado [1].", "link"},
		{"another city's mayor", "Lasso declaró el estado de excepción en Manabí después de que el alcalde de Quito fuera asesinado [1].", `name "Quito"`},
	})
}

// "The passages don't say who did A or which official did B" denies both:
// a passage that tells either says what the claim says none does. Each
// question is read on its own, so the words of the other (here
// "official", "announced", "figure") do not hide the told one.
func TestAbsenceOfEitherQuestion(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday. Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"the first question is answered", p, "However, the passages don't say who raised the death toll or which official announced the new figure.", "absence"},
		{"the second question is answered", p, "The passages don't say which official announced the new figure, or who raised the death toll.", "absence"},
		{"joined by and", p, "The passages don't say which official announced the new figure and who raised the death toll.", "absence"},
		{"neither is answered", p, "The passages don't say who started the clashes or why they began.", ""},
		{"a claim opening on the second question", p, "Or why the clashes began, the passages don't say.", ""},
	})
}

// reviewStory holds the seed's sentences one per paragraph, as one
// passage: the review's cases of the sixteenth session read against it.
const reviewStory = "Clashes between gangs here began on Saturday.\n\n" +
	"Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\n" +
	"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.\n\n" +
	"The operation came after the government announced a 60-day state of emergency for the country’s prisons.\n\n" +
	"That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail.\n\n" +
	"Some candidates have pledged prison reforms.\n\n" +
	"On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"

// An absence claim's later questions keep the words saying they are
// missing, so each is answered only by an answer of its kind ("why ...
// began": a cause, not the sentence saying when they began); what the
// claim says the passages do say, before those words, is no question of
// them; and a list of three questions is read one by one.
func TestAbsenceQuestionsReadOneByOne(t *testing.T) {
	for _, tt := range []struct {
		claim string
		drop  bool
	}{
		{"The passages don't say who started the clashes or why the clashes between gangs began.", false},
		{"The article does not specify who was behind the clashes, or why the gang clashes began on Saturday.", false},
		{"The passages don't mention which gang held the guards or when the 15 prison guards were held hostage [1].", false},
		{"Some candidates have pledged prison reforms, but the passages don't say which candidates or what those reforms would involve.", false},
		{"The passages report who raised the death toll and when, but do not say who was killed.", false},
		{"While the passages say who raised the death toll and what the new figure is, they don't say who started the clashes.", false},
		{"Although the passages explain where the guards were held hostage and how many there were, they don't say which gang was responsible.", false},
		{"The passages don't say who raised the death toll, which official announced the new figure, or when.", true},
		{"The passages don't name the official, who raised the death toll from 18 to 31 on Tuesday.", false},
	} {
		if got := edgeReason(t, reviewStory, "What happened?", tt.claim); (got != "") != tt.drop {
			t.Errorf("%q: reason %q, want dropped %v", tt.claim, got, tt.drop)
		}
	}
}

// Short Spanish answers with no accent are read through the dictionary by
// a word only Spanish has ("muertos", "guardias", "asesinado"); "hace 60
// días" is 60 days ago, which the story does not say of the clashes; and
// "luego de que" is "after", as "después de que" is.
func TestShortSpanishAnswersWithoutAccents(t *testing.T) {
	skipWithoutSpanish(t)
	for _, tt := range []struct {
		asked, claim string
		drop         bool
	}{
		{"¿Cuántas personas murieron en total?", "**31 muertos** [1].", false},
		{"¿Cuántas personas murieron en total?", "**32 muertos** [1].", true},
		{"¿Cuántos guardias fueron tomados como rehenes?", "**15 guardias** [1].", false},
		{"¿Qué le pasó al alcalde de Manta?", "**Asesinado a tiros** [1].", false},
		{"¿Cuándo empezaron los enfrentamientos?", "**Hace 60 días** [1].", true},
		{"¿Por qué Lasso declaró estado de excepción en Manabí?", "El alcalde de Manta fue asesinado a tiros luego de que Lasso declarara el estado de excepción en Manabí [1].", true},
		{"¿Por qué Lasso declaró estado de excepción en Manabí?", "Lasso declaró el estado de excepción en Manabí luego de que el alcalde de Manta fuera asesinado a tiros [1].", false},
	} {
		if got := edgeReason(t, reviewStory, tt.asked, tt.claim); (got != "") != tt.drop {
			t.Errorf("%q: reason %q, want dropped %v", tt.claim, got, tt.drop)
		}
	}
}
