package question

import "testing"

// A name with a middle initial ("William E. Simon") is a name: it answers
// "whom did Nixon name", which a sentence naming only the question's own
// people does not.
func TestNameWithMiddleInitial(t *testing.T) {
	asked := "Whom did President Nixon name as the first Administrator of the Federal Energy Office?"
	for _, c := range []struct {
		txt  string
		want bool
	}{
		{"In 1973, Nixon named William E. Simon as the first Administrator of the Federal Energy Office.", true},
		{"In 1973, Nixon named John F. Kennedy Jr. as the first Administrator.", true},
		// Only the question's own names: no answer to "whom".
		{"In 1973, President Nixon named the first Administrator of the Federal Energy Office.", false},
		// An initial alone is no name.
		{"In 1973, Nixon named E. as the first Administrator.", false},
	} {
		if got := Person.InAnswer(c.txt, asked); got != c.want {
			t.Errorf("Person.InAnswer(%q) = %v, want %v", c.txt, got, c.want)
		}
	}
	if got := PersonNames("named William E. Simon as"); len(got) != 1 || got[0][0] != 6 || got[0][1] != 22 {
		t.Errorf("PersonNames = %v, want one name at [6 22]", got)
	}
}

// "Whom did Nixon name", "to whom did he attribute": a person is asked for.
func TestWhomAsksForAPerson(t *testing.T) {
	for _, q := range []string{"Whom did President Nixon name in 1973 as the first Administrator?", "to whom did the director attribute the operation", "In his statement, to whom did the director attribute it?", "By whom was the fire started?"} {
		if got := Classify(q); got != Person {
			t.Errorf("Classify(%q) = %v, want person", q, got)
		}
	}
	// "whom" is not "who" inside another word or phrase: a question about a
	// thing stays general.
	if got := Classify("what was the sentence given to the men?"); got == Person {
		t.Errorf("Classify: a general question read as asking for a person")
	}
}

// "what is the curfew time": a time of day is asked for, like "what time".
func TestWhatIsTheXTimeAsksForAClockTime(t *testing.T) {
	q := "what is the curfew time in duran"
	if got := Classify(q); got != Time {
		t.Errorf("Classify(%q) = %v, want time", q, got)
	}
	if Time.InAnswer("The curfew was imposed on Monday.", q) {
		t.Error("Time.InAnswer: a weekday answers what the curfew time is")
	}
	if !Time.InAnswer("The curfew, from 10 p.m. to 5 a.m., will last 30 days.", q) {
		t.Error("Time.InAnswer: 10 p.m. does not answer what the curfew time is")
	}
	if got := Classify("what is the name of the prison"); got == Time {
		t.Errorf("Classify: a name question read as asking for a time")
	}
}

// "which candidate", "which officer": a person is asked for.
func TestWhichPersonNounAsksForAPerson(t *testing.T) {
	for _, q := range []string{"which candidate wants to build prisons on islands?", "which officer said they entered without firing a shot", "what architect designed the building"} {
		if got := Classify(q); got != Person {
			t.Errorf("Classify(%q) = %v, want person", q, got)
		}
	}
	if got := Classify("which prison did they retake"); got == Person {
		t.Error("Classify: 'which prison' read as asking for a person")
	}
}

// "what's the boat called" asks for the name next to "boat".
func TestNamedThingRole(t *testing.T) {
	for q, want := range map[string]string{
		"7 fishermen missing off manta — what's the boat called?": "boat",
		"what is the name of the ship":                            "ship",
		"what was the operation called":                           "operation",
		"what is the boat doing":                                  "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}

// Chat's thousands are read as the stories write them.
func TestExpandThousands(t *testing.T) {
	for in, want := range map[string]string{"40k": "40,000", "2.5k": "2,500", "10K": "10,000", "999k": "999,000", "1k": "1,000", "0.5k": "500"} {
		if got := expandThousands(in); got != want {
			t.Errorf("expandThousands(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"El Salvador mega prison holds 40k inmates??": "El Salvador mega prison holds 40,000 inmates??",
		"a 5km walk and 2k people":                    "a 5km walk and 2,000 people",
		"the k9 unit":                                 "the k9 unit",
	} {
		if got := thousandsRE.ReplaceAllStringFunc(in, expandThousands); got != want {
			t.Errorf("thousands(%q) = %q, want %q", in, got, want)
		}
	}
}

// Read writes chat's thousands as the stories do.
func TestReadExpandsThousands(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The prison has room for 40,000 inmates.")
	if got, want := rd.Read(c, "mega prison holds 40k inmates??"), "mega prison holds 40,000 inmates??"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}
