package question

import "testing"

// "who said that" asks for a speaker; "who shot the mayor" does not.
func TestSaidBy(t *testing.T) {
	for q, want := range map[string]bool{
		"who said that": true, "and who told reporters the toll": true, "who described the operation as decisive": true, "who claimed the attack": true,
		"who shot the mayor": false, "who is the director": false, "who ordered the killings": false, "what did he say": false,
	} {
		if got := SaidBy(q); got != want {
			t.Errorf("SaidBy(%q) = %v, want %v", q, got, want)
		}
	}
}

// A sentence attributes when it has a verb of saying, "according to", a
// quotation or a speaker's line; a sentence that only names people does
// not, however many officers it has.
func TestAttributes(t *testing.T) {
	for txt, want := range map[string]bool{
		"Officers did not need to use explosives, according to police commander Colonel Fausto Benitez.": true,
		"\"We entered without firing a single shot.":                                                     true,
		"GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:":                                                 true,
		"The toll rose to 31, the attorney general told reporters.":                                      true,
		"This is the moment that thousands of soldiers and police officers try to retake a prison.":      false,
		"Using controlled detonations, they gained access to three cellblocks.":                          false,
		"The state of emergency was ordered by President Lasso.":                                         false,
	} {
		if got := Attributes(txt); got != want {
			t.Errorf("Attributes(%q) = %v, want %v", txt, got, want)
		}
	}
}
