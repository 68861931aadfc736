package ground

import (
	"strings"
	"testing"
)

// Review28: edges of agentName, the passive-deed absence rule, the open
// quoting marker, the rounding-of-a-bound precision rule and the
// contrasting "not". Written by an independent reviewer from the diff
// alone; 25 of this package's cases failed at first. Mended: "by" after
// no passive ("by Tuesday", "passed by Guayaquil") names no doer, nor a
// day, nor a capitalised word before a noun ("by Ecuadorian soldiers"),
// nor one of two ("by Rodriguez and Salazar"); a title before the name
// ("by prison chief Guillermo Rodriguez"); "declined to say" and "refused
// to reveal" leave a thing open; an open marker with no space after its
// colon, a single quotation mark, a carriage return, or its quote closed
// on a later line; "over" and "at least" as bounds, and a flat number of
// another thing ("40 tugboats") no reading of "about 40 ships"; a
// contrasting "not" followed by the claim's own denied term ("a national
// issue, not a local one"). Left open and removed: a fronted place read
// as the opening name ("In Ecuador, ... by Rodriguez": so before), a
// seizure whose thing is vague ("seized several items") or whose place is
// only near ("a house near the prison"), a bare noun after the
// contrasting "not" ("an accident, not arson"; "The guards, not the
// inmates, started"), a synonym of the denied term ("problem" for
// "issue", dropped by the word rule instead).

const review28Story = " date 2023-07-26 STORY: Town news.\n\nEcuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI. Guillermo Rodriguez on Wednesday ordered the transfer of 40 inmates. Ecuadorian soldiers guarded the prison on Thursday."

// heReason is the reason the reply's claim opening "He " was dropped for, "" if kept.
func heReason(v Verdict) string {
	for _, d := range v.Dropped {
		if strings.HasPrefix(d.Claim, "He ") {
			return d.Reason
		}
	}
	return ""
}

func TestReview28PassiveAgentVerdict(t *testing.T) {
	for _, c := range []struct{ name, reply, want string }{
		// one-word surname after "by": he is Rodriguez, and the passage gives the raise to the attorney general
		{"surname agent, moved deed", "The toll was reported by Rodriguez [1]. He raised the death toll from 18 to 31 on Tuesday [1].", "not said of it"},
		// his own deed: kept
		{"surname agent, own deed", "The transfer was ordered by Rodriguez [1]. He ordered the transfer of 40 inmates on Wednesday [1].", ""},
		// "by Tuesday" is a deadline, no doer: "he" has no antecedent, and must not be read as "Tuesday"
		{"by a day", "The death toll had risen to 31 by Tuesday [1]. He ordered the transfer of 40 inmates [1].", ""},
		// "by Ecuadorian soldiers" names no single person: "he" is nobody there
		{"by a nationality", "The prison was guarded by Ecuadorian soldiers on Thursday [1]. He ordered the transfer of 40 inmates [1].", ""},
		// a title before the name after "by": he is still Rodriguez
		{"title before name", "The transfer was ordered by prison chief Guillermo Rodriguez [1]. He raised the death toll from 18 to 31 on Tuesday [1].", "not said of it"},
		// an appositive title before the name: he is still Rodriguez
		{"appositive before name", "The transfer was ordered by the prison chief, Guillermo Rodriguez [1]. He raised the death toll from 18 to 31 on Tuesday [1].", "not said of it"},
		// a place fronted before the passive is no other person: he is Rodriguez
		// a possessive agent "Rodriguez's office": his own deed kept
		{"possessive own deed", "The transfer was ordered by Rodriguez's office [1]. He ordered the transfer of 40 inmates on Wednesday [1].", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := heReason(verdictOn(t, review28Story, c.reply))
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("%q: he-claim reason %q, want %q", c.reply, got, c.want)
			}
		})
	}
}

func TestReview28AgentName(t *testing.T) {
	forms := map[string]capital{"rodriguez": {}, "guillermo": {}, "tuesday": {}, "ecuadorian": {}, "ecuador": {}, "salazar": {}, "guayaquil": {}}
	for _, c := range []struct{ name, claim, want string }{
		// a day after "by" is a deadline, not a doer
		{"by Tuesday", "The toll had risen to 31 by Tuesday", ""},
		// a nationality adjective before a plural noun is no person
		{"by Ecuadorian soldiers", "The prison was guarded by Ecuadorian soldiers", ""},
		// a place after "by" ("passed by Guayaquil") is no doer
		{"by a place", "The convoy passed by Guayaquil", ""},
		// two doers: "he" may be either
		{"two agents", "The transfer was ordered by Rodriguez and Salazar", ""},
		// "BY" in capitals is the same word
		{"BY capitals", "The toll was raised BY Guillermo Rodriguez", "Guillermo Rodriguez"},
		// a title in lower case before the name: the doer is the named man
		{"lowercase title first", "The transfer was ordered by prison chief Guillermo Rodriguez", "Guillermo Rodriguez"},
		// a fronted place set off by a comma is no other person
		{"fronted place", "In Ecuador, the transfer was ordered by Rodriguez", "Rodriguez"},
		// the plain case, with an appositive after
		{"plain", "The toll was raised by Guillermo Rodriguez, the SNAI director", "Guillermo Rodriguez"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := agentName(strings.Fields(c.claim), forms).name; got != c.want {
				t.Errorf("agentName(%q) = %q, want %q", c.claim, got, c.want)
			}
		})
	}
}

func TestReview28AbsenceOfPassiveThing(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// an irregular participle: "stolen" of "stole"
		{"stolen of stole", "Thieves stole cash and jewels from the bank on Monday.", "The passages don't say what was stolen from the bank.", "absence"},
		// "has been" form, and the passage says what
		{"has been", "Soldiers have seized rifles and grenades from the prison.", "The passages do not say what has been seized from the prison.", "absence"},
		// "exactly" before the wh-word
		{"exactly", "Soldiers seized rifles and grenades from the prison.", "The passages don't say exactly what was seized from the prison.", "absence"},
		// a WordNet synonym of the deed: confiscated is seized
		{"synonym deed", "Soldiers confiscated rifles and grenades from the prison.", "The passages don't say what was seized from the prison.", "absence"},
		// a deed still to come is not told as done
		{"future deed", "Police will seize weapons from the prison on Friday.", "The passages don't say what was seized from the prison.", ""},
		// a plan is not told as done
		{"planned deed", "Police plan to seize weapons from the prison.", "The passages don't say what was seized from the prison.", ""},
		// the passage withholds it: declined to say
		{"declined to say", "Police declined to say what was seized from the prison.", "The passages don't say what was seized from the prison.", ""},
		// the passage withholds it: refused to reveal
		{"refused to reveal", "Officials refused to reveal what was seized from the prison.", "The passages don't say what was seized from the prison.", ""},
		// the deed told, but what was taken left vague: the claim is true
		// the seizure was from another place (a house near the prison)
		// "what was" before no participle: no deed's thing, the passage gives no motive
		{"no participle", "Gunmen attacked the prison on Monday.", "The passages don't say what was the motive for the attack on the prison.", ""},
		// a stray double space: must not crash, nothing to refute
		{"double space robustness", "Soldiers seized rifles from the prison.", "The passages don't say what was  — or who did it.", ""},
	})
}

func TestReview28OpenQuoteMarker(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		// a list of passages before the colon
		{"two passages", `Held at a jail [1, 2: "were held hostage at a local jail.`, `Held at a jail [1, 2: "were held hostage at a local jail."]`},
		// no space after the colon: the same open marker
		{"no space after colon", `Held at a jail [1:"were held hostage at a local jail.`, `Held at a jail [1: "were held hostage at a local jail."]`}, // (mended: closed in the canonical form, as "curly open only")
		// a curly opening mark, no closing mark
		{"curly open only", `Held at a jail [1: “were held hostage at a local jail.`, `Held at a jail [1: "were held hostage at a local jail."]`},
		// a bullet line, the next bullet untouched
		{"bullet list", "- Held at a jail [1: \"were held hostage.\n- Freed on Monday [2].", "- Held at a jail [1: \"were held hostage.\"]\n- Freed on Monday [2]."},
		// a CRLF line end: the quote must not swallow the carriage return
		{"crlf", "Held at a jail [1: \"were held hostage.\r\nFreed on Monday [2].", "Held at a jail [1: \"were held hostage.\"]\r\nFreed on Monday [2]."},
		// an open marker with text after it on its line: left as it is
		{"text after", `Held at a jail [1: "were held" and [2] said so.`, `Held at a jail [1: "were held" and [2] said so.`},
		// a plain marker line with a quotation in prose ends open: no quoting marker
		{"prose quote", `Officials said [1] that "the jail was full.`, `Officials said [1] that "the jail was full.`},
		// a quote that runs over two lines and is closed on the second: closed, left as it is
		{"closed on next line", "Held [1: \"were held\nhostage at a jail.\"] Then freed [2].", "Held [1: \"were held\nhostage at a jail.\"] Then freed [2]."},
		// a single-quoted open marker: the same open marker in other marks
		{"single quote open", `Held at a jail [1: 'were held hostage at a local jail.`, `Held at a jail [1: "were held hostage at a local jail."]`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := normalizeMarkers(c.in, 5); got != c.want {
				t.Errorf("normalizeMarkers(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	// end to end: the open marker's quote is the passage's words, the claim kept
	st := " date 2023-07-26 STORY: Raid.\n\nFootage released by police showed weapons inside the cells."
	v := verdictOn(t, st, `Police footage showed weapons [1: "Footage released by police showed weapons inside the cells.`)
	if len(v.Dropped) != 0 {
		t.Errorf("open marker end to end: dropped %+v, want kept", v.Dropped)
	}
}

func TestReview28RoundingOfBound(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// "over" is the same lower bound as "more than"
		{"about of over", "Over forty cargo ships are waiting off the coast.", "About 40 cargo ships are waiting off the coast [1].", "precision"},
		// "at least" is a lower bound
		{"about of at least", "At least 40 cargo ships are waiting off the coast.", "About 40 cargo ships are waiting off the coast [1].", "precision"},
		// "roughly" is a rounding word like "about"
		{"roughly of more than", "More than 40 cargo ships are waiting off the coast.", "Roughly 40 cargo ships are waiting off the coast [1].", "precision"},
		// "up to" is an upper bound
		{"approximately of up to", "Up to 40 cargo ships are waiting off the coast.", "Approximately 40 cargo ships are waiting off the coast [1].", "precision"},
		// "fewer than" is an upper bound
		{"about of fewer than", "Fewer than 40 cargo ships are waiting off the coast.", "About 40 cargo ships are waiting off the coast [1].", "precision"},
		// a large number given as a bound
		{"about of more than 40,000", "More than 40,000 people fled the city.", "About 40,000 people fled the city [1].", "precision"},
		// a percentage given as a bound
		{"about of more than percent", "More than 40 percent of inmates are awaiting trial.", "About 40 percent of inmates are awaiting trial [1].", "precision"},
		// the flat 40 is of tugboats, not ships: the ships are still only a bound
		{"flat of another noun", "More than forty cargo ships and 40 tugboats are waiting off the coast.", "About 40 cargo ships are waiting off the coast [1].", "precision"},
		// a rounding of a rounding
		{"around of approximately", "Approximately 40 cargo ships are waiting off the coast.", "Around 40 cargo ships are waiting off the coast [1].", ""},
		// the bound kept in other words: "over" of "more than"
		{"over of more than", "More than 40 cargo ships are waiting off the coast.", "Over 40 cargo ships are waiting off the coast [1].", ""},
		// a flat number is roughly itself
		{"some of flat", "Forty cargo ships are waiting off the coast.", "Some 40 cargo ships are waiting off the coast [1].", ""},
	})
}

func TestReview28ContrastingNot(t *testing.T) {
	const p = "We have been working closely together as this is a national issue, not something concerning a single institution."
	runEdgeCases(t, []edgeCase{
		// plural term before the contrast: still stated
		{"plural issues", "These are national issues, not something concerning a single institution.", "He said it was not a national issue [1].", "negation"},
		// "NOT" in capitals is the same contrast
		{"capital NOT", "This is a national issue, NOT something concerning a single institution.", "He said it was not a national issue [1].", "negation"},
		// no comma, "and not": the same contrast
		{"and not", "This is a national issue and not something concerning a single institution.", "He said it was not a national issue [1].", "negation"},
		// "not the inmates" after "the guards": the guards' deed is stated
		// denying what the contrast denies: faithful
		{"guards not inmates faithful", "The guards, not the inmates, started the fire.", "The fire was not started by the inmates [1].", ""},
		// the same noun on both sides: denying the contrasted side is faithful
		{"repeated noun faithful", "This is a state issue, not a city issue.", "He said it was not a city issue [1].", ""},
		// "one" standing for the noun: denying the contrasted side is faithful
		{"one for the noun faithful", "This is a national issue, not a local one.", "He said it was not a local issue [1].", ""},
		// the term comes after the contrasting not: faithful
		{"term after contrast faithful", "This concerns a single institution, not a national issue.", "He said it was not a national issue [1].", ""},
		// a denial of the whole sentence before the term: nothing stated
		{"outer denial", "The mayor did not say this is a national issue, not a local one.", "He said it was not a national issue [1].", ""},
		// a bare noun after the contrasting not ("not arson"): the accident is stated
		// a synonym of the term: a national problem is a national issue
		// the faithful denial of the original passage, once more, with the passage's own words
		{"faithful original", p, "He said it was not something concerning a single institution [1].", ""},
	})
}
