package bot

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		q    string
		want qtype
	}{
		{"How many people died?", qNumber},
		{"how much ammunition was seized", qNumber},
		{"What was the death toll?", qNumber},
		{"How long is the state of emergency?", qDuration},
		{"Who is the general director of the SNAI?", qPerson},
		{"Which official spoke for the prison authority?", qPerson},
		{"Where were the guards held hostage?", qPlace},
		{"In what city is the Litoral penitentiary?", qPlace},
		{"When did the clashes begin?", qTime},
		{"On what day did the clashes begin? When?", qTime},
		{"What did the soldiers use to get in?", qGeneral},
		{"¿Quién es Guillermo Rodríguez?", qGeneral}, // not English: no type, answered on coverage alone
	}
	for _, tt := range tests {
		if got := classify(tt.q); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestHasType(t *testing.T) {
	tests := []struct {
		t    qtype
		text string
		want bool
	}{
		{qNumber, "the death toll rose from 18 to 31", true},
		{qNumber, "thousands of soldiers", true},
		{qNumber, "violence that has surged since 2021", false}, // a year is not a count
		{qNumber, "a price of 1.50 dlrs", true},
		{qNumber, "The operation was decisive.", false},
		{qDuration, "a 60-day state of emergency", true},
		{qDuration, "for three weeks", true},
		{qDuration, "since 2021", false},
		{qTime, "Clashes began on Saturday.", true},
		{qTime, "in July 2023", true},
		{qTime, "Clashes began in the yard.", false},
		{qPlace, "held hostage at a local jail in the city of Esmeraldas", true},
		{qPlace, "held hostage at a local jail", false},
		{qPerson, "Guillermo Rodriguez is the director", true},
		{qPerson, "GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:", true},
		{qPerson, "the gangs fought on", false},
		{qPerson, "Ecuador’s attorney general raised the toll", false}, // a title is not a name
	}
	for _, tt := range tests {
		if got := hasType(tt.t, tt.text, "Who is it?"); got != tt.want {
			t.Errorf("hasType(%v, %q) = %v, want %v", tt.t, tt.text, got, tt.want)
		}
	}
}
