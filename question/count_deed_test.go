package question

import "testing"

// What befell what a count question counts is read after the counted word:
// "how many inmates died" counts inmates who died.
func TestCountDeed(t *testing.T) {
	for _, c := range []struct {
		q    string
		want string // a term the deed must hold; "" for no deed
	}{
		{"how many inmates died in the fire", "die"},
		{"how many guards were killed", "kill"},
		{"how many of the escapees got caught", "catch"},
		{"colombia prison fire, how many inmates died bruh", "die"},
		// The counted word is the deed itself.
		{"how many people died", ""},
		{"how many died", ""},
		// Forms of be, have and do are no deed.
		{"how many MSPs are there", ""},
		{"how many inmates had the prison", ""},
		// A plural is no past: "inmates", "guards".
		{"how many prison guards", ""},
		// Too far from the counted word.
		{"how many inmates of the big old prison in the north died", ""},
		// Not a count question.
		{"who killed the mayor", ""},
	} {
		got := CountDeed(c.q)
		if c.want == "" {
			if got != nil {
				t.Errorf("CountDeed(%q) = %v, want none", c.q, got)
			}
			continue
		}
		if !got[c.want] {
			t.Errorf("CountDeed(%q) = %v, want it to hold %q", c.q, got, c.want)
		}
	}
}

func TestHasAny(t *testing.T) {
	deed := CountDeed("how many inmates died")
	if !HasAny("A fire killed 17 inmates on Tuesday.", deed) {
		t.Error("HasAny: 'killed' is no word for died")
	}
	if HasAny("Colombia's prisons hold about 97,000 inmates.", deed) {
		t.Error("HasAny: a sentence that says nothing of dying holds the deed")
	}
}

// "how many people did El Tigre get killed": a subject follows "did", so
// the question counts the people before it, not "el".
func TestCountedStopsAtDid(t *testing.T) {
	if got := Counted("how many ppl did el tigre get killed"); got != nil {
		t.Errorf("Counted = %v, want none (people)", got)
	}
	if got := Counted("how much do the gangs make shops pay"); got != nil {
		t.Errorf("Counted = %v, want none", got)
	}
	if got := Counted("how many guards did they kill"); !got["guard"] {
		t.Errorf("Counted = %v, want guards", got)
	}
}

// A deed said by its agent noun ("the winner") is done by a name right
// beside it, not by one a clause away: "who won the election" is not
// answered by "... dissolved the National Assembly in May, and the winner
// will serve until 2025".
func TestDeedDoneByAgentNounNeedsANameBeside(t *testing.T) {
	q := "who won the election"
	deed := DeedTerms(Deed(q))
	for _, c := range []struct {
		txt  string
		want bool
	}{
		{"The president dissolved the National Assembly in May, and the winner will serve until 2025.", false},
		{"Officials said in May the winner will serve until 2025.", false},
		{"The winner, Daniel Noboa, will serve until 2025.", true},
		{"Daniel Noboa won the election on Sunday.", true},
		{"On Sunday, voters said Daniel Noboa won.", true},
	} {
		if got := DeedDone(c.txt, q, deed); got != c.want {
			t.Errorf("DeedDone(%q) = %v, want %v", c.txt, got, c.want)
		}
	}
	if !agentNoun("winner", map[string]bool{"win": true}) || agentNoun("won", map[string]bool{"win": true}) || agentNoun("wins", map[string]bool{"win": true}) {
		t.Error("agentNoun: winner is the agent noun of win, won and wins are not")
	}
}

// "one of the most dangerous" counts nothing before it: "how many guns"
// is not answered by "weapons ... seized from the prison - one of the most
// dangerous"; "one of the guards" still counts the guards after it.
func TestPartitiveOneIsNoCountOfWhatCameBefore(t *testing.T) {
	guns := Counted("how many guns did they seize")
	if CountNear("Police showed automatic weapons and ammunition seized from inside the prison - one of the most dangerous in Ecuador.", guns) {
		t.Error("CountNear: 'one of the most dangerous' counts the weapons")
	}
	if !CountNear("Police showed weapons seized from the prison, one gun of them loaded.", guns) {
		t.Error("CountNear: 'one gun' no longer counts")
	}
	guards := Counted("how many guards died")
	if !CountNear("One of the guards died on Monday.", guards) {
		t.Error("CountNear: 'one of the guards' does not count the guards")
	}
	if !CountNear("Two guards died, one of them on Monday.", guards) {
		t.Error("CountNear: 'Two guards' no longer counts")
	}
}

// The name before an agent noun is its doer when only a copula or a
// declaring verb stands between, in one clause.
func TestNounDoerBefore(t *testing.T) {
	q := "who won the election"
	deed := DeedTerms(Deed(q))
	for txt, want := range map[string]bool{
		"Daniel Noboa was declared the winner on Sunday.": true,
		"Daniel Noboa is the winner.":                     true,
		"Daniel Noboa defeated the winner.":               false,
		"Daniel Noboa spoke, and the winner left.":        false,
		"Daniel Noboa and the winner met on Sunday.":      false,
		"Daniel Noboa said that on Sunday the winner":     false, // five words between
	} {
		if got := DeedDone(txt, q, deed); got != want {
			t.Errorf("DeedDone(%q) = %v, want %v", txt, got, want)
		}
	}
}
