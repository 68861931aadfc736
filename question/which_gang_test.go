package question

import "testing"

// "which gang" asks a gang's name: the office-like word a name must stand
// next to is "gang" (or cartel, faction), whatever else the question says.
func TestWhichGangAsksTheGangsName(t *testing.T) {
	for q, want := range map[string]string{
		"which gangs were fighting in the quito jail": "gang",
		"el tigre is from which gang":                 "gang",
		"wat gangs was it tho like names":             "gang",
		"what cartel runs the port":                   "cartel",
		"which factions clashed":                      "faction",
		"which gangways were closed":                  "",
		"how many gangs were fighting":                "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}
