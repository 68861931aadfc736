package question

import "testing"

// A who question asks for an office's holder when it names the office
// after a word of its own ("the prison boss", "the big boss of"), or asks
// after whoever runs or leads something; a who question about a deed, or
// a question that is not after a person, asks for none.
func TestOfficeAsked(t *testing.T) {
	for q, want := range map[string]string{
		"who is the prison boss":                                 "boss",
		"who is the gentleman in charge of the prison authority": "director",
		"who is the big boss of the prisons":                     "boss",
		"who runs the prisons in ecuador":                        "director",
		"who's the guy in charge of the prisons":                 "director",
		"who is the man that is in charge of snai":               "director",
		"who's the guy who's in charge of the prisons":           "director",
		"who is the man that is talking to the snai":             "",
		"who led the hostages out":                               "",
		"what's the name of the guy who runs the prisons":        "director",
		"who is leading the polls":                               "",
		"who is the mayor":                                       "mayor",
		"who runs ecuador":                                       "",
		"who is meeting the president":                           "",
		"who was with the mayor":                                 "",
		"who was their leader":                                   "leader",
		"who retook the prison":                                  "",
		"who ran away from the prison":                           "",
		"who is running away from the police":                    "",
		"who was in charge of the papal army":                    "",
		"how many prisons does the man in charge of snai run":    "",
		"who is the man talking to the president":                "",
		"when did the guy who runs the prisons speak":            "",
	} {
		if got, _ := Office(q); got != want {
			t.Errorf("Office(%q) = %q, want %q", q, got, want)
		}
	}
}
