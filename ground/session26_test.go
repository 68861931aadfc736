package ground

import (
	"slices"
	"testing"
)

// An absence claim leaving open who suffered a harm ("don't say who was
// killed", "whether anyone was hurt") is dropped when a cited passage
// tells it: the harm befalling people, asserted, in the event asked of.
// "who" wants people picked out (a name, "the mayor"), "whether anyone"
// any people, a count or "no one". Read off tuning replies fresh51-025,
// fresh51-034, fresh57-042 and fresh41-032; the keeps are the edges the
// twentieth session's attempt (review 20) fell over.
func TestAbsenceOfWhoSufferedAHarm(t *testing.T) {
	const mayor = "The mayor of the city of Manta was shot dead on Sunday."
	runEdgeCases(t, []edgeCase{
		// told: dropped
		{"who, passive, shot dead", mayor, "The passages don't say who was killed in Manta [1].", "absence"},
		{"who, bare", mayor, "The passages mention a shooting in Manta, but they don't say who was killed [1].", "absence"},
		{"who died", "The mayor of Manta died in hospital on Sunday.", "The passages don't say who died in Manta [1].", "absence"},
		{"who, active", "Gunmen killed the mayor of Manta, Agustin Intriago, on Sunday.", "The passages don't say who was killed in Manta on Sunday [1].", "absence"},
		{"who, a name", "Agustin Intriago was shot dead on Sunday in Manta.", "The passages don't say who was killed in Manta [1].", "absence"},
		{"whether anyone, a count of one", "The office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there.",
			"The passages mention a Molotov cocktail attack on the office, but they don't say whether anyone was hurt [1].", "absence"},
		{"the lead's words by their lemma", "The office said one civilian was hurt in a Molotov cocktail attack on its office.",
			"The passages mention attacks on offices, but they don't say whether anyone was hurt [1].", "absence"},
		{"whether anyone, a count", "At least 31 people were killed in the riot at the prison.", "The passages don't say whether anyone was killed in the riot [1].", "absence"},
		{"whether anyone, no one", "No one was killed in the blast at the market on Monday.", "The passages don't say whether anyone was killed in the blast [1].", "absence"},
		{"whether anyone, active object", "The riot that killed 31 inmates began on Saturday.", "The passages don't say whether anyone was killed in the riot [1].", "absence"},
		{"context stops at an emoji", mayor, "the passages don't say who was killed in manta 🤷 they're mostly about the prison", "absence"},

		// not told, or not of this event: kept
		{"who, a count is not who", "At least 31 people were killed in the riot at the prison.", "The passages don't say who was killed in the riot [1].", ""},
		{"who, a bare count", "Gunmen fired on a bus and three were killed near Duran on Tuesday.", "The passages don't say who was killed near Duran [1].", ""},
		{"who, two men", "Two men were shot dead outside a bar in Manta on Sunday.", "The passages don't say who was killed in Manta [1].", ""},
		{"who, unidentified", "An unidentified man was shot dead near the port of Manta on Sunday.", "The passages don't say who was killed near the port [1].", ""},
		{"who killed asks the doer", mayor, "The passages don't say who killed the mayor [1].", ""},
		{"another event", "A bomb exploded in a market in Manta on Sunday. In a separate attack, the mayor of Manta was shot dead on Sunday.",
			"The passages mention a blast in Manta on Sunday, but they don't say whether anyone was killed in it [1].", ""},
		{"feared", "Two fishermen are feared to have been killed when their boat was hit off Esmeraldas.", "The passages don't say whether anyone was killed off Esmeraldas [1].", ""},
		{"not confirmed", "Police have not confirmed that the mayor of Manta was killed on Sunday.", "The passages don't say who was killed in Manta [1].", ""},
		{"who, people not picked out", "Soldiers were killed in the clashes in Manta.", "The passages don't say who was killed in Manta [1].", ""},
		{"still checking whether", "Firefighters were still checking whether anyone was hurt in the fire at the market.", "The passages don't say whether anyone was hurt in the fire [1].", ""},
		{"a chance only", "Officials warned that the guards could have been hurt in the riot.", "The passages don't say whether anyone was hurt in the riot [1].", ""},
		{"someone set apart", "The mayor was shot dead in Manta on Sunday.", "The passages don't say whether anyone was killed in Manta besides the mayor [1].", ""},
		{"killed is not injured", "The mayor was killed in the attack on the town hall.", "The passages don't say whether anyone was injured in the attack [1].", ""},
		{"a harm question no other reading answers", "An unidentified man was shot dead outside the bank.", "The passages don't say who was killed outside the bank [1].", ""},
		{"a count left open, the harm told", "Gunmen killed an unknown number of people in the village.", "The passages don't say whether anyone was killed in the village [1].", "absence"},
		{"not clear from the passages", mayor, "It is not clear from the passages who was killed [1].", "absence"},
		{"a place the sentence lacks", mayor, "The passages don't say who was killed in Guayaquil [1].", ""},
		{"the lead's event lacking", "The attorney general raised the death toll from the violence from 18 to 31. " + mayor,
			"The passages report who raised the death toll, but they don't say who was killed [1].", ""},
		{"hurt is not killed", "The mayor was hurt in the attack on the town hall.", "The passages don't say whether anyone was killed in the attack [1].", ""},
		{"killed is not hurt", "The mayor was killed in the attack on the town hall.", "The passages don't say whether anyone was hurt in the attack [1].", ""},
		{"shot is not killed", "The mayor of Manta was shot in the leg on Sunday and is recovering in hospital.", "The passages don't say whether anyone was killed in Manta [1].", ""},
	})
}

// harmTold decides, for one sentence, whether a harm of the kind befell
// people it tells of: these are its edges that the whole check's older
// "whether" rule (two own words, asserted) decides on its own first.
func TestHarmTold(t *testing.T) {
	for _, tt := range []struct {
		sentence   string
		death, who bool
		want       bool
	}{
		{"The mayor of the city of Manta was shot dead on Sunday.", true, true, true},
		{"It is feared that two fishermen were killed off Esmeraldas.", true, false, false},
		{"Officials said that two fishermen were killed off Esmeraldas.", true, false, true},
		{"Nobody knows yet whether the two guards were hurt in the fire.", false, false, false},
		{"Nobody knows yet, but the two guards were hurt in the fire.", false, false, true},
		{"The plan, backed by the governors, was killed by Congress on Monday.", true, false, false},
		{"The plan backed by the governors was killed by Congress on Monday.", true, false, false},
		{"The mayor backed by the governors was killed on Monday.", true, false, true},
		{"The storm killed the power lines in Manta.", true, false, false},
		{"The riot killed the momentum, the guards said.", true, false, false},
		{"The storm killed the fishermen in Manta.", true, true, true},
		{"Gunmen may have killed the mayor of Manta.", true, true, false},
		{"The storm killed two fishermen in Manta.", true, true, false},
		{"The storm killed two fishermen in Manta.", true, false, true},
		{"Two guards died in the fire.", true, false, true},
		{"Two guards died in the fire.", false, false, false},
		{"An unnamed guard died in the fire.", true, true, false},
		{"An unnamed guard died in the fire.", true, false, true},
		{"Nobody was hurt in the fire.", false, false, true},
		{"Nobody was hurt in the fire.", false, true, false},
		// review 26: apposition, head nouns, generic persons, fear
		{"The mayor of Manta, Agustin Intriago, was shot dead on Sunday.", true, true, true},
		{"Prosecutors said the victim, a 34-year-old teacher named Rosa Diaz, was murdered.", true, true, true},
		{"Police shot dead a suspect, Juan Perez, during the raid.", true, true, true},
		{"Police shot dead a suspect, who fled, during the raid.", true, true, false},
		{"The victim was killed near his home.", true, true, false},
		{"The deal was killed by Congress.", true, true, false},
		{"On Sunday Agustin Intriago was shot dead in Manta.", true, false, true},
		{"The unidentified guard was shot dead near the port.", true, true, false},
		{"The guard was shot dead near the port.", true, true, true},
		{"Despite the guards, the plan was killed.", true, false, false},
		{"The victim was killed near his home.", true, false, true},
		{"The town's priest was killed in the blast.", true, true, true},
		{"A Red Cross volunteer was wounded in the shelling.", false, true, false},
		{"A Red Cross volunteer was wounded in the shelling.", false, false, true},
		{"A guard in Quito was wounded.", false, true, false},
		{"The floods killed hundreds of cattle.", true, false, false},
		{"The floods killed hundreds of villagers.", true, false, true},
		{"Police fear that several miners were killed.", true, false, false},
		{"No one was hurt in the fire.", false, false, true},
		{"The 31 inmates were killed in the riot.", true, true, false},
		{"The 31 inmates were killed in the riot.", true, false, true},
		{"The guards said the deal was killed on Monday.", true, false, false},
		{"The storm injured two fishermen in Manta.", true, false, false},
		{"The storm injured two fishermen in Manta.", false, false, true},
		{"The unidentified man was shot dead near the port.", true, true, false},
		{"The unidentified man was shot dead near the port.", true, false, true},
	} {
		if got := harmTold(tt.sentence, tt.death, tt.who); got != tt.want {
			t.Errorf("harmTold(%q, death %v, who %v) = %v, want %v", tt.sentence, tt.death, tt.who, got, tt.want)
		}
	}
}

// A list whose items carry no marker, right before a claim that cites
// and is no list item, takes that claim's markers: each item is checked
// against its passages, shown when they hold it and dropped when not.
// A numbered item's number stays with its item ("1. 15 prison guards").
// Read off tuning replies t24-086 and fresh63-017.
func TestListBeforeCitedLine(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"That declaration set off violence in Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail.\n"
	for _, tt := range []struct{ reply, want, reason string }{
		{"17 people in total:\n1. 15 prison guards\n2. 2 other staffers\n\nThey were held at a local jail in Esmeraldas [1].",
			"1. 15 prison guards [1]\n2. 2 other staffers [1]\n\nThey were held at a local jail in Esmeraldas [1].", ""},
		{"**Held:**\n* prison guards\n* staffers\n\nThey were held hostage at a local jail [1].",
			"* prison guards [1]\n* staffers [1]\n\nThey were held hostage at a local jail [1].", ""},
		// an item its passage does not hold is dropped, not shown
		{"**Held:**\n* 15 prison guards\n* 40 nurses\n\nThey were held hostage at a local jail [1].",
			"* 15 prison guards [1]\n\nThey were held hostage at a local jail [1].", "40"},
		// the claim after the list cites nothing: nothing to inherit
		{"**Held:**\n* prison guards\n* staffers\n\nThey were held hostage at a local jail.", "", "cites no passage"},
		// a list item after the list cites: it is the list's own
		{"**Held:**\n* prison guards\n* staffers [1]", "* staffers [1]", "cites no passage"},
		// a claim with no marker between the list and the one that cites
		{"**Held:**\n* prison guards\n* staffers\n\nThey were held at a jail.\n\nIt was in Esmeraldas [1].", "It was in Esmeraldas [1].", "cites no passage"},
	} {
		checkShown(t, st, tt.reply, tt.want, tt.reason)
	}
}

// A numbered item with a marker of its own keeps the split it had: its
// number apart ("1.", "15 prison guards were held [1]"), so that rules
// reading a claim's opening words read the item's. One with no marker is
// one claim with its number.
func TestItemNumberKept(t *testing.T) {
	for reply, want := range map[string][]string{
		"1. 15 prison guards were held [1]": {"1.", "15 prison guards were held [1]"},
		"1. 15 prison guards":               {"1. 15 prison guards"},
	} {
		var got []string
		for _, c := range splitClaims(reply, 1) {
			got = append(got, c.text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("splitClaims(%q) = %q, want %q", reply, got, want)
		}
	}
}

// An absence claim leaving open whether any harm was done, by its noun
// ("don't mention any injuries", "do not mention any hostages being
// taken"), is read as "whether anyone was hurt / killed / held hostage".
// Read off tuning reply fresh49-026.
func TestAbsenceOfAnyHarm(t *testing.T) {
	const hostages = "That declaration set off violence in Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail."
	runEdgeCases(t, []edgeCase{
		{"any hostages taken, held hostage", hostages, "The passages do not mention any hostages being taken [1].", "absence"},
		{"any hostages, bare", hostages, "The passages don't mention any hostages [1].", "absence"},
		{"any injuries, hurt", "The office said one civilian was hurt in a Molotov cocktail attack on its office.", "The passages don't mention any injuries [1].", "absence"},
		{"any deaths in the riot", "At least 31 inmates were killed in the riot.", "The passages don't mention any deaths in the riot [1].", "absence"},
		// kept
		{"hostage-taking denied", "Officials denied that any hostages were taken.", "The passages do not mention any hostages being taken [1].", ""},
		{"held, not hostage", "The guards were held at the jail for questioning.", "The passages don't mention any hostages [1].", ""},
		{"hostages only feared", "Officials fear that two guards were held hostage.", "The passages don't mention any hostages [1].", ""},
		{"hostages only threatened", "The gang threatened that the guards would be held hostage.", "The passages don't mention any hostages [1].", ""},
		{"injuries of another event", "The office said one civilian was hurt in an attack on its office.", "The passages don't mention any injuries in the riot [1].", ""},
		{"deaths are no injuries", "At least 31 inmates were killed in the riot.", "The passages don't mention any injuries in the riot [1].", ""},
		{"hostages in a separate riot", "Two guards were held hostage in a separate riot last year.", "The passages don't mention any hostages [1].", ""},
	})
}

// An absence claim leaving open what someone said ("don't say what the
// office posted on social media") is dropped when a cited sentence holds
// the speaker, a verb of saying and what was said, with the claim's
// words after its verb in it or the sentence before. Read off tuning
// replies fresh37-054 and fresh63-107.
func TestAbsenceOfWhatWasSaid(t *testing.T) {
	const office = "Violence broke out in the city of Esmeraldas. The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there."
	runEdgeCases(t, []edgeCase{
		{"posted on social media", office, "The passages don't say what the office posted on social media [1].", "absence"},
		{"the speaker's adverb", "The attorney general's office later said on social media that one civilian was hurt.", "The passages don't say what the office posted on social media [1].", "absence"},
		{"telling it will not say", "The office told reporters it would not comment on the fire until Monday.", "The passages don't say what the office said about the fire [1].", ""},
		{"reported about a place named before", office, "The passages don't say what the attorney general's office reported about Esmeraldas [1].", "absence"},
		// kept
		{"another speaker", office, "The passages don't say what the president said [1].", ""},
		{"about what the sentences lack", office, "The passages don't say what the office reported about the prison riot [1].", ""},
		{"the speaker left it open", "The attorney general's office did not say what caused the fire.", "The passages don't say what the office said about the fire [1].", ""},
		{"no one named", "Officials said that one civilian was hurt in the attack.", "The passages don't say what they said [1].", ""},
		{"nothing said after the verb", "Asked about the attack, the office said so.", "The passages don't say what the office said [1].", ""},
		{"a speaker half named", office, "The passages don't say what the president's office said [1].", ""},
		{"the speaker spoken of", "Police said the office was attacked by gunmen on Monday.", "The passages don't say what the office said [1].", ""},
		{"speaker without saying", "The attorney general's office was attacked with a Molotov cocktail on Monday night.", "The passages don't say what the office said [1].", ""},
	})
}
