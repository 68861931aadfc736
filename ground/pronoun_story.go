package ground

import (
	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// pronounAcrossStories finds a pronoun opening a claim, or the part of it
// after a marker ("... lasted 11 days [1] and it started on a Saturday
// [5]"), that cites only passages of stories other than those the words
// before it cited (prev: the last claim's, for a claim's first part): the
// pronoun's thing is in one story, the passage it cites tells another
// story's. It returns the pronoun, or "".
func pronounAcrossStories(claim string, groups []group, ps []cite.Passage, prev map[string]bool) string {
	before, from := prev, 0
	for gi, g := range groups {
		here := storiesOf(groups[gi:gi+1], ps)
		if p := openingPronoun(claim[from:g.start]); p != "" && len(before) > 0 && len(here) > 0 && !sharesStory(before, here) {
			return p
		}
		if gi == 0 || before == nil {
			before = map[string]bool{}
		}
		for st := range here {
			before[st] = true
		}
		from = g.end
	}
	return ""
}

// openingPronoun is the pronoun the words open with, past "and", "but"
// or "also"; "" when they open with none, or with the passages' talk
// ("They mention that ...": the passages).
func openingPronoun(s string) string {
	ws := text.Words(s)
	for i, w := range ws {
		switch w {
		case "and", "but", "also", "then":
			continue
		case "it", "they", "he", "she":
			if i+1 < len(ws) && (passageTalkVerbs[ws[i+1]] || w == "it" && dummyItVerbs[ws[i+1]]) {
				return "" // "They mention ...": the passages; "It is also reported that ...": no thing
			}
			return w
		}
		return ""
	}
	return ""
}

// dummyItVerbs after "it" make it stand for no thing: "it is reported
// that", "it's worth noting", "it was on Saturday that", "it seems".
var dummyItVerbs = set("is was s seems seemed appears appeared remains")

// passageTalkVerbs say what passages do: "they mention", "it says".
var passageTalkVerbs = set("mention mentions say says state states note notes describe describes report reports give gives list lists include includes")

// storiesOf is the set of stories the groups' valid passages come from.
func storiesOf(groups []group, ps []cite.Passage) map[string]bool {
	out := map[string]bool{}
	for _, g := range groups {
		for _, n := range g.ns {
			if n >= 1 && n <= len(ps) {
				out[ps[n-1].Source] = true
			}
		}
	}
	return out
}

func sharesStory(a, b map[string]bool) bool {
	for st := range a {
		if b[st] {
			return true
		}
	}
	return false
}
