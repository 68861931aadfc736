package extract

import (
	"slices"
	"strings"
	"testing"
)

// "the El Tigre case": a name the stories write frames the noun after it,
// which is no topic of its own; after a word the stories write as no name
// ("court cases") the noun is one.
func TestFrameNounAfterAName(t *testing.T) {
	const st = "A court in Guayaquil on Tuesday sentenced a gang leader to 34 years in prison. Wilmer Alejandro Chila, known as \"El Tigre,\" was found guilty of murder. The case was heard in a court in Guayaquil."
	ix := edgeIndex(t, map[string]string{"a.txt": st})
	for q, keep := range map[string]bool{
		"the El Tigre case in Guayaquil, how many years did he get": false,
		"the el tigre incident, how many years did he get":          false,
		"how many court cases were heard":                           true,
		"was the case heard in Guayaquil":                           true,
	} {
		terms := keyTermsOf(ix, q)
		got := slices.ContainsFunc(terms, func(k string) bool { return strings.HasPrefix(k, "cas") || strings.HasPrefix(k, "incid") })
		if got != keep {
			t.Errorf("%q: key terms %v; frame noun kept %v, want %v", q, terms, got, keep)
		}
	}
	for q, keep := range map[string]bool{
		"that el tigre boy, how long did he get": false,
		"how many boys were hurt":                true,
	} {
		if got := slices.Contains(keyTermsOf(ix, q), "boy"); got != keep {
			t.Errorf("%q: key terms %v; boy kept %v, want %v", q, keyTermsOf(ix, q), got, keep)
		}
	}
	if a := askOf(t, map[string]string{"a.txt": st}, "the El Tigre case in Guayaquil, how many years did he get"); a.Abstained {
		t.Errorf("the El Tigre case question abstained: %q", a.Text)
	}
}
