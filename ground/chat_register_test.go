package ground

import "testing"

// A reply in chat register is read as plain English before it is checked:
// "Nope," and "Yeah," say no fact, "got hurt" is "was hurt", "n" is
// "and", "govt" is "government", "40+" is more than 40.
func TestChatRegisterIsReadPlain(t *testing.T) {
	const p = "The attorney general's office said one civilian was hurt in a Molotov cocktail attack on its office. " +
		"Chile's transport minister said that the government would not intervene in what he called a private dispute. " +
		"The walkout left more than forty cargo ships waiting at anchor. Fifteen guards and two staffers were held hostage.\n"
	runEdgeCases(t, []edgeCase{
		{"nobody got hurt", p, "Nope, nobody got hurt in the attack on the office [1].", "negation"},
		{"nobody was hurt", p, "Nobody was hurt in the attack on the office [1].", "negation"},
		{"someone got hurt", p, "Yeah, 1 civilian got hurt in the Molotov cocktail attack on the office [1].", ""},
		{"govt would intervene", p, "Yeah, the minister said the govt would intervene [1].", "negation"},
		{"govt would not", p, "Nope, the minister said the govt wouldn't intervene [1].", ""},
		{"40+ ships", p, "40+ cargo ships r waiting at anchor [1].", ""},
		{"forty ships flat", p, "Forty cargo ships are waiting at anchor [1].", "only as a bound"},
		{"n for and", p, "15 guards n 2 staffers were held hostage [1].", ""},
	})
}
