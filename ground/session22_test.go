package ground

import "testing"

// A passive whose subject runs on in a participle's clause ("The footage
// showing the automatic weapons and ammunition was released by ...") is
// read with its doer as a short one is: the police released the footage,
// not the armed forces; so is a long subject with no participle ("The
// footage of the automatic weapons and ammunition from the prison").
func TestPassiveAfterAParticipleClause(t *testing.T) {
	const story = "Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison. " +
		"\"We thank our police and armed forces,\" the director said.\n\n15 guards were held at a local jail in Esmeraldas. Soldiers rescued the guards on Monday."
	wantDrops(t, verdictOn, story, []dropCase{
		{"The footage showing the automatic weapons and ammunition was released by the armed forces [1].", true},
		{"The footage showing the automatic weapons and ammunition was released by Ecuadorian police [1].", false},
		{"The footage showing weapons was released by the armed forces [1].", true},
		{"The footage was released by the armed forces [1].", true},
		{"The guards held at the local jail in Esmeraldas were rescued by the police [1].", true},
		{"The guards held at the local jail in Esmeraldas were rescued by soldiers [1].", false},
		{"The footage of the automatic weapons and ammunition from the prison was released by the armed forces [1].", true},
		// the clause's own verb is not the passive's
		{"The footage showing what police seized was released by Ecuadorian police [1].", false},
	})
}
