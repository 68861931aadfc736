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
