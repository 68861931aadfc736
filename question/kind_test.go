package question

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		q    string
		want Kind
	}{
		{"How many people died?", Number},
		{"how much ammunition was seized", Number},
		{"What was the death toll?", Number},
		{"How long is the state of emergency?", Duration},
		{"Who is the general director of the SNAI?", Person},
		{"Which official spoke for the prison authority?", Person},
		{"Where were the guards held hostage?", Place},
		{"In what city is the Litoral penitentiary?", Place},
		{"When did the clashes begin?", Time},
		{"On what day did the clashes begin? When?", Time},
		{"What did the soldiers use to get in?", General},
		{"What is the name of Ecuador's attorney general?", Name},
		{"¿Quién es Guillermo Rodríguez?", General}, // not English: no type, answered on coverage alone
	}
	for _, tt := range tests {
		if got := Classify(tt.q); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestHasType(t *testing.T) {
	tests := []struct {
		t    Kind
		text string
		want bool
	}{
		{Number, "the death toll rose from 18 to 31", true},
		{Number, "thousands of soldiers", true},
		{Number, "violence that has surged since 2021", false}, // a year is not a count
		{Number, "a price of 1.50 dlrs", true},
		{Number, "The operation was decisive.", false},
		{Duration, "a 60-day state of emergency", true},
		{Duration, "for three weeks", true},
		{Duration, "since 2021", false},
		{Time, "Clashes began on Saturday.", true},
		{Time, "in July 2023", true},
		{Time, "Clashes began in the yard.", false},
		{Place, "held hostage at a local jail in the city of Esmeraldas", true},
		{Place, "held hostage at a local jail", false},
		{Person, "Guillermo Rodriguez is the director", true},
		{Person, "GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:", true},
		{Person, "the fighting went on into the night", false},
		{Person, "The lighthouse was painted by volunteers.", true}, // a group answers "who"
		{Name, "Ecuador’s attorney general raised the toll", false}, // a title is not a name
		{Name, "Guillermo Rodriguez is the director", true},
	}
	for _, tt := range tests {
		if got := tt.t.In(tt.text, "Who is it?"); got != tt.want {
			t.Errorf("In(%v, %q) = %v, want %v", tt.t, tt.text, got, tt.want)
		}
	}
}

func TestNamedRole(t *testing.T) {
	for q, want := range map[string]string{
		"what was the mayor's name":                 "mayor",
		"what is the attorney general called":       "attorney general",
		"whats the name of the prison director":     "director",
		"what is ecuador's attorney general's name": "attorney general",
		"what is the name of the prison":            "",
		"how many guards were held":                 "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestCountIn: a count answer has its number near what is counted, or a
// word for it (WordNet and the news synonyms); without a counted thing any
// number does.
func TestCountIn(t *testing.T) {
	for _, tt := range []struct {
		txt, asked string
		want       bool
	}{
		{"Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.", "how many people died", true},
		{"Using controlled detonations, they gained access to three cellblocks.", "how many people died", false},
		{"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage.", "how many guards were held hostage", true},
		{"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage.", "how many inmates escaped", false},
		{"Thousands of soldiers took part.", "how many troops went in", true}, // troops ~ soldiers
		{"The toll rose to 31.", "how many?", true},                           // nothing counted: any number
		{"The operation was decisive.", "how many?", false},
		{"Cardenas, 54, promised two prisons.", "how old is Cardenas", true},                 // the news's age apposition
		{"Cardenas promised 54 prisons, two on islands.", "how old is Cardenas", false},      // no age: a number, no apposition
		{"In Quito, 54, and in Guayaquil, 31, died.", "how many people died in Quito", true}, // not an age question: counted as before
		{"Cardenas, aged 54, promised two prisons.", "how old is Cardenas", true},
		{"Ecuador’s attorney general raised the death toll from the violence from 18 to 31.", "what was the death toll raised to", true},
	} {
		if got := CountIn(tt.txt, tt.asked); got != tt.want {
			t.Errorf("CountIn(%.40q, %q) = %v, want %v", tt.txt, tt.asked, got, tt.want)
		}
	}
}

// A name question wants a name the question doesn't give: the capital of a
// sentence's first word, the small words inside a name and a word the
// question gives the stem of make no name new.
func TestNameInNewName(t *testing.T) {
	for _, tt := range []struct {
		txt, asked string
		want       bool
	}{
		{"Thousands of Venezuelan soldiers retook the prison.", "what is the venezuela gang called", false},
		{"Its leader, known as \"El Negro,\" had escaped.", "what is the venezuela gang called", true},
		{"Soldiers of Venezuela retook it from Tren de Aragua.", "what is the venezuela gang called", true},
		{"The army of Ecuadorian Guards retook it.", "what is the ecuador gang called", true},
	} {
		if got := Name.InAnswer(tt.txt, tt.asked); got != tt.want {
			t.Errorf("Name.InAnswer(%q, %q) = %v, want %v", tt.txt, tt.asked, got, tt.want)
		}
	}
}

// "What is the X Y leader called" asks for the name next to "leader",
// with up to two words before the office.
func TestNamedRoleWithModifiers(t *testing.T) {
	for q, want := range map[string]string{
		"what is the venezuela gang leader called": "leader",
		"what is the prison director called":       "director",
		"what is the attorney general called":      "attorney general",
		"what is the big old rusty boat called":    "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}

// A sentence's first word, when a function word or joined by a small word
// to a capital, is not a name; a name that opens a sentence is.
func TestNameInAfterFirstWord(t *testing.T) {
	for _, tt := range []struct {
		txt, asked string
		want       bool
	}{
		{"Tropical Storm Celia dumped rain on Honduras.", "what was the storm in honduras called", true},
		{"Guillermo Rodriguez is the director.", "who is the director", true},
		{"Thousands of Guayaquil fled.", "who fled guayaquil", false},
		{"Some European nations fled.", "who fled", false},
		{"Edward the Confessor had set up Ralph as earl.", "who was Ralph at war with", true},
		{"The Penitenciaria del Litoral burned.", "what is the prison called", true},
		{"Several European nations fled.", "who fled", true}, // a content word: read as typed
	} {
		if got := Name.InAnswer(tt.txt, tt.asked); got != tt.want {
			t.Errorf("Name.InAnswer(%q, %q) = %v, want %v", tt.txt, tt.asked, got, tt.want)
		}
	}
}

// "What time" wants a time of day; "when" takes a day.
func TestTimeInAnswerClock(t *testing.T) {
	for _, tt := range []struct {
		txt, asked string
		want       bool
	}{
		{"The curfew, from 10 p.m. to 5 a.m., will last 30 days.", "what time is the curfew", true},
		{"A curfew was imposed in Duran on Monday.", "what time is the curfew", false},
		{"A curfew was imposed in Duran on Monday.", "when was the curfew imposed", true},
		{"The blaze started at 22:30.", "at what time did the blaze start", true},
		{"Troops entered at dawn.", "between what hours did troops enter", true},
		{"They habitually gathered at night to pray.", "what time of day did they gather", true},
		{"They gathered on Monday night to pray.", "what time of day did they gather", false},
	} {
		if got := Time.InAnswer(tt.txt, tt.asked); got != tt.want {
			t.Errorf("Time.InAnswer(%q, %q) = %v, want %v", tt.txt, tt.asked, got, tt.want)
		}
	}
}

// Wanted reads the kind a question opens with when it holds the marks of
// two; with one, it reads as Classify.
func TestWantedOpeningKind(t *testing.T) {
	for q, want := range map[string]Kind{
		"What is the name of Ecuador's attorney general who revised the death toll?": Name,
		"when did the death toll go up to 31":                                        Time,
		"what was the death toll on the day the army went in":                        Number,
		"how many died":    Number,
		"who is the mayor": Person,
		"what happened":    General,
	} {
		if got := Wanted(q); got != want {
			t.Errorf("Wanted(%q) = %v, want %v", q, got, want)
		}
	}
}

// "Exactly how many" is not answered by a vague quantity; other count
// questions are.
func TestExactCount(t *testing.T) {
	counted := Counted("how many soldiers took part")
	for _, tt := range []struct {
		txt, asked string
		want       bool
	}{
		{"Thousands of soldiers took part.", "exactly how many soldiers took part", false},
		{"About 800 soldiers took part.", "exactly how many soldiers took part", true},
		{"Thousands of soldiers took part.", "how many soldiers took part", true},
	} {
		if got := ExactCount(tt.txt, tt.asked, counted); got != tt.want {
			t.Errorf("ExactCount(%q, %q) = %v, want %v", tt.txt, tt.asked, got, tt.want)
		}
	}
}

// "The names of the three former ministers" asks for the ministers' names.
func TestNamedRolePlural(t *testing.T) {
	for q, want := range map[string]string{
		"what are the names of the three former peruvian ministers who were charged": "minister",
		"what is the name of the prison director":                                    "director",
		"what is the name of the city":                                               "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}

// Learners' shapes: "how much time", "how many time" (not "how many
// times"), "which is the name", a trailing "is who".
func TestWantedLearnerShapes(t *testing.T) {
	for q, want := range map[string]Kind{
		"How many time the curfew of Duran will last?":       Duration,
		"how much time did the siege last":                   Duration,
		"how many times did gangs clash":                     Number,
		"Which is the name of the gang leader of Venezuela?": Name,
		"The president of Ecuador is who?":                   Person,
		"who is the president of Ecuador":                    Person,
	} {
		if got := Wanted(q); got != want {
			t.Errorf("Wanted(%q) = %v, want %v", q, got, want)
		}
	}
}

// HasYear finds a year of any century as a time is said, and a decade.
func TestHasYear(t *testing.T) {
	for txt, want := range map[string]bool{
		"After the Siege of Antioch in 1097, Bohemond took the city.": true,
		"Norman mercenaries served in the 1050s.":                     true,
		"It was founded in 1724.":                                     true,
		"About 1097 soldiers took part.":                              false,
		"The curfew will last 30 days.":                               false,
	} {
		if got := HasYear(txt); got != want {
			t.Errorf("HasYear(%q) = %v, want %v", txt, got, want)
		}
	}
}

// "Who is X Y's lawyer" asks for the holder of the office, as "who is the
// mayor" does; offices include a lawyer, a founder, a spokesman.
func TestRoleOfAPossessor(t *testing.T) {
	for q, want := range map[string]string{
		"who is el tigre's lawyer":     "lawyer",
		"who is the company's founder": "founder",
		"who is the mayor of manta":    "mayor",
		"who is el tigre":              "",
	} {
		if got, _ := Office(q); got != want {
			t.Errorf("Office(%q) = %q, want %q", q, got, want)
		}
	}
}

// "What is the number of dead", "what was the figure they gave": a count
// asked for by its noun, not by "how many".
func TestNumberAskedByItsNoun(t *testing.T) {
	for _, q := range []string{"what is the number of dead", "what is the latest figure", "what was the figure they gave", "what's the final tally of the dead", "what were the official figures"} {
		if k := Classify(q); k != Number {
			t.Errorf("Classify(%q) = %v, want number", q, k)
		}
	}
	for _, q := range []string{"what is the name of the prison", "who is the key figure in the case"} {
		if k := Classify(q); k == Number {
			t.Errorf("Classify(%q) = number", q)
		}
	}
}
