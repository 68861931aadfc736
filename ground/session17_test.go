package ground

import (
	"strings"
	"testing"
)

// An absence claim is refuted by a passage that says the thing in other
// words: a stem synonym ("found" for "seized") or the same lemma
// ("retaken" for "retook"), and a "whether" of two words as well as a
// claim of three. A passage that only tells of an attempt ("try to
// retake") does not say it was done, and words the passage lacks keep
// the claim.
func TestAbsenceRefutedInOtherWords(t *testing.T) {
	const seized = "Footage released by police showed automatic weapons and ammunition seized from inside the prison. Clashes began on Saturday."
	const retook = "Relatives gathered outside the prison on Wednesday after soldiers and police retook the prison."
	const planned = "Officials said soldiers will retake the prison within days."
	const triedSeize = "Police officers tried to seize weapons inside the prison."
	const tried = "Thousands of soldiers and police officers try to retake a rioting prison. Clashes began on Saturday."
	for _, tt := range []struct {
		name, story, claim string
		dropped            bool
	}{
		{"a synonym of three words", seized, "The passages don't say what was found inside the prison [1].", true},
		{"a lemma under whether", retook, "The passages don't say whether the prison was retaken [1].", true},
		{"an attempt is no deed", tried, "The passages don't say whether the prison was retaken [1].", false},
		{"a plan is no deed", planned, "The passages don't say whether the prison was retaken [1].", false},
		{"an attempt in a synonym", triedSeize, "The passages don't say what was found inside the prison [1].", false},
		{"a word the passage lacks", retook, "The passages don't say whether the prison was damaged [1].", false},
		{"two words without whether", retook, "The passages don't say how the prison was retaken [1].", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := verdictOn(t, tt.story, tt.claim)
			if got := len(v.Dropped) > 0; got != tt.dropped {
				t.Errorf("%q: dropped %v (%s), want %v", tt.claim, got, droppedFor(v), tt.dropped)
			}
		})
	}
}

// A number keeps the unit of time its rate is counted by: "12,000
// containers a week" of "about 12,000 containers a day" has changed the
// rate, in English or in Spanish ("a la semana", "diarios"). The same
// rate in other words ("per day", "daily"), a number the passage gives
// with no rate, and a claim with no rate are left be.
func TestRateKeepsItsUnit(t *testing.T) {
	const p = "The strike has halted the loading of about 12,000 containers a day, the port operator said. Dockworkers earn 40 dollars. Some 12,000 dockworkers walked out. Talks resumed a week later.\n"
	// (runSpanishCases checks any claim against one passage)
	runSpanishCases(t, p, "What happened?", []spanishCase{
		{"another unit", "The strike halted about 12,000 containers a week [1].", "12000 a day, not a week"},
		{"an adverb of another unit", "About 12,000 containers were halted weekly [1].", "not a week"},
		{"per and a unit", "About 12,000 containers per month are halted [1].", "not a month"},
		{"the same rate", "The strike halted about 12,000 containers per day [1].", ""},
		{"the same rate as an adverb", "About 12,000 containers are halted daily [1].", ""},
		{"a unit after a clause break", "The strike halted about 12,000 containers and a week later talks resumed [1].", ""},
		{"no rate in the claim", "The operator said about 12,000 containers were affected [1].", ""},
		{"a number with no rate in the passage", "Dockworkers earn 40 dollars a week [1].", ""},
	})
	skipWithoutSpanish(t)
	runSpanishCases(t, p, "¿Cuántos contenedores se dejaron de cargar?", []spanishCase{
		{"a la semana", "La huelga paralizó la carga de unos 12.000 contenedores a la semana [1].", "not a week"},
		{"semanales", "La huelga paralizó la carga de unos 12.000 contenedores semanales [1].", "not a week"},
		{"diarios", "La huelga paralizó la carga de unos 12.000 contenedores diarios [1].", ""},
		{"al día", "La huelga paralizó la carga de unos 12.000 contenedores al día [1].", ""},
	})
}

// A deed told as what happened afterwards ("has since been extended",
// "were later diverted") is an outcome the passage must hold, whatever
// the verb: models add the sequel a story lacks. The same deed in the
// passage, or a stem synonym of it ("climbed" of "raised"), keeps it;
// "since" dating a verb ("surged since 2021") tells no sequel.
func TestLaterDeedIsAnOutcome(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. The government announced a 60-day state of emergency for the country's prisons on Monday. More than forty cargo ships were left waiting at anchor after the strike began. Violence has surged since 2021.\n"
	runSpanishCases(t, p, "What happened?", []spanishCase{
		{"since been extended", "The government announced a 60-day state of emergency for the prisons on Monday, which has since been extended [1].", `outcome "extended"`},
		{"later diverted", "More than forty cargo ships were left waiting at anchor after the strike began and were later diverted [1].", `outcome "diverted"`},
		{"the passage's deed", "The death toll has since been raised to 31 [1].", ""},
		{"a stem synonym of it", "The death toll has since climbed to 31 [1].", ""},
		{"since with a year", "Violence has surged since 2021 [1].", ""},
		{"since then", "The government announced a 60-day state of emergency for the prisons on Monday and violence has surged since then [1].", ""},
		{"has since and the verb", "The government announced a 60-day state of emergency for the prisons and has since extended it [1].", `outcome "extended"`},
	})
}

// A name after a fronted time opens its clause ("On Tuesday Rodriguez
// raised"): the deed must be said of him, as without the time. The day
// is no title of the name's, and a time of more words ("In July 2023")
// fronts it too; a deed the passage does give him is kept.
func TestNameAfterFrontedTime(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. Guillermo Rodriguez is the general director of the SNAI. On Monday, President Guillermo Lasso declared a state of emergency.\n"
	runSpanishCases(t, p, "What happened?", []spanishCase{
		{"a day", "On Tuesday Rodriguez raised the death toll from 18 to 31 [1].", `what the claim says of "Rodriguez"`},
		{"a month and a year", "In July 2023 Rodriguez raised the death toll from 18 to 31 [1].", `what the claim says of "Rodriguez"`},
		{"his own deed", "On Monday Lasso declared a state of emergency [1].", ""},
		{"a title still his", "On Monday President Lasso declared a state of emergency [1].", ""},
	})
	// "In" before a place is no fronted time: the place is no actor
	const q = "Soldiers retook the prison in Guayaquil on Wednesday. The army praised the soldiers. The relatives of inmates gathered outside.\n"
	runSpanishCases(t, q, "What happened?", []spanishCase{
		{"a place after in", "In Guayaquil relatives of inmates gathered outside [1].", ""},
	})
}

// "He" after a claim that opens with a name is that person: "Guillermo
// Rodriguez heads the SNAI. On Tuesday he raised the death toll" gives
// him the attorney general's deed from the sentence before his. His own
// deed is kept, what he said is the speech rules' ("He called the
// operation decisive"), and a "he" with no name before it is left be.
func TestPronounTakesTheNameBefore(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. Guillermo Rodriguez is the general director of the SNAI. \"This operation has been decisive,\" the director said. Rodriguez visited the prison on Wednesday. He first came to national attention as a prosecutor. The SNAI runs Ecuador's prisons.\n"
	for _, tt := range []struct{ name, reply, want string }{
		{"another's deed", "Guillermo Rodriguez is the general director of the SNAI [1]. On Tuesday he raised the death toll from 18 to 31 [1].", `what the claim says of "Rodriguez"`},
		{"he first", "Guillermo Rodriguez is the general director of the SNAI [1]. He raised the death toll from 18 to 31 [1].", `what the claim says of "Rodriguez"`},
		{"his own deed", "Guillermo Rodriguez is the general director of the SNAI [1]. He visited the prison on Wednesday [1].", ""},
		{"a deed in other words", "Guillermo Rodriguez is the general director of the SNAI [1]. He gained national attention as a prosecutor [1].", ""},
		{"what he said", "Guillermo Rodriguez is the general director of the SNAI [1]. He hailed the operation as decisive [1].", ""},
		{"a body's acronym before", "SNAI runs Ecuador's prisons [1]. On Tuesday he raised the death toll from 18 to 31 [1].", ""},
		{"no name before", "The SNAI runs the prisons [1]. On Tuesday he raised the death toll from 18 to 31 [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(verdictOn(t, p, tt.reply))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.reply, got, tt.want)
			}
		})
	}
}
