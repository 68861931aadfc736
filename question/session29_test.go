package question

import "testing"

// Premise reads a confirmation question as the question of its slot: its
// figure (a span of time asks how long), else its day or month, else its
// place (a word the stories don't use, after "in", "at" or "near"). Not a question without a tag or an
// opening asking whether it holds, not one asking a wh-question of its
// own, and not one with no slot.
func TestPremise(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(newTermCorpus("Soldiers retook the Litoral prison in the city of Guayaquil on Tuesday.", "Gangs fought inside the prison. Guards were held hostage in Esmeraldas."))
	for _, c := range []struct{ q, want string }{
		{"it said 13 dead right?", "how many it said dead"},
		{"my colleague say 50 ppl die, betul ka?", "how many my colleague say ppl die"},
		{"hello there, the radio was on about a terrible riot, I think they said 50 were killed in it, was that right?", ""}, // a story around it
		{"is it true that only like 200 soldiers went in", "how many soldiers went in"},
		{"the emergency is 90 days, is correct?", "how long the emergency is days"},
		{"fighting started Monday right?", "when fighting started"},
		// the word tying the day goes with it
		{"the gangs started fighting on monday right?", "when the gangs started fighting"},
		{"they took it back last friday, right?", "when they took it back"},
		{"the riot was in july, right?", "when the riot was"},
		{"the army went in on tuesday morning right?", "when the army went in morning"},
		{"the prison is in quito right?", "where the prison is"},
		{"the prison is in Santo Domingo right?", "where the prison is"},
		{"the prison is in Santo Domingo was it?", ""},                           // no tag
		{"the prison is in santo domingo right?", "where the prison is domingo"}, // lower case: one word
		{"the prison is in Quito, is that right?", "where the prison is"},
		// a place the stories name is the topic, no slot
		{"the prison is in Guayaquil right?", ""},
		{"hostages in Esmeraldas was released finally or not?", ""},
		// no slot: a place the stories use as a common word, no figure, no day
		{"the riot was in the prison right?", ""},
		{"Guayaquil is in Peru, right?", ""}, // where a named place is: no sentence naming it tells
		{"the army retook it right?", ""},
		{"the army may go in again right?", ""},
		// no confirmation asked
		{"13 dead in the riot", ""},
		{"how many died, 31 right?", ""}, // a question of its own
		{"right, so 31 died", ""},
	} {
		got, ok := Premise(c.q, voc)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("Premise(%q) = %q, %v; want %q", c.q, got, ok, c.want)
		}
	}
}
