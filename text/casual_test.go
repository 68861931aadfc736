package text

import "testing"

func TestCasual(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Nope, nobody got hurt in the Esmeraldas attack", "nobody was hurt in the Esmeraldas attack"},
		{"Yeah, the minister said the govt would intervene", "the minister said the government would intervene"},
		{"Yeah, she's heard from her son since Friday", "she has heard from her son since Friday"},
		{"Yeah so in Esmeraldas 15 prison guards n 2 other staff were taken hostage", "in Esmeraldas 15 prison guards and 2 other staff were taken hostage"},
		{"So basically 31 ppl died", "31 people died"},
		{"31 ppl ded", "31 people dead"},
		{"No, 31 died.", "31 died."},
		{"No workers have died at the port", "No workers have died at the port"}, // a determiner, not an answer
		{"So many died that week", "So many died that week"},                     // an adverb
		{"Yeah.", "Yeah."},                                                       // only an answer word: left as it is
		{"Two guards got killed and one got shot", "Two guards was killed and one was shot"},
		{"El Tigre got 34 years", "El Tigre got 34 years"},             // no participle: not a passive
		{"Things got worse after that", "Things got worse after that"}, // an adjective
		{"Prices got higher", "Prices got higher"},                     // a comparative
		{"Ecuador's armed forces retook it", "Ecuador's armed forces retook it"},
		{"It's been a week", "It has been a week"},
		{"It's Ecuador's most dangerous prison", "It's Ecuador's most dangerous prison"}, // "is": left as written
		{"the cops didnt fire a shot", "the cops did not fire a shot"},
		{"the op was decisive", "the operation was decisive"},
		{"40+ cargo ships r waiting", "more than 40 cargo ships are waiting"},
		{"1,310 votes (1,214 + 96)", "1,310 votes (1,214 + 96)"}, // a sum
		{"about 12,000+.", "about more than 12,000."},
		{"blankets to ~200 families (~ 300 in all)", "blankets to about 200 families (about 300 in all)"},
		{"a~b 2~3", "a~b 2~3"}, // no rounding
	} {
		if got := Casual(c.in); got != c.want {
			t.Errorf("Casual(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
