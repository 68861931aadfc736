package question

import (
	"strings"
	"testing"
)

// "whom" after a preposition in mid-question asks for a person as much as
// at its start.
func TestWhomAfterAPrepositionMidQuestion_review3(t *testing.T) {
	for _, q := range []string{
		"In the end, by whom was the fire started?",
		"After the raid, to whom did the director attribute it?",
		"With whom did the mayor meet?",
	} {
		if got := Classify(q); got != Person {
			t.Errorf("Classify(%q) = %v, want person", q, got)
		}
	}
}

// A middle initial is a capital and a dot; a lone small word between two
// capitalised words ("de Quito a Guayaquil") joins no name.
func TestPersonNameInitialNeedsCapitalAndDot_review3(t *testing.T) {
	txt := "Buses ran from Quito a Guayaquil."
	for _, m := range PersonNames(txt) {
		if span := txt[m[0]:m[1]]; strings.Contains(span, "Quito") && strings.Contains(span, "Guayaquil") {
			t.Errorf("PersonNames(%q) joins %q into one name", txt, span)
		}
	}
	if got := PersonNames("named John F. Kennedy as"); len(got) != 1 || got[0][0] != 6 || got[0][1] != 21 {
		t.Errorf("PersonNames = %v, want one name at [6 21]", got)
	}
}

// "what is/was/'s the [X] time|date|day|hours" asks for a time; with time
// or hours, a time of day.
func TestWhatIsTheXTimeForms_review3(t *testing.T) {
	for _, q := range []string{
		"what is the date of the attack",
		"what was the curfew time in duran",
		"what's the curfew time in duran",
		"what is the opening day of the trial",
	} {
		if got := Classify(q); got != Time {
			t.Errorf("Classify(%q) = %v, want time", q, got)
		}
	}
	weekday := "The curfew was imposed on Monday."
	clock := "The curfew runs from 10 p.m. to 5 a.m. in Duran."
	for _, q := range []string{
		"what was the curfew time in duran",
		"what's the curfew time in duran",
		"what is the time of the curfew in duran",
		"what's the curfew hours in duran",
	} {
		if Time.InAnswer(weekday, q) {
			t.Errorf("Time.InAnswer: a weekday answers %q", q)
		}
		if !Time.InAnswer(clock, q) {
			t.Errorf("Time.InAnswer: 10 p.m. does not answer %q", q)
		}
	}
	// A date is no clock time: a weekday answers it.
	if !Time.InAnswer("The attack happened on Monday.", "what is the date of the attack") {
		t.Error("Time.InAnswer: a weekday does not answer 'what is the date'")
	}
}

// The deed is looked for within three words after the counted word.
func TestCountDeedDistanceEdge_review3(t *testing.T) {
	// died is three words after inmates: inside.
	if got := CountDeed("how many inmates in Guayaquil died"); !got["die"] {
		t.Errorf("CountDeed: three words away, got %v, want die", got)
	}
	// died is four words after inmates: outside.
	if got := CountDeed("how many inmates in the prison died"); got != nil {
		t.Errorf("CountDeed: four words away, got %v, want none", got)
	}
	// The counted word is itself the deed: a second deed after it is no
	// deed of what is counted.
	for _, q := range []string{"how many were killed or injured", "how many died or were injured"} {
		if got := CountDeed(q); got != nil {
			t.Errorf("CountDeed(%q) = %v, want none", q, got)
		}
	}
}

// Forms of be, have and do are no past verbs; an irregular past is.
func TestPastVerbForms_review3(t *testing.T) {
	for w, want := range map[string]bool{"having": false, "done": false, "doing": false, "been": false, "caught": true, "died": true, "killed": true, "inmates": false} {
		if got := pastVerb(w); got != want {
			t.Errorf("pastVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// HasAny takes a word by its stem ("killings": kill) or its lemma
// ("caught": catch).
func TestHasAnyStemOrLemma_review3(t *testing.T) {
	if !HasAny("Two killings of guards were reported.", map[string]bool{"kill": true}) {
		t.Error("HasAny: 'killings' is not read by its stem kill")
	}
	if !HasAny("Police caught 12 escapees.", map[string]bool{"catch": true}) {
		t.Error("HasAny: 'caught' is not read by its lemma catch")
	}
	if HasAny("Police found 12 escapees.", map[string]bool{"catch": true}) {
		t.Error("HasAny: 'found' read as catch")
	}
}

// "does" like "did" and "do": what is counted was said before it.
func TestCountedStopsAtDoes_review3(t *testing.T) {
	if got := Counted("how much does the government pay"); got != nil {
		t.Errorf("Counted = %v, want none", got)
	}
	if got := Counted("how many guards does the prison have"); !got["guard"] {
		t.Errorf("Counted = %v, want guards", got)
	}
}

// A verb in the past between a role and a name: the name is what the
// holder acted on. Words that name the holder do not count as such.
func TestDoneBetween_review3(t *testing.T) {
	for gap, want := range map[string]bool{
		", called ":            false,
		", nicknamed ":         false,
		", dubbed ":            false,
		", known as ":          false,
		" called and thanked ": true,
		" resigned, ":          true,
		" dissolved the ":      true,
		" is ":                 false,
		" was ":                false,
		", Known as ":          false,
		", Dubbed ":            false,
	} {
		if got := DoneBetween(gap); got != want {
			t.Errorf("DoneBetween(%q) = %v, want %v", gap, got, want)
		}
	}
}

// An agent noun ("the winner", "the inventor") is done only by a name
// within two words of it.
func TestDeedDoneAgentNounEdges_review3(t *testing.T) {
	won := "who won the seats"
	for _, c := range []struct {
		q, txt string
		want   bool
	}{
		// Name two words after the noun: inside.
		{won, "Of them the winner, Daniel Noboa, spoke.", true},
		// Name's end two words before the noun: inside.
		{won, "Voters cheered Daniel Noboa, the winner, on Sunday.", true},
		// Name three words after the noun: outside.
		{won, "The winner will face Daniel Noboa in May.", false},
		// Name far after the noun, a clause away.
		{won, "The winner will serve until 2025, officials told Daniel Noboa.", false},
		// A plural agent noun, likewise.
		{won, "Officials said in May the winners will serve until 2025.", false},
		// The agent noun opening the sentence, the name a clause after.
		{won, "Winners will serve until 2025, Daniel Noboa said.", false},
		// An agent noun in -or.
		{"who invented the telephone", "Officials said in May the inventor will be honoured.", false},
		// A noun that is the deed's own verb ("murder") is the deed, not
		// its doer: the name three words before it did it.
		{"who murdered the mayor", "Police said Carlos Perez committed the murder.", true},
	} {
		if got := DeedDone(c.txt, c.q, DeedTerms(Deed(c.q))); got != c.want {
			t.Errorf("DeedDone(%q, %q) = %v, want %v", c.txt, c.q, got, c.want)
		}
	}
}

// A name declared the winner is the winner.
func TestDeedDoneDeclaredWinner_review3(t *testing.T) {
	q := "who won the election"
	for _, txt := range []string{
		"Daniel Noboa was declared the winner on Sunday.",
		"Daniel Noboa is the winner.",
	} {
		if !DeedDone(txt, q, DeedTerms(Deed(q))) {
			t.Errorf("DeedDone(%q, %q) = false, want true", txt, q)
		}
	}
}

// "what is the time frame", "what's the time limit": a period is asked
// for, not a time of day.
func TestWhatIsTheTimeFrameIsNoClockTime_review3(t *testing.T) {
	for _, q := range []string{"what is the time frame for the state of emergency", "what's the time limit to register"} {
		if Time.InAnswer("The curfew runs from 10 p.m. to 5 a.m.", q) && !Time.InAnswer("The state of emergency will last 60 days.", q) {
			t.Errorf("%q is read as asking for a clock time", q)
		}
	}
}

// A question for a year takes a year, not a weekday; and no more than a
// time answer would already be (a bare year in a sentence that answers no
// time stays no answer).
func TestYearAnswers(t *testing.T) {
	if got := Classify("what yr did the clashes begin"); got != Time {
		t.Errorf("Classify(what yr ...) = %v, want time", got)
	}
	for _, tt := range []struct {
		txt, q string
		want   bool
	}{
		{"Clashes between gangs here began on Saturday.", "prison violence start from which year", false},
		{"Violence has surged since 2021.", "prison violence start from which year", true},
		{"Violence has surged since 2021.", "in what year did the violence surge", true},
		{"Clashes between gangs here began on Saturday.", "in what year did the clashes begin", false},
		{"Clashes between gangs here began on Saturday.", "what yr did the clashes begin", false},
		// no more than Time.In, which takes bare years of 1900-2099 only
		{"He sailed from France in 1565.", "in what year was he born", false},
		{"Clashes between gangs here began on Saturday.", "when did the clashes begin", true},
		{"Clashes between gangs here began on Saturday.", "what day did the clashes begin", true},
	} {
		if got := Time.InAnswer(tt.txt, tt.q); got != tt.want {
			t.Errorf("Time.InAnswer(%q, %q) = %v, want %v", tt.txt, tt.q, got, tt.want)
		}
	}
}
