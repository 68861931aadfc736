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
