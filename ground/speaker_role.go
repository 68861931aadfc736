package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// SpeakerReach is how many words may open a claim before its verb of
// saying for them to be the speaker: "Ecuador's attorney general called".
const SpeakerReach = 6

// speakerRoleRule: the speaker a claim gives by a post ("Ecuador's
// attorney general called the operation decisive") must be one a cited
// passage names: a post no cited passage holds, in its whole view (a
// quote narrows the view to the quoted sentences) nor its title, gives the
// words to someone the passage never mentions (or the speaker line just
// before a passage opening on its quotation: quotesAfterSpeaker). A post
// the passage holds is left to the other rules.
func speakerRoleRule(claim []string, cited []int, ev []evidence) string {
	for i := 0; i < len(claim) && i <= SpeakerReach; i++ {
		if !text.IsSpeechVerb(claim[i]) {
			continue
		}
		for _, w := range claim[:i] {
			if !roleNouns[w] || plainRoles[w] {
				continue
			}
			if !roleInCited(w, cited, ev) && !quotesAfterSpeaker(w, cited, ev) {
				return fmt.Sprintf("who: the claim gives the words to a %s, whom %s never mentions", w, passageList(cited))
			}
		}
		return ""
	}
	return ""
}

// roleInCited reports a post named in a cited passage's whole text or its
// title.
func roleInCited(w string, cited []int, ev []evidence) bool {
	for _, n := range cited {
		e := &ev[n-1]
		if e.full != nil {
			e = e.full
		}
		for _, v := range roleVariants(w) {
			if e.words[v] || e.titled != nil && e.titled.words[v] {
				return true
			}
		}
	}
	return false
}

// roleVariants are a post's word and, for one ending in "person", "man"
// or "woman", its other forms: a spokesperson is the passage's
// spokeswoman or spokesman, a chairman its chairperson.
func roleVariants(w string) []string {
	for _, suf := range []string{"person", "woman", "man"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 {
			return []string{w, stem + "person", stem + "woman", stem + "man"}
		}
	}
	return []string{w}
}
