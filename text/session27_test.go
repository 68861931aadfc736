package text

import "testing"

// A clause after a comma that goes on to a sentence asking something is
// no remark tacked on a question when what comes before the comma asks
// nothing: "Just to confirm, I have 18 in my notes. Is that still the
// number?" keeps its question. A question before the comma still loses
// the remark after it, a later "?" or not.
func TestStripAsideLaterQuestion(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Just to confirm, I have the death toll in my notes as 18. Is that still the number or did it change?", "Just to confirm, I have the death toll in my notes as 18. Is that still the number or did it change?"},
		{"quick check, i read 18 somewhere. still the number?", "quick check, i read 18 somewhere. still the number?"},
		{"how many died, lol. crazy stuff right?", "how many died"},
		{"what city is it in, my cousin lives there. is it Guayaquil?", "what city is it in"},
		{"how many died, lol. crazy stuff", "how many died"},
	} {
		if got := StripAside(c.in); got != c.want {
			t.Errorf("StripAside(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Whatever one word says where the asker heard a claim ("on the CB", "on
// the radio", "on Monday") goes with "I heard"; two words or more do not
// ("on the prison riot" is the claim's).
func TestStripHearsayWhere(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"I HEARD ON THE CB IT WAS 50 CONVICTS DEAD IS THAT RIGHT", "IT WAS 50 CONVICTS DEAD IS THAT RIGHT"},
		{"i heard on the radio hundreds of prisoners got killed", "hundreds of prisoners got killed"},
		{"i heard on monday that the toll was 31", "the toll was 31"},
		{"i heard online that the toll was 31", "the toll was 31"},
	} {
		if got := StripHearsay(c.in); got != c.want {
			t.Errorf("StripHearsay(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A quiz or list label opening a question goes ("Q1. Name the port city"
// reads "Name the port city"); a question that only starts with a Q-word
// ("Quito riot: ...", "Q fever") or a label with nothing after it stays.
func TestStripLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Q1. Name the port city where the army stormed the prison.", "Name the port city where the army stormed the prison."},
		{"Q14: In which other city were guards held?", "In which other city were guards held?"},
		{"Question 3) how many died", "how many died"},
		{"Round 2, Q4 - who is the director?", "who is the director?"},
		{"Q3 of the Europe round: how heavy was the bomb?", "how heavy was the bomb?"},
		{"Quito riot: how many died?", "Quito riot: how many died?"},
		{"Q fever outbreak: how many cases?", "Q fever outbreak: how many cases?"},
		{"Q1.", "Q1."},
		{"Q1 how many died", "Q1 how many died"}, // no mark after the number: maybe no label
	} {
		if got := StripLabel(c.in); got != c.want {
			t.Errorf("StripLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
