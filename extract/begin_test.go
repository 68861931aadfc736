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

// releaseUnsaid: a question asking of a release in its own verb, against
// a sentence that tells none (held hostage) or tells one (released,
// freed, rescued).
func TestReleaseUnsaid(t *testing.T) {
	held := "That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail."
	for _, c := range []struct {
		q, sentence string
		want        bool
	}{
		{"and they liberated the guards after?? they are ok?", held, true},
		{"the guards, dem don release them?", held, true},
		{"have the hostages been freed", held, true},
		{"have the hostages been freed", "All 22 guards were released unharmed on Monday night.", false},
		{"the guards, dem don release them?", "Inmates freed 22 guards they had held hostage for 30 hours.", false},
		{"were the hostages released", "Soldiers rescued the hostages on Tuesday.", false},
		{"were the guards held hostage", held, false},
	} {
		if got := releaseUnsaid(c.q, c.sentence); got != c.want {
			t.Errorf("releaseUnsaid(%q, %q) = %v, want %v", c.q, c.sentence, got, c.want)
		}
	}
}
