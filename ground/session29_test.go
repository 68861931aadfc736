package ground

import (
	"strings"
	"testing"
)

// A "he" claim giving the person the claim before named a role is read
// of that person though the claim before opened with a source lead
// ("Based on the provided passages, Guillermo Rodriguez is ..."), and a
// passage naming another man of the same first name ("current President
// Guillermo Lasso") does not name him: only his family name does. A word
// of standing ("current") is no role: the role is the word after it.
func TestPronounRoleFamilyName(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison news.\n\n" +
		"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI. The SNAI runs the prisons. Guards work in shifts. The prison holds many inmates. Families waited outside. The riot ended on Tuesday.\n\n" +
		"On Monday, current President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios in Ecuador. Some candidates have pledged prison reforms. The election is next month. Voters are worried. Polls open early. Turnout may be high."
	for _, c := range []struct {
		reply string
		want  string // the reason's words for the "He" claim, or "" when kept
	}{
		{"Based on the provided passages, Guillermo Rodriguez is the general director of the SNAI [1]. He is also the current President of Ecuador [2].", "the current president, in passage 2, which never names Guillermo Rodriguez"},
		{"Guillermo Rodriguez is the general director of the SNAI [1]. He is the President of Ecuador [2].", "the president"},
		// the passage naming him by his family name: his, as far as this rule can tell
		{"Guillermo Rodriguez is the general director of the SNAI [1]. He is the general director of the SNAI [1].", ""},
	} {
		v := verdictOn(t, st, c.reply)
		got := ""
		for _, d := range v.Dropped {
			if strings.HasPrefix(d.Claim, "He ") {
				got = d.Reason
			}
		}
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%q: the he-claim dropped for %q, want %q", c.reply, got, c.want)
		}
	}
}
