package question

import (
	"regexp"
	"strings"
)

// roleAskedRE finds the words a question asks a named person's role with
// ("what is Rodriguez's job", "which function has he", "what position
// does Guillermo Rodriguez hold", "what is Rodriguez in charge of"):
// group 1 the role noun, group 2 a verb of holding it, groups 3 and 4
// the "charge" a question ends on ("what is he in charge of, exactly",
// "what was Noboa in charge of before he became president", "he is in
// charge of what").
var roleAskedRE = regexp.MustCompile(`\b(?:what|which|his|her|their|[\p{L}]+'s|[\p{L}]+’s|[\p{L}]+s')\s+(?:(?:exact|official|current|actual|main)\s+)?(job|position|role|title|function|occupation|profession|designation)\b(?:(?:[^?.,;]|\b(?:mr|mrs|ms|dr|sr)\.)*?\b(hold|holds|held|have|has|had|occupy|occupies)\b)?|\bwhat(?:\s+exactly)?(?:\s+(?:is|was|are|were|will|would)|\s*['’]s|s)\s+(?:[\p{L}.'’]+\s+){1,6}?(?:be\s+)?in\s+(charge)\s+of(?:\W*(?:exactly|then|now|today|there))?(?:\W*$|\s+(?:before|after|when|since|until)\b)|\bin\s+(charge)\s+of\s+what\W*$`)

// honorificRE is an honorific before a name ("this Mr. Guillermo
// Rodriguez").
var honorificRE = regexp.MustCompile(`\b(?:mr|mrs|ms|dr|sr|señor|senor|señora|senora)\b`)

// RoleAsked returns the words of a question that ask what a named person
// is (role nouns, a verb of holding one, honorifics), which name no topic
// the story must hold: "what position does Guillermo Rodriguez hold" is
// "who is Guillermo Rodriguez", answered by the sentence that says what
// he is. "" when it asks no role. The folded question is read.
func RoleAsked(folded string) string {
	var words []string
	for _, m := range roleAskedRE.FindAllStringSubmatch(folded, -1) {
		for _, g := range m[1:] {
			if g != "" {
				words = append(words, g)
			}
		}
	}
	words = append(words, honorificRE.FindAllString(folded, -1)...)
	return strings.Join(words, " ")
}
