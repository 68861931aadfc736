package extract

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// whoIsRE asks who someone is: "who is Rangel", "who's this Lasso", "who
// was Guillermo Rodriguez".
var whoIsRE = regexp.MustCompile(`(?i)^\s*(?:and\s+|so\s+)?who(?:'s|’s|s|\s+is|\s+was)\s+`)

// asksIdentity reports a question for who a named person is ("who is
// Rangel", "what position does Rangel hold") whose key terms, its role
// words aside, are names the stories use and nothing else.
func asksIdentity(focus string, keys []keyTerm) bool {
	if !whoIsRE.MatchString(focus) && question.RoleAsked(text.Fold(focus)) == "" {
		return false
	}
	for _, k := range keys {
		if !k.proper || !k.known {
			return false
		}
	}
	return len(keys) > 0
}

// roleBeside is the candidate that says what the person the keys name
// is: the name followed by what it is ("Guillermo Rodriguez is the general
// director", "Rangel, the interior minister") first, else a title written
// right before the name ("Interior Minister Eduardo Rangel", "current
// President Guillermo Lasso", a label's "GENERAL DIRECTOR, GUILLERMO
// RODRIGUEZ"). nil when none does.
func roleBeside(cands []*candidate, keys []keyTerm) *candidate {
	for _, after := range []bool{true, false} {
		for _, c := range cands {
			if roleOfName(strings.Fields(c.text()), keys, after) {
				return c
			}
		}
	}
	return nil
}

// roleOfName reports the words ws naming a key's person with what the
// person is after the name (after) or a title before it.
func roleOfName(ws []string, keys []keyTerm, after bool) bool {
	for i, w := range ws {
		if !namesKey(w, keys) {
			continue
		}
		if after {
			end := i
			for end+1 < len(ws) && namesKey(ws[end+1], keys) {
				end++
			}
			return roleAfterRE.MatchString(strings.Join(ws[end:min(end+4, len(ws))], " "))
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if roleTitles[strings.ToLower(strings.Trim(ws[k], ",\"'“”"))] {
				return true
			}
		}
		return false
	}
	return false
}

// namesKey reports a word that is one of the keys' names.
func namesKey(w string, keys []keyTerm) bool {
	for _, t := range text.Terms(w) {
		for _, k := range keys {
			if k.term == t {
				return true
			}
		}
	}
	return false
}

// roleAfterRE is a name's last word followed by what the person is: "...
// Rodriguez is the", "... Rangel, the".
var roleAfterRE = regexp.MustCompile(`^\S*?(?:,\s+(?:the|a|an)\s|\s+(?:is|was)\s+(?:the|a|an)\s)`)

// roleTitles are the words of a title written before a name.
var roleTitles = map[string]bool{"president": true, "minister": true, "director": true, "mayor": true, "governor": true, "general": true,
	"attorney": true, "chief": true, "commander": true, "judge": true, "prosecutor": true, "secretary": true, "senator": true, "colonel": true,
	"captain": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "head": true, "ambassador": true, "chairman": true,
	"ceo": true, "warden": true, "coach": true, "founder": true, "manager": true, "lawmaker": true, "congressman": true, "congresswoman": true}
