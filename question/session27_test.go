package question

import "testing"

// A count of the deaths of people the question names ("how many
// prisoners died") is told apart from a count of deaths ("how many
// died", "the death toll"), and from one doer's killings ("killed by
// them").
func TestAsksDeathsOf(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"how many prisoners died", true},
		{"how many inmates were killed", true},
		{"how many prisoner die", true},
		{"how many died", false},
		{"what was the death toll", false},
		{"how many deaths were there", false},
		{"how many prisoners were moved", false},
		{"how many inmates were killed by the soldiers", false},
		{"how many prisoners lost their lives", true},
		{"how many guards were shot by them", false},
	} {
		if got := AsksDeathsOf(c.q, Counted(c.q)); got != c.want {
			t.Errorf("AsksDeathsOf(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	if q := "it was 50 convicts dead is that right"; !AsksDeathsOf(q, ClaimCounted(q)) {
		t.Errorf("AsksDeathsOf(%q) = false, want true (the claim's count of convicts)", q)
	}
}

// A death toll that says not whose deaths it counts is told from a count
// of people killed and from a count of no death.
func TestDeathsOfAnyone(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.", true},
		{"At least 12 were killed in the riot.", true},
		{"31 people died in the riot.", true},
		{"The attack killed three soldiers.", false},
		{"Gunmen killed 15 prison guards.", false},
		{"Thousands of soldiers took part in the operation.", false},
		{"The riot began on Saturday.", false},
		{"No one died in the fire.", false},
		{"The toll rose to 31, officials said.", true},
	} {
		if got := DeathsOfAnyone(c.s); got != c.want {
			t.Errorf("DeathsOfAnyone(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A sentence counts deaths among the people counted when it counts them
// and tells a death; a count of them alive, or a death without them, is
// none.
func TestDeathsCountedOf(t *testing.T) {
	prisoners := Counted("how many prisoners died")
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Violence has surged since 2021, claiming the lives of hundreds of prisoners.", true},
		{"Twelve inmates died in a riot in March.", true},
		{"The prison holds 8,000 inmates.", false},
		{"The death toll rose to 31.", false},
		{"Catholics killed thousands of prisoners in Paris.", true},
		{"Prisoners killed thousands of Catholics in Paris.", false},
		{"Dozens of prisoners were moved to other jails, and later the toll rose to 31.", false},
		{"Hundreds of inmates have been killed since 2021.", true},
		{"Hundreds of prisoners went on hunger strike.", false},
		{"The riot killed 31 people, and 17 prisoners escaped.", false},
	} {
		if got := DeathsCountedOf(c.s, prisoners); got != c.want {
			t.Errorf("DeathsCountedOf(%q, prisoners) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A yes/no question whose subject is "it", "that" or "this" checks what
// was said before it; a wh-question, or one about "he" or "they", asks
// of its own.
func TestChecksBack(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Is that still the number or did it change?", true},
		{"was it 31?", true},
		{"Isn't it 31?", true},
		{"wasnt that on Monday", true},
		{"Did this happen in Guayaquil?", true},
		{"Who was it that announced the number?", false},
		{"Did they use explosives?", false},
		{"Is the toll still 18?", false},
		{"Was he the director?", false},
	} {
		if got := ChecksBack(c.q); got != c.want {
			t.Errorf("ChecksBack(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// "is that right" closing a message without its "?" is a tag, not words
// of the question; inside a question ("is that right to do") it stays.
func TestTagWithoutMark(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"it was 50 convicts dead is that right", "it was 50 convicts dead"},
		{"the toll is 31, is that correct.", "the toll is 31"},
		{"was it 31 was it so", "was it 31"},
		{"is that right to do to prisoners", "is that right to do to prisoners"},
		{"was it 31 is that right or wrong", "was it 31 is that right or wrong"},
		{"the toll went from 18 to 31 overnight, why is that so", "the toll went from 18 to 31 overnight, why is that so"},
		{"it was 50 convicts dead, is that right?", "it was 50 convicts dead"},
	} {
		if got, _ := Split(c.q); got != c.want {
			t.Errorf("Split(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// "Name the (port) city" asks for a place as "which city" does; a place
// answers a question for a place only when the question does not give it
// ("In which city ... in Ecuador" is not answered by "a prison in
// Ecuador"), read past a possessive ("to Ecuador's highest authority")
// and not from a source ("according to INPEC").
func TestPlaceAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want Kind
	}{
		{"Name the port city where the army stormed the prison", Place},
		{"name the city", Place},
		{"Name the two provinces where Lasso declared an emergency", Place},
		{"Name the city council member who resigned", General},
		{"Name the country's president", General},
		{"Name the director of the prison service", General},
	} {
		if got := Classify(c.q); got != c.want {
			t.Errorf("Classify(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	const asked = "In which city did the army storm the rioting prison in Ecuador?"
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"This is the moment that soldiers try to retake a rioting prison in Ecuador.", false},
		{"They gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.", true},
		{"Thanks to Ecuador’s highest authority, we were able to intervene.", false},
		{"The prisons hold 97,000 inmates, according to INPEC.", false},
		{"Gangs clashed in Ecuador, Guayaquil's police said.", false},
	} {
		if got := Place.InAnswer(c.s, asked); got != c.want {
			t.Errorf("Place.InAnswer(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// The reader drops a quiz label before the question, and shows it.
func TestReadDropsLabel(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The army stormed the prison in the city of Guayaquil.")
	if got, want := rd.Read(c, "Q1. Name the city where the army stormed the prison."), "Name the city where the army stormed the prison."; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// A place's whole name is read: "in New Paltz" answers "what town in
// upstate New York", "in the city of New York" does not.
func TestPlaceNewWholeName(t *testing.T) {
	const asked = "What town in upstate New York was settled by Huguenots?"
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"They formed one congregation in the city of New York.", false},
		{"A third congregation settled further upstate in New Paltz.", true},
		{"The oldest street is in New Paltz, New York.", true},
	} {
		if got := Place.InAnswer(c.s, asked); got != c.want {
			t.Errorf("Place.InAnswer(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
