package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A name the role's holder acted on is not the holder's: "the president
// dissolved the National Assembly" does not name the president; "the
// leader, known as El Negro" and "President Guillermo Lasso" do.
func TestRoleNamedNotWhatTheHolderDid(t *testing.T) {
	asked := "what is the name of the president of ecuador"
	for _, c := range []struct {
		txt  string
		want bool
	}{
		{"Elections were called after the president dissolved the National Assembly in May.", false},
		{"The president fired Carlos Urrutia on Monday.", false},
		{"On Monday, current President Guillermo Lasso declared a state of emergency.", true},
		{"Guillermo Lasso is the president of the country.", true},
		{"The president, known as Guillermo Lasso, spoke.", true},
		{"The president of the country, Guillermo Lasso, spoke.", true},
	} {
		if got := roleNamed(c.txt, "president", asked); got != c.want {
			t.Errorf("roleNamed(%q) = %v, want %v", c.txt, got, c.want)
		}
	}
	for gap, want := range map[string]bool{" dissolved the ": true, " fired ": true, ", known as ": false, " is the ": false, " was the ": false, " of the country, ": false, " named ": false} {
		if got := question.DoneBetween(gap); got != want {
			t.Errorf("DoneBetween(%q) = %v, want %v", gap, got, want)
		}
	}
}
