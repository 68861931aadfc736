package text

import "testing"

// Review 26 (Uncap): 22 cases written by an independent reviewer from the
// diff alone; 2 failing at first, both mended: two capitalised words
// opening on a question word ("WHO DIED?") are read in lower case, and a
// word in lower case among capitals ("SNAI, ONU, OEA y EEUU?") shows
// caps lock off.
//
// A question typed in capitals is read in lower case; one typed in lower
// or sentence case, with an acronym or a shouted word, is left as typed.
func TestReview26Uncap(t *testing.T) {
	cases := []struct {
		name, q, want, why string
	}{
		{"caps question", "HOW MANY CONVICTS DIED IN THE RIOT?", "how many convicts died in the riot?", "typed with caps lock"},
		{"caps with double stop", "HOW MANY CONVICTS DIED..WHAT TOWN", "how many convicts died..what town", "caps lock, run-on"},
		{"three caps words", "WHO WAS KILLED", "who was killed", "three words all in capitals"},
		{"two caps words", "WHO DIED?", "who died?", "typed in capitals; WHO and DIED are no acronyms"},
		{"caps with acronym", "WHAT DID THE SNAI SAY?", "what did the snai say?", "all in capitals: the acronym is not told apart"},
		{"lower with acronym", "what is the SNAI", "what is the SNAI", "an acronym in a lower-case question"},
		{"lower with shouted word", "how many DIED", "how many DIED", "one shouted word"},
		{"two shouted words", "WHAT did the mayor SAY", "WHAT did the mayor SAY", "mostly lower case"},
		{"sentence case", "How many died in Manta?", "How many died in Manta?", "names keep capitals"},
		{"title case", "Who Was Killed In Manta", "Who Was Killed In Manta", "title case is not caps lock"},
		{"empty", "", "", "nothing to read"},
		{"acronyms in lower question", "did the UN and the OAS condemn it", "did the UN and the OAS condemn it", "acronyms among lower words"},
		{"Spanish accents", "¿CUÁNTOS PRESOS MURIERON EN LA CÁRCEL?", "¿cuántos presos murieron en la cárcel?", "accented capitals lower too"},
		{"numbers", "HOW MANY DIED ON 26 JULY 2023", "how many died on 26 july 2023", "numbers untouched"},
		{"one stray lower letter", "HOW MANY CONVICTS DIED IN THE RIOt", "how many convicts died in the riot", "caps lock with a slip"},
		{"emoji", "WHO WAS KILLED 😢", "who was killed 😢", "an emoji is no letter"},
		{"spacing kept", "  WHO   WAS KILLED  ", "  who   was killed  ", "only case changes"},
		{"apostrophe", "WHO'S THE MAYOR OF MANTA?", "who's the mayor of manta?", "contraction"},
		{"comma and place", "WHAT HAPPENED IN MANTA, ECUADOR?", "what happened in manta, ecuador?", "caps question with a place"},
		{"Cyrillic", "КТО БЫЛ УБИТ В МАНТЕ?", "кто был убит в манте?", "capitals of another script"},
		{"lower with short acronym", "is NASA ok", "is NASA ok", "half the letters capitals"},
		{"list of acronyms with lower y", "SNAI, ONU, OEA y EEUU?", "SNAI, ONU, OEA y EEUU?", "acronyms, not caps lock: the lower 'y' shows it"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := Uncap(tt.q); got != tt.want {
				t.Errorf("Uncap(%q) = %q, want %q (%s)", tt.q, got, tt.want, tt.why)
			}
		})
	}
}
