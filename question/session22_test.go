package question

import "testing"

func TestCountAsked(t *testing.T) {
	for q, want := range map[string]string{
		"how many dead in total, what is the latest figure": "latest figure",
		"what's the final tally":                            "final tally",
		"what is the number of guards":                      "number",
		"what was the figure":                               "figure",
		"how many died":                                     "",
		"which figure in the gang led the riot":             "", // a person, not a count
	} {
		if got := CountAsked(q); got != want {
			t.Errorf("CountAsked(%q) = %q, want %q", q, got, want)
		}
	}
}

// A number the question states says what is counted by the words after
// it, as "how many" does: "50 people died" counts deaths. A year, money,
// and a number followed by no word of a thing ("18 before", "50 or so",
// "31 howmany") count nothing.
func TestClaimCounted(t *testing.T) {
	for q, want := range map[string]string{
		"50 people died in that ecuador jail": "die",
		"my boy said like 50 ppl died":        "die",
		"only 18 dead is true or more":        "dead",
		"they sent 200 soldiers, is it true":  "soldier",
		"it lasted since 2021 right":          "",
		"was it 18 before":                    "",
		"was it up to 50 or so":               "",
		"of the 31 howmany were guards":       "",
		"the ransom was $3 million":           "",
		"the prison holds 40,000 inmates":     "inmat",
	} {
		got := ClaimCounted(q)
		if want == "" {
			if got != nil {
				t.Errorf("ClaimCounted(%q) = %v, want nil", q, got)
			}
			continue
		}
		if !got[want] {
			t.Errorf("ClaimCounted(%q) = %v, want it to hold %q", q, got, want)
		}
	}
}

// A place-of-thing question may name the thing first, as chat does; a
// thing that is an event (a participle after it) or a pronoun is none,
// and a question that goes on after the place asks more.
func TestPlaceOfThingNamedFirst(t *testing.T) {
	for q, want := range map[string]bool{
		"prison is in what city exactly":              true,
		"the prison is in which city?":                true,
		"this prison in the video, which city it is?": true,
		"the jail, what town is it":                   true,
		"the guards were held in which city":          false, // an event
		"it was in which city":                        false, // a pronoun
		"the prison is in what city and who runs it":  false,
		"the mayor of manta was shot in which city":   false,
	} {
		if got := PlaceOfThing(q); got != want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v", q, got, want)
		}
	}
}

// "How long has it been going on" asks since when, up to now: a start
// ("since 2021", "since Saturday") answers it as a length does. A
// question for how long something lasts is not answered by a start.
func TestSinceAnswersHowLongHas(t *testing.T) {
	for _, c := range []struct {
		q, txt string
		want   bool
	}{
		{"how long has the violence been going on", "violence that has surged since 2021", true},
		{"how long have they been fighting", "Clashes between gangs began since Saturday", true},
		{"how long has the violence been going on", "violence that has surged since the government acted", false},
		{"how long is the state of emergency", "violence that has surged since 2021", false},
		{"how long does the curfew last", "a curfew in force since Monday", false},
		{"how long has the curfew been in force", "a 60-day curfew", true}, // a length still answers
	} {
		if got := Duration.InAnswer(c.txt, c.q); got != c.want {
			t.Errorf("Duration.InAnswer(%q, %q) = %v, want %v", c.txt, c.q, got, c.want)
		}
	}
}

// Two guesses offered after a wh-question ("With force or did the
// prisoners open?") ask no question of their own: the wh-question asks.
// A second question with its own question word, or a long statement,
// is read as before.
func TestChoiceAfterAQuestion(t *testing.T) {
	for q, want := range map[string]string{
		"How did the soldiers come inside the prison? With force or did the prisoners open?": "How did the soldiers come inside the prison?",
		"Who runs the prisons? The SNAI or the army?":                                        "Who runs the prisons?",
		"How did the soldiers come inside? Which prison was it?":                             "Which prison was it?",
		"How did the soldiers come inside? Which prison, the Litoral or another?":            "Which prison, the Litoral or another?",
		"How did the soldiers come inside? Did the army or the police go first?":             "Did the army or the police go first?",
		"How did the soldiers come inside? Did the prisoners open the doors?":                "Did the prisoners open the doors?",
	} {
		if got, _ := Split(q); got != want {
			t.Errorf("Split(%q) = %q, want %q", q, got, want)
		}
	}
}
