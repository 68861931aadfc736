package question

import "testing"

// A question for a percentage wants a sentence that holds one.
func TestPercent(t *testing.T) {
	for q, want := range map[string]bool{
		"Cali elects ex-police general as mayor — what % did Lenis get?": true,
		"and what percent is he at":                                      true,
		"what percentage of the vote did he win":                         true,
		"what share of exports go to Europe":                             true,
		"how many votes did Lenis get":                                   false,
		"what did the percentage of voters say about him":                false,
	} {
		if got := AsksPercent(q); got != want {
			t.Errorf("AsksPercent(%q) = %v, want %v", q, got, want)
		}
		if want && Wanted(q) != Number {
			t.Errorf("Wanted(%q) = %v, want a number", q, Wanted(q))
		}
	}
	for txt, want := range map[string]bool{
		"Lenis won with 41% of the vote.":                 true,
		"Exports fell 8 percent in the first quarter.":    true,
		"About half of the voters stayed home.":           true,
		"Lenis, 59, spent 30 years in the police.":        false,
		"He won 120,000 votes, officials said on Monday.": false,
	} {
		if got := HasPercent(txt); got != want {
			t.Errorf("HasPercent(%q) = %v, want %v", txt, got, want)
		}
	}
}
