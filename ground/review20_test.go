package ground

import (
	"strings"
	"testing"
)

// Review 20: cases at the edges of two rules of the twentieth session,
// written by an independent reviewer against the diff:
//
//  1. an absence claim that the passages leave open who suffered a deed
//     ("don't say who was killed in Manta") refuted by a sentence saying
//     the deed in the passive of people: taken back (861378e reverted),
//     as these cases showed it dropping faithful claims (A01-A10, A19,
//     A20, A27: "unclear whether", "have not said", "according to
//     officials, 31 were killed", "an unidentified man", another event);
//  2. "he"/"she" after a claim opening with a source lead read as of the
//     person it names: taken back (B02, B03: "she" is the other woman
//     named); kept, narrowed: a claim dropped for the title or deed it
//     gave the person no longer lends "he" that title's deeds (B01, B09:
//     a claim dropped for a number still does).
//
// Every case asserts the decision the reviewer believes right and the
// code makes. Cases the code decided wrongly before this session too were
// removed and left open (active voice "Gunmen killed the mayor", Spanish,
// "no one was hurt" answering "whether", "detained" for "arrested", a
// pronoun whose person is named by title only).
type review20Case struct {
	name   string
	story  string
	reply  string
	target string // a substring of the claim under test
	drop   bool   // whether that claim should be dropped
	note   string
}

var review20Cases = []review20Case{
	// ---- rule 1: absence of who suffered a deed -----------------------
	{
		name:   "A01_unclear_whether_inmates_hurt",
		story:  "A fire broke out at the Litoral prison in Guayaquil on Monday, and it was unclear whether any inmates were hurt.",
		reply:  "The passages say a fire broke out at the Litoral prison on Monday, but they don't say whether anyone was hurt [1].",
		target: "whether anyone was hurt",
		drop:   false,
		note:   "the sentence itself leaves it open ('unclear whether'); 'whether' is 4 words before 'hurt'",
	},
	{
		name:   "A02_not_said_how_many_people_hurt",
		story:  "Gunmen attacked a bus in Duran on Tuesday. Police have not said how many people were hurt in the attack.",
		reply:  "Gunmen attacked a bus in Duran on Tuesday [1]. The passages don't say who was hurt in the attack [1].",
		target: "who was hurt",
		drop:   false,
		note:   "'have not said how many people were hurt' says neither who nor how many",
	},
	{
		name:   "A03_people_count_is_not_who",
		story:  "At least 31 people were killed in the riot at the Litoral prison, officials said.",
		reply:  "At least 31 people were killed in the riot at the Litoral prison [1]. The passages don't say who was killed in the riot [1].",
		target: "who was killed",
		drop:   false,
		note:   "'31 people' is a count, not who; the rule excludes a bare count for 'who' but lets 'people' through",
	},
	{
		name:   "A04_according_to_officials_count",
		story:  "According to officials, 31 were killed in the fighting at the prison.",
		reply:  "The passages don't say who was killed in the fighting [1].",
		target: "who was killed",
		drop:   false,
		note:   "the speakers ('officials') are read as the people killed: 'according to' is no word of saying",
	},
	{
		name:   "A05_names_not_released",
		story:  "Two men were shot dead outside a bar in Manta on Sunday. Police did not release the names of the men who were killed.",
		reply:  "The passages say two men were shot dead in Manta on Sunday, but they don't say who was killed [1].",
		target: "who was killed",
		drop:   false,
		note:   "the passage says outright the names were not released",
	},
	{
		name:   "A06_unidentified_man",
		story:  "An unidentified man was shot dead near the port of Manta on Sunday, police said.",
		reply:  "The passages don't identify who was killed near the port [1].",
		target: "who was killed",
		drop:   false,
		note:   "'an unidentified man' does not say who",
	},
	{
		name:   "A07_contact_lost_is_not_killed",
		story:  "Contact with two guards was lost during the riot at the Turi prison on Friday.",
		reply:  "The passages say contact with two guards was lost during the riot, but they don't say whether anyone was killed [1].",
		target: "whether anyone was killed",
		drop:   false,
		note:   "'lost' is a stem synonym of 'killed' ('lives lost'); here contact was lost",
	},
	{
		name:   "A08_were_living_is_not_killed",
		story:  "Inmates who were living in the east wing were moved to another prison after the fire.",
		reply:  "The passages don't say whether anyone was killed in the east wing [1].",
		target: "whether anyone was killed",
		drop:   false,
		note:   "'live' is a stem synonym of 'kill'; 'were living' reads as a passive",
	},
	{
		name:   "A09_context_of_another_event",
		story:  "A bomb exploded in a market in Manta on Sunday. In a separate attack, the mayor of Manta was shot dead on Sunday.",
		reply:  "The passages mention a blast in Manta on Sunday, but they don't say whether anyone was killed in it [1].",
		target: "whether anyone was killed",
		drop:   false,
		note:   "context words 'Manta', 'Sunday' (2 of 3) match the mayor's sentence, which is another event",
	},
	{
		name:   "A10_not_said_whether_responsible",
		story:  "Police have not said whether the mayor's bodyguard was responsible for the attack.",
		reply:  "The passages don't say who was responsible for the attack [1].",
		target: "who was responsible",
		drop:   false,
		note:   "'whether' is too far before the deed for the unasserted cue; 'was responsible' is read as a passive deed",
	},
	{
		name:   "A11_police_didnt_say_but_paper_did",
		story:  "Police declined to say who was arrested in the raid on Monday. A local newspaper reported that the mayor's nephew was arrested in the raid.",
		reply:  "Police didn't say who was arrested in the raid [1].",
		target: "who was arrested",
		drop:   false,
		note:   "unsure: the claim is about the police, who did decline; the checker reads every absence claim as about the passages",
	},
	{
		name:   "A12_active_voice_who_killed_regression",
		story:  "Gunmen killed the mayor of Manta, Agustin Intriago, on Sunday.",
		reply:  "The passages don't say who was killed in Manta on Sunday [1].",
		target: "who was killed",
		drop:   true,
		note:   "the passage says it in the active; the new rule claims the question ('asked') and so skips the old own-words check",
	},
	{
		name:   "A14_who_died",
		story:  "The mayor of the city of Manta was shot dead on Sunday.",
		reply:  "The passages don't say who died in Manta on Sunday [1].",
		target: "who died",
		drop:   true,
		note:   "another question form for the same absence",
	},
	{
		name:   "A17_could_be_hurt_control",
		story:  "Officials warned that more guards could be hurt if the riot at the Turi prison continued.",
		reply:  "The passages don't say whether anyone was hurt in the riot [1].",
		target: "whether anyone was hurt",
		drop:   false,
		note:   "control: a possibility only",
	},
	{
		name:   "A18_feared_killed",
		story:  "Two fishermen are feared to have been killed when their boat was hit during the clashes off Esmeraldas.",
		reply:  "The passages don't say whether anyone was killed in the clashes [1].",
		target: "whether anyone was killed",
		drop:   false,
		note:   "unsure: 'feared to have been killed' is a fear, not a report of death",
	},
	{
		name:   "A19_unconfirmed_reports",
		story:  "Reports that two journalists were killed in the clashes could not be confirmed.",
		reply:  "The passages don't say whether anyone was killed in the clashes [1].",
		target: "whether anyone was killed",
		drop:   false,
		note:   "the hedge comes after the deed ('could not be confirmed')",
	},
	{
		name:   "A20_doer_before_count",
		story:  "Gunmen fired on a bus and three were killed near Duran on Tuesday.",
		reply:  "The passages don't say who was killed near Duran [1].",
		target: "who was killed",
		drop:   false,
		note:   "'gunmen', the doers, are taken as the people killed; 'three' alone is rightly no answer to 'who'",
	},

	{
		name:   "A27_context_of_an_earlier_riot",
		story:  "A riot broke out at the Turi prison on Monday. In a similar riot at the Turi prison in 2021, dozens of inmates were hurt.",
		reply:  "The passages mention Monday's riot at the Turi prison but don't say whether anyone was hurt in it [1].",
		target: "whether anyone was hurt",
		drop:   false,
		note:   "context words 'riot', 'Turi', 'prison' (3 of 4) match the 2021 riot's sentence",
	},
	{
		name:   "A28_shot_is_not_killed",
		story:  "The mayor of Manta was shot in the leg on Sunday and is recovering in hospital.",
		reply:  "The passages say the mayor of Manta was shot on Sunday but don't say whether anyone was killed [1].",
		target: "whether anyone was killed",
		drop:   false,
		note:   "control: 'shot' is no stem synonym of 'killed'",
	},

	// ---- rule 2: he/she after a source lead, dropped title ------------
	{
		name: "B01_dropped_for_number_not_title",
		story: "The SNAI director ordered an inquiry into the riot on Tuesday. " +
			"Guillermo Rodriguez, the general director of the SNAI, visited the prison, where 12 guards were hurt in the riot.",
		reply:  "Guillermo Rodriguez, the general director of the SNAI, visited the prison, where 20 guards were hurt in the riot [1]. On Tuesday he ordered an inquiry into the riot [1].",
		target: "he ordered",
		drop:   false,
		note:   "the first claim is dropped for its count, not its title, which was right: the SNAI director's deed is his",
	},
	{
		name: "B02_lead_she_is_the_other_woman",
		story: "Attorney General Diana Salazar raised the death toll from 18 to 31 on Tuesday. " +
			"President Guillermo Lasso thanked Salazar on Wednesday.",
		reply:  "Based on the passages, Lasso thanked Salazar on Wednesday [1]. On Tuesday she had raised the death toll from 18 to 31 [1].",
		target: "she had raised",
		drop:   false,
		note:   "'she' is Salazar, the one-word name after the opening name",
	},
	{
		name: "B03_lead_he_by_title_president",
		story: "The president ordered troops into the streets of Guayaquil on Tuesday. " +
			"A day earlier, President Guillermo Lasso had declared a state of emergency.",
		reply:  "Based on the passages, Lasso declared a state of emergency [1]. He also ordered troops into the streets of Guayaquil [1].",
		target: "He also ordered",
		drop:   false,
		note:   "'the president' is Lasso by the passage's own title",
	},
	{
		name: "B06_first_claim_unmarked_inherits",
		story: "The SNAI director ordered an inquiry into the riot on Tuesday. " +
			"Guillermo Rodriguez is the general director of the SNAI.",
		reply:  "Based on the passages, Guillermo Rodriguez is the general director of the SNAI. On Tuesday he ordered an inquiry into the riot [1].",
		target: "he ordered",
		drop:   false,
		note:   "control: the first claim, with no marker of its own, inherits the next one's and is kept; so is the 'he' claim",
	},
	{
		name: "B08_control_lead_he_deed_of_his",
		story: "Guillermo Rodriguez is the general director of the SNAI. " +
			"Rodriguez ordered an inquiry into the riot on Tuesday.",
		reply:  "Based on the passages, Guillermo Rodriguez heads the SNAI [1]. On Tuesday he ordered an inquiry into the riot [1].",
		target: "he ordered",
		drop:   false,
		note:   "control",
	},
	{
		name: "B09_cascade_from_paraphrase_drop",
		story: "The SNAI director ordered an inquiry into the riot on Tuesday. " +
			"Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI.",
		reply:  "Based on the passages, Guillermo Rodriguez runs the SNAI [1]. On Tuesday he ordered an inquiry into the riot [1].",
		target: "he ordered",
		drop:   false,
		note:   "'runs the SNAI' is dropped (an old false alarm of the who rule); the change then also drops the faithful 'he' claim",
	},
	{
		name: "B11_lead_possessive_place_title",
		story: "Guayaquil's mayor, Aquiles Alvarez, ordered a curfew on Monday. " +
			"The mayor also closed schools across the city.",
		reply:  "Based on the passages, Guayaquil's mayor ordered a curfew on Monday [1]. He also closed schools across the city [1].",
		target: "He also closed",
		drop:   false,
		note:   "the opening 'name' is a place's possessive; 'he' is the mayor",
	},
	{
		name: "B12_lead_he_deed_far_after_name",
		story: "Guillermo Rodriguez is the general director of the SNAI. " +
			"The riot at the Litoral prison began on Sunday. Troops entered the prison on Monday. " +
			"The SNAI director ordered an inquiry into the riot on Tuesday.",
		reply:  "Based on the passages, Guillermo Rodriguez is the general director of the SNAI [1]. On Tuesday he ordered an inquiry into the riot [1].",
		target: "he ordered",
		drop:   false,
		note:   "control: right title kept; the SNAI director's deed is his by the title",
	},
}

func TestReview20(t *testing.T) {
	for _, c := range review20Cases {
		t.Run(c.name, func(t *testing.T) { wantTargetDropped(t, c.story, c.reply, c.target, c.drop, c.note) })
	}
}

// wantTargetDropped checks reply against story: the claim holding target
// must be dropped exactly when drop.
func wantTargetDropped(t *testing.T, story, reply, target string, drop bool, note string) {
	t.Helper()
	v := verdictOn(t, story, reply)
	got := false
	var all []string
	for _, d := range v.Dropped {
		all = append(all, d.Claim+" <- "+d.Reason)
		if strings.Contains(strings.ToLower(d.Claim), strings.ToLower(target)) {
			got = true
		}
	}
	if got != drop {
		t.Errorf("%q: dropped %v, want %v (%s)\n  dropped: %s", reply, got, drop, note, strings.Join(all, " | "))
	}
}
