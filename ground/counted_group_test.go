package ground

import (
	"strings"
	"testing"
)

// A count of one group of people is no count of another: "14 guards"
// where the passage counts "14 inmates", "hundreds of guards" where it
// has "hundreds of prisoners". The same group in other words, a general
// noun ("people"), a group the passage counts with that number too, and
// a number the passage gives a noun of no group ("15 hostages") are left
// alone.
func TestCountMovedToAnotherGroup(t *testing.T) {
	const asked = "What happened after the riot?"
	const hospital = "Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds.\n"
	const toll = "Violence has surged since 2021, claiming the lives of hundreds of prisoners.\n"
	for _, tt := range []struct{ name, passage, claim, want string }{
		{"another group's number", hospital,
			"Police said 14 guards had been taken to hospital with gunshot and stab wounds [1].", `number "14" is said of "inmates" in the passage, not of "guards"`},
		{"another group's magnitude", toll,
			`Violence has claimed the lives of hundreds of guards [1: "claiming the lives of hundreds of prisoners"].`, `said of "prisoners" in the passage, not of "guards"`},
		{"the same group", hospital,
			"Police said 14 inmates had been taken to hospital with gunshot and stab wounds [1].", ""},
		{"the same group in other words", hospital,
			"Police said 14 prisoners had been taken to hospital with gunshot and stab wounds [1].", ""},
		{"a general noun", hospital,
			"Police said 14 people had been taken to hospital with gunshot and stab wounds [1].", ""},
		{"the magnitude's own group", toll,
			`Violence has claimed the lives of hundreds of prisoners [1].`, ""},
		{"both groups counted", "Police said 14 inmates and 14 guards had been taken to hospital in Guayaquil.\n",
			"Police said 14 guards had been taken to hospital [1].", ""},
		{"a number of things, not of a group", "Some 15 hostages, all of them prison staff, were freed on Monday.\n",
			"Some 15 guards were freed on Monday [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, tt.passage, asked, tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}

// A group no cited sentence names, given a number the passage gives a
// toll or nothing, is a group the claim added: "31 inmates died" of "the
// death toll ... from 18 to 31". The group in other words, a general
// noun, or a group the passage names pass.
func TestCountGivenToAnUnnamedGroup(t *testing.T) {
	const toll = "The attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"a group the passage doesn't name", toll, "31 inmates died in the violence, up from 18 [1].", `number "31" is said in the passage of no inmates`},
		{"a general noun", toll, "31 people died in the violence, up from 18 [1].", ""},
		{"the group in other words", "The death toll among inmates rose from 18 to 31 on Tuesday.\n", "31 prisoners died, up from 18 [1].", ""},
		{"a group the passage names", "Relatives of inmates waited outside. The death toll rose from 18 to 31 on Tuesday.\n", "31 inmates died, up from 18 [1].", ""},
	})
}

// One of a group is counted in the singular: "one police officer was
// hurt" where the passage has "one civilian was hurt" moves the count to
// another group; the same group, a word for anyone, and "one of" pass.
func TestOneOfAnotherGroup(t *testing.T) {
	const asked = "Was anyone hurt?"
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there.\n"
	for _, tt := range []struct{ claim, want string }{
		{"One police officer was hurt in a Molotov cocktail attack on the attorney general's office [1].", `number "1" is said of "civilian" in the passage, not of "officer"`},
		{"One guard was hurt in a Molotov cocktail attack on the attorney general's office [1].", `not of "guard"`},
		{"One civilian was hurt in a Molotov cocktail attack on the attorney general's office [1].", ""},
		{"One person was hurt in a Molotov cocktail attack on the attorney general's office [1].", ""},
		{"One of the civilians there was hurt in a Molotov cocktail attack on the attorney general's office [1].", ""},
	} {
		if got := edgeReason(t, p, asked, tt.claim); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
