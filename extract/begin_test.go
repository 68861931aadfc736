package extract

import "testing"

// A beginning told: begin, start, erupt, break out; not a break, nor an
// announcement.
func TestBeginTold(t *testing.T) {
	for txt, want := range map[string]bool{
		"Clashes between gangs here began on Saturday.":         true,
		"The riot broke out late on Sunday.":                    true,
		"Violence erupted at the jail on Monday.":               true,
		"The strike started on March 3.":                        true,
		"The break in the wall was found on Tuesday.":           false,
		"The operation came after the government announced it.": false,
	} {
		if got := beginTold(txt); got != want {
			t.Errorf("beginTold(%q) = %v, want %v", txt, got, want)
		}
	}
}
