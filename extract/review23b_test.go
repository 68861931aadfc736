package extract

import "testing"

// Review 23b (an independent review of the offline diff, 80 cases in
// four files, each decided from meaning before running; 22 failed): mended
// were release told by "freed", "rescued", "walked out" for every
// particle, the second light verb ("get let go"), a particle seven words
// on, "go-ahead", NamedRole's two words before the office and "the mayor
// of manta's name", "do you know" with thanks unpunctuated, a claim to
// confirm ("do you know the guards were released"), a person asked ("who
// is"), and a guess after it. Left open: both words of "let ... go" told of
// other things in one sentence, and "did the state of emergency set off
// violence" (retrieval, as before).
// Review 23b: lightDeedUnsaid at its edges. want true means the sentence
// does not tell the release or leaving the question asks (hedge); false
// means it tells it, or the question asks no such deed.
func TestReview23bLightDeedUnsaid(t *testing.T) {
	for _, c := range []struct {
		q, sentence string
		want        bool
		why         string
	}{
		{"did they let the prisoners out", "The inmates were freed on Monday.", false, "\"let out\" of prisoners is releasing them: freed tells it"},
		{"did the hostages get out", "The hostages were released unharmed.", false, "hostages get out by being released"},
		{"did the guards get out", "The guards were rescued by police on Tuesday.", false, "rescued guards got out"},
		{"did the guards get out ok", "The guards walked out of the jail unharmed on Tuesday.", false, "walking out of the jail is getting out"},
		{"did the soldiers get out of the prison", "The soldiers left the prison after retaking the cellblocks.", false, "leaving the prison is getting out (WordNet: exit, leave)"},
		{"did they let the 15 prison guards in esmeraldas go", "15 prison guards and 2 other staffers were held hostage at a local jail.", true, "a long object between let and go still asks the letting go; the hostage sentence never tells it"},
		{"did any inmates get away", "Several inmates escaped during the clashes.", false, "escaping is getting away"},
		{"did any inmates get away", "Clashes between gangs here began on Saturday.", true, "nothing of getting away"},
		{"did the gang let go of the guards", "15 prison guards were held hostage at a local jail.", true, "\"let go of\" asks the release; held hostage is not it"},
		{"did the gang let go of the guards", "The gang freed the guards after six hours.", false, "freed is letting go"},
		{"did they get the guards out", "15 prison guards were held hostage at a local jail.", true, "the particle after the object closes the phrase"},
		{"did the guards get let go", "The guards were let go on Monday.", false, "the phrase as written"},
		{"have the guards been set loose", "The guards were released on Monday.", false, "set loose is release"},
		{"did the police get the go-ahead to storm the prison", "The government authorised police to storm the prison.", false, "a go-ahead is permission, no deed of release"},
		{"did the declaration set off the violence", "That declaration seemed to set off violence in the city of Esmeraldas", false, "set off: off is no particle of release"},
		{"did the riot get going on saturday", "Clashes between gangs here began on Saturday.", false, "get going is starting, no release"},
	} {
		if got := lightDeedUnsaid(c.q, c.sentence); got != c.want {
			t.Errorf("lightDeedUnsaid(%q, %q) = %v, want %v (%s)", c.q, c.sentence, got, c.want, c.why)
		}
	}
}
