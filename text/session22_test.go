package text

import "testing"

// Who the asker heard a claim from is not what is asked: "my boy said",
// "my frend at work say", "someone said", "people are saying that", "i
// read somewhere" are left off the claim after them. A question of the
// source ("what did my lawyer say"), a source inside the question, a
// claim too short to stand alone and words before the source are left.
func TestStripHearsay(t *testing.T) {
	for q, want := range map[string]string{
		"my boy said 50 people died in that jail":            "50 people died in that jail",
		"my frend at work say only 18 dead is true or more":  "only 18 dead is true or more",
		"My cousin told me that the army blew the doors off": "the army blew the doors off",
		"someone said 50 people died in that jail":           "50 people died in that jail",
		"people are saying that 50 died in the riot":         "50 died in the riot",
		"I read somewhere it was like 50 dead":               "it was like 50 dead",
		"i heard on the news the army went in":               "the army went in",
		"what did my lawyer say about the riot":              "what did my lawyer say about the riot",
		"the police said 31 died in the riot":                "the police said 31 died in the riot",
		"my son said so":                                     "my son said so",
		"my son is in that prison, is he ok":                 "my son is in that prison, is he ok",
		"did my mom say the guards were freed":               "did my mom say the guards were freed",
		"my brother in law in quito said the army went in":   "my brother in law in quito said the army went in",
	} {
		if got := StripHearsay(q); got != want {
			t.Errorf("StripHearsay(%q) = %q, want %q", q, got, want)
		}
	}
}
