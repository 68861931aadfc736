package question

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// Form is what a question's wording asks for, beyond the answer's type.
type Form struct {
	YesNo   bool   // "is there an election coming up?"
	Said    bool   // "what did Rodriguez say?"
	WhyHow  string // "why" or "how" (as in "how did they get in"), else ""
	Negated bool   // "which gang is not ...": the question says not/never
	// Same: a yes/no question of identity, "is that the same guy as the
	// president?": a sentence naming one of the two cannot settle it.
	Same bool
	// Numbers are the numbers a yes/no question puts to the story ("was
	// the toll 50", "were there 15 guards"), as text.Numbers reads them.
	Numbers []string
	// Magnitude is the scale word of a magnitude a yes/no question puts
	// to the story ("were only some hundreds of troops sent in":
	// "hundred"), as MagnitudeClaim reads it; "" when there is none.
	Magnitude string
}

var (
	yesNoQ = regexp.MustCompile(`^(and |so |but )?(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)(?:n't|n’t|nt)?\s+(there|the|a|an|any|anyone|anybody|someone|he|she|it|they|this|that|his|her|their|\p{L}+)\b`)
	saidQ  = regexp.MustCompile(`\bwhat (did|does|do|has|have|had)\b.*\b(say|said|tell|told|claim|state|declare|announce|comment|think)\b|\bwhat was said\b|\bwhat (were|was) (his|her|their) (words|statement|comments?)\b|\bdid \S+( \S+)? (say|thank|mention|comment)\b`)
	// textSaysQ has the story, not a person, say it: "did the story say",
	// "what does the article say about".
	textSaysQ = regexp.MustCompile(`\b(did|does|do)\s+(the|this|that|these|those|your)\s+(story|stories|article|articles|report|reports|passage|passages|news|text|piece|source|sources)\s+(say|tell|mention|state|claim)\b`)
	// saidClauseQ asks within what a body of people said (a plural, "the
	// police", "they"): "what did police say they seized inside" asks
	// what was seized, not for a statement. One person's words ("what
	// did the director say they had been able to do") are his statement.
	saidClauseQ = regexp.MustCompile(`^what (did|does|do|has|have|had) (the )?(\w+ )?(\w{3,}s|police|army|military|government|they) (say|said|tell|told|claim|state|announce)\s+(that\s+)?(they|he|she|we|there)\s+(\w+ed|\w+en|found|took|got|had|made|did|were|was|are|is)\b`)
	whyQ        = regexp.MustCompile(`^(and |so |but )?why\b|\bwhat (caused|led to|prompted|triggered|sparked)\b|\bfor what reason\b|\bwhat was the reason\b`)
	howQ        = regexp.MustCompile(`^(and |so |but )?how (did|do|does|was|were|is|are|can|could|will)\b`)
	// howPlainQ asks how as people type it without the inversion: "how
	// they get in", "how soldier can enter inside", "how the soldiers
	// enter the blocks" (a pronoun, an article or a word for the forces
	// after "how": any other word may be a degree's, "how fast did"), as
	// "how'd", or with "how" closing its clause ("army go inside how?",
	// "they have entered how, si ...").
	howPlainQ = regexp.MustCompile(`^(and |so |but |now )?how'?d\b|^(and |so |but |now )?how (?:the|they|he|she|it|we|you|this|that|these|those|soldiers?|police|cops|army|troops|security|forces|officers|guards|inmates|prisoners|gangs|people|officials|authorities) |^(and |so |but |now )?how\s*[?!.]*\s*$|\b(?:\p{L}+ ){2,}how\s*(?:[?!,.]|$)`)
	// howDegreeQ asks a degree, no method ("how bad", "how strong"), or
	// tells what someone knows or shows ("the footage doesn't show how").
	howDegreeQ = regexp.MustCompile(`\bhow (?:many|much|long|old|big|large|far|often|soon|come|bad|serious|strong|heavy|dangerous|safe|sure|true|accurate|likely)\b|\b(?:know|knows|knew|known|learn|learned|show|shows|showed|shown|explain|explains|explained|see|seen|saw|understand|tell|told) how\b`)
)

// ellipticYesNoQ is a yes/no question typed without its verb: "any
// soldiers killed?", "anyone hurt in the attack?", "no one arrested yet?".
var ellipticYesNoQ = regexp.MustCompile(`^(and |so |but )?(any|anyone|anybody|anything|someone|somebody|no one|nobody)\b[^?]*\?\s*$`)

// orNotTail closes a yes/no question with its other answer: "did they
// find them or nah", "was he arrested or not?". It offers no choice.
var orNotTail = regexp.MustCompile(`\s+or\s+(not|no|nah|naw|nope|what)\b\W*$`)

// bareSaidQ asks what someone said without "did", as chat and learners
// ask it: "what Rodriguez said about the human rights?", "what the
// director says on the operation".
var bareSaidQ = regexp.MustCompile(`^\s*(?:(?:and|so|but)\s+)?what\s+((?:[\p{L}'’]+\s+){1,3}?)(?:(?:is|was|has been|had been)\s+saying|said|says|told|stated|claimed)\s+(?:about|on|of|regarding)\b`)

// textNouns are the texts a question may have say something: what the
// story says about a thing is no one's statement.
var textNouns = map[string]bool{"story": true, "stories": true, "article": true, "articles": true, "report": true, "reports": true, "passage": true, "passages": true, "news": true, "text": true, "piece": true, "source": true, "sources": true, "it": true, "they": true, "people": true,
	"video": true, "videos": true, "clip": true, "footage": true, "post": true, "tweet": true, "headline": true, "paper": true, "website": true, "site": true}

// bareSaid reports folded f asking a person's words by bareSaidQ.
func bareSaid(f string) bool {
	m := bareSaidQ.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if textNouns[w] {
			return false
		}
	}
	return true
}

// FormOf reads a question's Form.
func FormOf(q string) Form {
	f := text.Fold(strings.TrimSpace(q))
	var form Form
	// "is it X or Y" asks which; "any soldiers or cops killed?" still
	// asks whether.
	form.YesNo = yesNoQ.MatchString(f) && !strings.Contains(orNotTail.ReplaceAllString(f, ""), " or ") || ellipticYesNoQ.MatchString(f)
	// "what day did the story say the clashes began": the story tells,
	// nobody is quoted
	form.Said = saidQ.MatchString(f) && !textSaysQ.MatchString(f) && !saidClauseQ.MatchString(f) || bareSaid(f)
	switch {
	case whyQ.MatchString(f):
		form.WhyHow = "why"
	case (howQ.MatchString(f) || howPlainQ.MatchString(strings.TrimSpace(asking(f))) && !howDegreeQ.MatchString(asking(f))) && !numberQ.MatchString(f) && !durationQ.MatchString(f):
		form.WhyHow = "how"
	}
	form.Negated = negQ.MatchString(negOpenQ.ReplaceAllString(strings.TrimSpace(tagQ.ReplaceAllString(asking(f), "")), "$1$2"))
	if form.YesNo {
		form.Numbers = text.Numbers(asking(f))
		form.Magnitude = magnitudeScale.FindString(MagnitudeClaim(asking(f)))
	}
	form.Same = form.YesNo && sameQ.MatchString(f)
	return form
}

// magnitudeScale is a magnitude's scale word: "hundred" of "a few
// hundreds".
var magnitudeScale = regexp.MustCompile(`hundred|thousand|dozen`)

// sameQ asks whether two are one: "the same guy as", "the same one",
// "same person who".
var sameQ = regexp.MustCompile(`\b(the )?same\b( \w+)?( as| who| that|\?|$)`)

// asking is the sentence of folded q that asks: the one its last "?"
// closes, or the wh-question before it when that one is a guess to check
// ("how many died? wasnt it like 50"). A remark after it ("how many guards
// does ecuador have? it sounds like not alot") or a statement before it
// ("I'm not sure. who won?") says nothing of what is asked. Without a
// "?", all of q.
func asking(f string) string {
	end := strings.LastIndex(f, "?")
	if end < 0 {
		return f
	}
	for end > 0 && f[end-1] == '?' {
		end-- // "who won??"
	}
	start := strings.LastIndexAny(f[:end], ".!?") + 1
	if last := f[start:end]; !whWordRE.MatchString(last) && start > 0 {
		// a guess after a wh-question: the wh-question asks
		if prev := asking(f[:start]); whWordRE.MatchString(prev) {
			return prev
		}
	}
	return f[start:end]
}

var negQ = regexp.MustCompile(`\b(?:not|never|no longer)\b|n't\b`)

// tagQ is a tag question closing a statement to confirm ("..., isn't he?",
// "..., didn't they"): it asks whether the statement holds, denying
// nothing.
var tagQ = regexp.MustCompile(`,?\s*\b(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could)n't\s+(?:he|she|it|they|there|we|you|i)\s*[?.!]*\s*$`)

// negOpenQ is a yes/no question opening on a negated verb, asking to
// confirm what the asker believes: "wasn't the emergency 30 days",
// "didn't they declare one", "weren't there 50 dead" (read "was not the
// ..."). It asks what "was the emergency 30 days" asks; the negation is
// not the question's. A spelt-out "not" counts so only before the
// subject: "is not voting punished" denies.
var negOpenQ = regexp.MustCompile(`^((?:and |so |but )?(?:is|are|was|were|did|does|do|has|have|had|could|would|should))(?:n't|n’t|nt|( )not\s+(?:it|they|there|he|she|that|this|the|a|an|any|anyone|anybody|someone|his|her|their|we|you)\b)`)

// Negates reports a negation in folded text: not, never, no longer, n't.
func Negates(folded string) bool { return negQ.MatchString(folded) }

// whWordRE is a question word of a wh-question.
var whWordRE = regexp.MustCompile(`(?i)\b(what|whats|which|who|whos|whom|whose|when|where|wheres|why|how|hows)\b`)
