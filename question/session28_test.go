package question

import "testing"

// A name asked with the wh-word last, as ASL-shaped English asks it
// ("gang name what?", "mayor Manta name what? who shoot him"): a topic
// before a comma, a question after the mark, or none; a name that is no
// name question ("name the prison", "names were read out") is not.
func TestNameWhatLast(t *testing.T) {
	for _, c := range []struct {
		q    string
		want Kind
	}{
		{"gang fighting, gang name what?", Name},
		{"gang name what?", Name},
		{"prison names?", Name},
		{"mayor Manta name what? who shoot him", Name},
		{"the names were read out on the radio", General},
		{"how many names were on the list?", Number},
	} {
		if got := Classify(c.q); got != c.want {
			t.Errorf("Classify(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"mayor manta name what? who shoot him", "mayor"},
		{"mayor of manta name?", "mayor"},
		{"the prison director name?", "director"},
		{"the mayor named the street", ""},
		{"mayor manta name the street", ""},
	} {
		if got := NamedRole(c.q); got != c.want {
			t.Errorf("NamedRole(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// An abbreviation typed in capitals that the stories never use is read as
// the run of content words whose first letters spell it: a title they
// write twice ("the AG office": attorney general), a noun WordNet knows
// ("EU": european union, "PM": prime minister). Not a name the stories
// capitalise ("NEC": National Electoral Council, "TV": Tomas Vera), not
// after a number ("9 PM"), not a run written once in lower case ("VO" is
// no "vigil outside"), not one written twice that ends on no person's
// word ("PR": prison riot), not one of two runs written as often ("PO":
// Police Officers, Prison Officials), not in lower case ("ag"), and not
// an abbreviation the stories use themselves ("DA").
func TestAcronymRead(t *testing.T) {
	c := newTermCorpus(
		"Ecuador’s attorney general on Tuesday raised the toll. The attorney general's office said one civilian was hurt. Relatives held a vigil outside the prison.",
		"The National Electoral Council organised the debate. Exports to the european union rose. Police Officers and Prison Officials met. The SNAI runs the prisons. The prison riot began. The prison riot ended.",
		"The district attorney sent observers. The DA said so.",
		"Prime Minister Ariel Henry spoke at 9 p.m. with Tomas Vera.",
	)
	for _, tc := range []struct{ q, want string }{
		{"was anyone hurt when the AG office got hit", "was anyone hurt when the attorney general office got hit"},
		{"who runs the NEC", "who runs the NEC"},
		{"what happened at 9 PM", "what happened at 9 PM"},
		{"what did the PM say", "what did the prime minister say"},
		{"what did the mayor say on TV", "what did the mayor say on TV"},
		{"what did the EU buy", "what did the european union buy"},
		{"for the VO intro, who held a vigil", "for the VO intro, who held a vigil"},
		{"what did the PO say", "what did the PO say"},
		{"what did the ag say", "what did the ag say"},
		{"who runs the SNAI", "who runs the SNAI"},
		{"what did the DA send", "what did the DA send"},
		{"what started the PR", "what started the PR"},
	} {
		var rd Reader
		if got := rd.Read(c, tc.q); got != tc.want {
			t.Errorf("Read(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// Two runs written as often stay a tie whichever the reader meets first
// (map order): read twenty times, "PO" is never one of them.
func TestAcronymTieAnyOrder(t *testing.T) {
	for i := 0; i < 20; i++ {
		c := newTermCorpus("Police Officers and Prison Officials met.")
		var rd Reader
		if got := rd.Read(c, "what did the PO say"); got != "what did the PO say" {
			t.Fatalf("read %d: %q, want the PO left as typed", i, got)
		}
	}
}

// "from when" opening a question or its clause is a learner's "since
// when"; inside a clause ("apart from when", "ran from when to when") it
// is not.
func TestFromWhen(t *testing.T) {
	c := newTermCorpus("Violence has surged since 2021. The curfew ran from 10 p.m. to 5 a.m.")
	for _, tc := range []struct{ q, want string }{
		{"from when the violence in prisons is going up", "since when the violence in prisons is going up"},
		{"From when they fight?", "since when they fight?"},
		{"the gangs fight and from when is it so bad", "the gangs fight and since when is it so bad"},
		{"apart from when they fight, what happened", "apart from when they fight, what happened"},
		{"the curfew ran from when to when", "the curfew ran from when to when"},
	} {
		var rd Reader
		if got := rd.Read(c, tc.q); got != tc.want {
			t.Errorf("Read(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// "What it's called" of a question that names a prison asks the prison's
// name: a sentence with another name in it (the prison authority's) is
// no answer, one naming the prison is. Of another thing ("the agency"),
// any new name may be.
func TestItCalledPrison(t *testing.T) {
	const agency = "SNAI (National Service of Integral Attention to Adults) GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:"
	const prison = "They gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	for _, c := range []struct {
		q, txt string
		want   bool
	}{
		{"the jail itself had some long spanish name on it, would you know what its called", agency, false},
		{"the jail itself had some long spanish name on it, would you know what its called", prison, true},
		{"the penitentiary had a long name, what is its name", agency, false},
		{"the agency had a long spanish name, would you know what its called", agency, true},
	} {
		if got := Name.InAnswer(c.txt, c.q); got != c.want {
			t.Errorf("Name.InAnswer(%.40q, %q) = %v, want %v", c.txt, c.q, got, c.want)
		}
	}
}

// The bare name question after a comma is a name question only when the
// topic before it asks nothing ("why did they change it, the prison's
// name?" asks why); a role word right before "name" is the role asked,
// not one before it ("party leader name?": the leader).
func TestNameTailReview28(t *testing.T) {
	for _, c := range []struct {
		q    string
		want Kind
	}{
		{"why did they change it, the prison's name?", General},
		{"who runs the prison now, under its new name?", Person},
		{"gang fighting, gang name what?", Name},
		{"which of the candidates said theyd sort the prisons out, got names?", Name},
	} {
		if got := Classify(c.q); got != c.want {
			t.Errorf("Classify(%q) = %v, want %v", c.q, got, c.want)
		}
		if got := Wanted(c.q); got != c.want {
			t.Errorf("Wanted(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"party leader name?", "leader"},
		{"union leader name what?", "leader"},
		{"mayor manta name what?", "mayor"},
	} {
		if got := NamedRole(c.q); got != c.want {
			t.Errorf("NamedRole(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
