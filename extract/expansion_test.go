package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
)

// expansionOf answers "what does ABBREV stand for" over one passage whose
// text is txt, as the answerer does before anything else; "" when the
// passage does not spell it out.
func expansionOf(t *testing.T, txt, abbrev string) (string, string) {
	t.Helper()
	ans := &Answer{Passages: []cite.Passage{{N: 1, Source: "s.txt", Start: 100, End: 100 + len(txt), Text: txt}}}
	if !expansion(nil, ans, abbrev) {
		return "", ""
	}
	c := ans.Citations[0]
	if c.Quote != txt[c.Start-100:c.End-100] {
		t.Fatalf("citation %d-%d quotes %q, not the passage's bytes", c.Start, c.End, c.Quote)
	}
	return ans.Text, c.Quote
}

func TestExpansionSpelledOut(t *testing.T) {
	for _, tt := range []struct{ txt, abbrev, want, quote string }{
		{`(SOUNDBITE) (Spanish) SNAI (National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders) GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:`, "snai",
			"SNAI: National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders [1]", "SNAI (National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders)"},
		{`In 1967 the "It's Scotland's oil" campaign of the Scottish National Party (SNP) resulted in gains.`, "snp", "SNP: Scottish National Party [1]", "Scottish National Party (SNP)"},
		{`The User Datagram Protocol (UDP) does not ensure orderly delivery of packets.`, "udp", "UDP: User Datagram Protocol [1]", "User Datagram Protocol (UDP)"},
		{`versions of Multi-Protocol Label Switching (MPLS) are used.`, "mpls", "MPLS: Multi-Protocol Label Switching [1]", "Multi-Protocol Label Switching (MPLS)"},
	} {
		got, quote := expansionOf(t, tt.txt, tt.abbrev)
		if got != tt.want || quote != tt.quote {
			t.Errorf("%s in %q: %q quoting %q, want %q quoting %q", tt.abbrev, tt.txt, got, quote, tt.want, tt.quote)
		}
	}
}

// The name is the shortest run before the bracket that spells the
// abbreviation out, not every capitalised word before it.
func TestExpansionShortestName(t *testing.T) {
	got, quote := expansionOf(t, `with initial support from the State of Michigan and the National Science Foundation (NSF), the network grew.`, "nsf")
	if got != "NSF: National Science Foundation [1]" || quote != "National Science Foundation (NSF)" {
		t.Errorf("%q quoting %q", got, quote)
	}
	// the letters in their order, from the name's first word: not the
	// shortest run that holds them ("Economic Community" for EEC)
	for txt, want := range map[string]string{
		"In 1973 the European Economic Community (EEC) met in Copenhagen.":       "EEC: European Economic Community [1]",
		"It joined the European Economic Area (EEA) in 1994.":                    "EEA: European Economic Area [1]",
		"The network was built by Bolt, Beranack and Newman (BBN) in Cambridge.": "BBN: Bolt, Beranack and Newman [1]",
	} {
		abbrev := strings.ToLower(txt[strings.Index(txt, "(")+1 : strings.Index(txt, ")")])
		if got, _ := expansionOf(t, txt, abbrev); got != want {
			t.Errorf("%s: %q, want %q", abbrev, got, want)
		}
	}
	// letters a name lacks: no spelling out
	if got, _ := expansionOf(t, `the Internet Protocol (IP) and the Asynchronous Transfer Mode (ATM) are used.`, "atm"); got != "ATM: Asynchronous Transfer Mode [1]" {
		t.Errorf("atm: %q", got)
	}
	if got, _ := expansionOf(t, `Guillermo Rodriguez (SNAI) spoke on Tuesday.`, "snai"); got != "" {
		t.Errorf("a name whose initials are not the abbreviation's: %q", got)
	}
	if got, _ := expansionOf(t, `AA (Alcoholics) met on Monday.`, "aa"); got != "" {
		t.Errorf("one word for two letters: %q", got)
	}
	if got, _ := expansionOf(t, `SNAI (Spanish) said the operation went well.`, "snai"); got != "" {
		t.Errorf("a bracket after the abbreviation that spells nothing: %q", got)
	}
}

// The seed spells SNAI out in its soundbite line: asked what it stands
// for, the answer is that name, cited by its exact bytes.
func TestSeedSNAIExpansion(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"what does SNAI stand for", "what means SNAI?", "what does snai actually stand for"} {
		if got := askText(t, ix, q); got != "SNAI: National Service of Integral Attention to Adults Deprived of their Liberty and Adolescent Offenders [1]" {
			t.Errorf("%q: %q", q, got)
		}
	}
}
