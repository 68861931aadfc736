package question

import "testing"

// A question asks how a thing was done however it is typed: without the
// inversion ("how they get in", "how soldier can enter inside"), with
// "how'd", or with "how" closing its clause ("army go inside how?").
// "How" before a degree ("how bad", "how strong") or after a verb of
// knowing ("I don't know how") asks no method.
func TestHowAsTyped(t *testing.T) {
	for _, tt := range []struct {
		q   string
		how bool
	}{
		{"how they get in 💀", true},
		{"How soldier can enter inside?", true},
		{"how the soldiers enter inside the blocks, they break the gate ni", true},
		{"how'd they get intae the place", true},
		{"army go inside how? break door??", true},
		{"the police people and army they have entered how, si the prisoners had locked themselves inside", true},
		{"how did they get in", true},
		{"how fast did the police retake the prison", false},
		{"how early did the clashes start", false},
		{"the police haven't explained how", false},
		{"the footage doesnt show how", false},
		{"how bad can it get in there", false},
		{"how strong did the earthquake in loja get", false},
		{"how many people died", false},
		{"how come the army went in", false},
		{"i dont know how they got in, did they blow the doors", false},
	} {
		if got := FormOf(tt.q).WhyHow == "how"; got != tt.how {
			t.Errorf("%q: reads as how %v, want %v", tt.q, got, tt.how)
		}
	}
}

// "In the provinces of" names a place as "in the province of" does.
func TestPlaceNamedInPlural(t *testing.T) {
	for _, tt := range []struct {
		s  string
		at bool
	}{
		{"in the provinces of Manabi and Los Rios", true},
		{"in the city of Guayaquil", true},
		{"in the provincial capital", false},
	} {
		if got := PlaceNamedAt(tt.s); got != tt.at {
			t.Errorf("%q: a place named %v, want %v", tt.s, got, tt.at)
		}
	}
}
