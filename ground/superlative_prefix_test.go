package ground

import "testing"

// A superlative of one thing may open on a possessive ("Ecuador's most
// dangerous prison") as on "the": where the passage has "one of the most
// dangerous", it claims more; "one of Ecuador's most dangerous" does not.
func TestPossessiveSuperlative(t *testing.T) {
	const p = "Footage showed weapons seized from inside the prison - one of the most dangerous in Ecuador.\n"
	runEdgeCases(t, []edgeCase{
		{"possessive", p, "It is Ecuador's most dangerous prison [1].", `quantifier: the passage says "one of the most dangerous"`},
		{"its", p, "Weapons were seized inside the prison, its most dangerous in Ecuador [1].", `quantifier`},
		{"one of the possessive", p, "Weapons were seized inside the prison, one of Ecuador's most dangerous [1].", ""},
		{"one of the", p, "Weapons were seized inside the prison, one of the most dangerous in Ecuador [1].", ""},
	})
}

// "un" before an anchor's word says the opposite ("unloading" of
// "loading"), unless the anchor denies that word ("not likely" is
// "unlikely") or the claim holds it too; a word that only begins with
// "un" ("unless", "united") is no opposite.
func TestPrefixOpposite(t *testing.T) {
	const p = "The walkout halted the loading of about 12,000 containers a day. Police said the gunmen were armed. A deal was not likely soon. Workers were united.\n"
	runEdgeCases(t, []edgeCase{
		{"unloading", p, "The walkout halted the unloading of about 12,000 containers a day [1].", `opposite: the claim says "unloading" where the passage says "loading"`},
		{"unarmed", p, "Police said the gunmen were unarmed [1].", `opposite: the claim says "unarmed"`},
		{"a denied base", p, "A deal was unlikely soon [1].", ""},
		{"both", p, "The walkout halted the loading and the unloading of about 12,000 containers a day [1].", ""},
		{"united", p, "Workers were united [1].", ""},
	})
}

// Only participles and adjectives are negated by "un": "unless" is no
// opposite of "less".
func TestPrefixOppositeForms(t *testing.T) {
	anchor := []sentWords{{"pay", "rose", "less", "than", "hoped"}}
	if got := prefixOppositeRule([]string{"talks", "fail", "unless", "pay", "rose"}, anchor, anchor, ""); got != "" {
		t.Errorf("unless: %q, want no opposite", got)
	}
}
