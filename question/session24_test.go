package question

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Chat's "guys" are people, and an intensifier only stresses: "how many
// guys actually got killed" counts the dead, as "how many people died"
// does; "how many guards actually died" still counts guards.
func TestCountedCasualPeople(t *testing.T) {
	for q, want := range map[string]string{
		"how many guys actually got killed": "",
		"how many dudes died":               "",
		"how many guards actually died":     text.Stem("guard"),
	} {
		c := Counted(q)
		if want == "" {
			if c != nil && (c[text.Stem("guy")] || c[text.Stem("actual")] || c[text.Stem("dude")]) {
				t.Errorf("Counted(%q) = %v, counts the filler", q, c)
			}
			if q == "how many dudes died" && !c[text.Stem("die")] {
				t.Errorf("Counted(%q) = %v, want the deaths counted", q, c)
			}
			continue
		}
		if !c[want] {
			t.Errorf("Counted(%q) = %v, want %q in it", q, c, want)
		}
	}
}
