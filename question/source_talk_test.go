package question

import (
	"strings"
	"testing"
)

// The asker's pointer to what they read ("according to the piece", "cited
// in that article", "the article says") is no part of what they ask; a
// piece of something, or a report the stories tell of, is.
func TestSourceTalkLeftOut(t *testing.T) {
	for q, gone := range map[string]string{
		"Since what year has this prison violence been surging, according to the piece?":             "piece",
		"According to SNAI figures cited in that article, how many prison guards does Ecuador have?": "article",
		"the article says 31 died, who said so?":                                                     "article",
		"how many were hurt in the piece you wrote":                                                  "",
	} {
		focus, claims := Split(q)
		all := strings.ToLower(focus + " " + claims)
		if gone != "" && strings.Contains(all, gone) {
			t.Errorf("Split(%q) = %q, %q; %q should be gone", q, focus, claims, gone)
		}
	}
	for _, q := range []string{
		"a piece of the wall fell on the guards, how many were hurt?",
		"what did the UN report say about the prisons?",
		"how many died according to the report?",
	} {
		focus, claims := Split(q)
		all := strings.ToLower(focus + " " + claims)
		for _, w := range []string{"piece", "report"} {
			if strings.Contains(strings.ToLower(q), w) && !strings.Contains(all, w) {
				t.Errorf("Split(%q) = %q, %q; lost %q", q, focus, claims, w)
			}
		}
	}
}
