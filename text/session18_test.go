package text

import "testing"

// The asker's polite frame asks nothing of the topic, whatever its verb
// ("clarify", "remind me", "explain"); an embedded question after it is
// read in a question's order ("who the president is" as "who is the
// president"); and "how is X called", the order of languages that ask a
// name with "how", reads "what is X called".
func TestStripRequestSession18(t *testing.T) {
	for q, want := range map[string]string{
		"Could you please clarify which city this took place in?":                   "which city this took place in?",
		"could you remind me who the president of Ecuador is at the moment? Thanks": "who is the president of Ecuador at the moment? Thanks",
		"please remind me what the prison is called":                                "what is the prison called",
		"can you explain why the army went in":                                      "why the army went in",
		"can you tell me who the mayor was, please":                                 "who was the mayor, please",
		"tell me where the jail was?":                                               "where was the jail?",
		// not embedded: the wh-word's own verb comes first
		"can you tell me who runs the prison": "who runs the prison",
		"tell me what happened to the guards": "what happened to the guards",
		"tell me which city the prison is in": "which city is the prison in",
		// a clause whose "be" is not its last verb is left
		"tell me what the guards were doing":                       "what the guards were doing",
		"how is called prison authority of ecuador, abbreviation?": "what is prison authority of ecuador called, abbreviation?",
		"leader of gang there how is called?":                      "what is leader of gang there called?",
		"the prison, how is it called?":                            "what is the prison called?",
		// "how" asking the manner stays
		"how is the prison called by locals": "how is the prison called by locals",
		"how was he called to testify":       "how was he called to testify",
	} {
		if got := StripRequest(q); got != want {
			t.Errorf("StripRequest(%q) = %q, want %q", q, got, want)
		}
	}
}

// A remark of the asker's own run on after a question with no comma is
// no part of it ("whats the jail called i cant pronounce anything"); an
// "I" that the question joins to itself ("what did i miss", "the day that
// i", "can i") or a remark that asks again stays.
func TestStripAsideRunOn(t *testing.T) {
	for q, want := range map[string]string{
		"whats the jail called i cant pronounce anything lmao": "whats the jail called",
		"ong whats the jail called i cant pronounce it":        "ong whats the jail called",
		"what city is it in i forgot":                          "what city is it in",
		"how many died i heard 50":                             "how many died",
		"what did i miss":                                      "what did i miss",
		"what prison i heard about":                            "what prison i heard about",
		"which of the prisons did i see on tv":                 "which of the prisons did i see on tv",
		"what was the day that i heard about":                  "what was the day that i heard about",
		"where in the city can i visit":                        "where in the city can i visit",
		"which prison was it i mean which one in guayaquil":    "which prison was it i mean which one in guayaquil",
		"how many died i think who knows":                      "how many died i think who knows",
		"is it safe there i want to go":                        "is it safe there i want to go",
		"what happened, i forgot":                              "what happened",
	} {
		if got := StripAside(q); got != want {
			t.Errorf("StripAside(%q) = %q, want %q", q, got, want)
		}
	}
	if got := StripLead("Hello again. What is the name of the prison?"); got != "What is the name of the prison?" {
		t.Errorf("StripLead: %q, want the greeting gone", got)
	}
}

// The asker's reason run on after a question ("bc chat keeps saying
// elections") is no part of it; a cause the question asks about ("because
// of the fire"), a why-question's "because" and a "because" that goes on
// with something other than the asker, hearsay or chat stay.
func TestReasonTail(t *testing.T) {
	for q, want := range map[string]string{
		"when r the elections bc chat keeps saying elections":     "when r the elections",
		"what was the number before cause i thought it was lower": "what was the number before",
		"where is the prison because my cousin lives near":        "where is the prison",
		"when is the vote because people say it's soon":           "when is the vote",
		"how many died because of the fire":                       "how many died because of the fire",
		"why did they go in bc of the riot":                       "why did they go in bc of the riot",
		"why did the army go in cuz i dont get it":                "why did the army go in cuz i dont get it",
		"how did they get in because that block is armoured":      "how did they get in because that block is armoured",
		"how did they get in cuz that block is armoured":          "how did they get in",
		"is the prison dangerous because chat says so":            "is the prison dangerous because chat says so",
		"how much damage did the wildfires cause in dollars":      "how much damage did the wildfires cause in dollars",
		"who bc":                       "who bc",
		"when bc chat says so":         "when bc chat says so",
		"where is it bc i forgot":      "where is it",
		"how many died bc of the fire": "how many died bc of the fire",
		"when is the vote because chat keeps saying its soon": "when is the vote",
	} {
		if got := reasonTail(q); got != want {
			t.Errorf("reasonTail(%q) = %q, want %q", q, got, want)
		}
	}
}

// StripAside removes the asker's reason as it removes a remark.
func TestStripAsideReason(t *testing.T) {
	if got, want := StripAside("when r the elections bc chat keeps saying elections"), "when r the elections"; got != want {
		t.Errorf("StripAside = %q, want %q", got, want)
	}
}

// The other half a chat yes/no question offers ("or is it mid", "or nah",
// "or not") asks nothing the answer does not say; "or what" is left (it
// may ask what else), and so is a wh-question's choice and a question too
// short to stand without it.
func TestYesNoTail(t *testing.T) {
	for q, want := range map[string]string{
		"is that jail actually dangerous or is it mid": "is that jail actually dangerous?",
		"did they get in or nah":                       "did they get in?",
		"was anyone hurt in the attack or not?":        "was anyone hurt in the attack?",
		"did they let them go in the end or what":      "did they let them go in the end or what",
		"which prison was it, Litoral or is it Quito":  "which prison was it, Litoral or is it Quito",
		"is it or not": "is it or not",
		// typed as a statement: a plain "or not" makes it yes/no
		"they find weapons in there or nah":         "they find weapons in there?",
		"the army got in, or not?":                  "the army got in?",
		"the prison is in Quito or is it Guayaquil": "the prison is in Quito or is it Guayaquil",
		"who got in first, the army or not":         "who got in first, the army or not",
		"got in or nah":                             "got in or nah", // too short to stand alone
	} {
		if got := yesNoTail(q); got != want {
			t.Errorf("yesNoTail(%q) = %q, want %q", q, got, want)
		}
	}
	if got, want := StripAside("did they get in or nah"), "did they get in?"; got != want {
		t.Errorf("StripAside = %q, want %q", got, want)
	}
}

// Nouns of people are read from WordNet's noun.person, in any form.
func TestIsPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"volunteers": true, "banker": true, "guards": true, "prisoner": true,
		"prison": false, "people": false, "families": false, "water": false, "": false,
	} {
		if got := IsPersonNoun(w); got != want {
			t.Errorf("IsPersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
