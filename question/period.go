package question

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// OverPeriod reports a sentence that counts over a stretch of time: "more
// than 400 inmates have died in prison clashes in the past two years",
// "at least 30 mayors have been killed since 2018". Such a total is no
// answer to how many died in one event ("how many died in the quito prison
// riot"), unless the question asks over a stretch of time itself
// (AsksOverPeriod).
//
// The stretch must follow a number in the same clause, or be tallied by
// the clause after it ("violence that has surged since 2021, claiming the
// lives of hundreds of prisoners"): in "the scene of several massacres
// since 2021, including one in which 119 inmates were killed" the 119
// died in one of them.
//
// Nor is a stretch that qualifies a superlative a total: "12 inmates died
// in the worst riot in the past two years", "one of the deadliest in the
// past two years" ("one of" is no count).
func OverPeriod(txt string) bool {
	f := text.Fold(txt)
	if inCustody.MatchString(f) {
		return true
	}
	for _, m := range periodWords.FindAllStringIndex(f, -1) {
		start := strings.LastIndexAny(f[:m[0]], ",;:()") + 1
		clause := notCounts.ReplaceAllString(f[start:m[0]], " ")
		if clauseNumber.MatchString(clause) && !superlative(clause) {
			return true
		}
		if t := periodTally.FindStringSubmatch(f[m[1]:]); t != nil && t[1] != "including" && clauseNumber.MatchString(notCounts.ReplaceAllString(t[0], " ")) {
			return true
		}
	}
	return false
}

// periodTally is the clause right after a stretch of time that tallies it
// with a participle: "violence that has surged since 2021, claiming the
// lives of hundreds of prisoners", "since 2018, leaving 30 dead" (not
// "including one in which 119 inmates were killed": one of them).
var periodTally = regexp.MustCompile(`^\s*,\s*([a-z]+ing)\b[^,;:()]*`)

// notCounts are words that say no count or no superlative: the partitive
// "one of", and "at least" / "at most" of a quantity.
var notCounts = regexp.MustCompile(`\bone of\b|\bat (least|most)\b`)

// superlative reports a superlative among the words of folded text:
// "worst", "deadliest", "largest", "most" (a word in -est whose base form
// differs, so not "arrest" or "protest").
func superlative(f string) bool {
	for _, w := range strings.Fields(f) {
		w = strings.Trim(w, ".,;:!?\"'")
		if w == "most" || w == "least" || (w == "worst" || w == "best" || strings.HasSuffix(w, "est")) && text.Lemma(w) != w {
			return true
		}
	}
	return false
}

// clauseNumber is a count in a clause: digits or a number word.
var clauseNumber = regexp.MustCompile(`\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b`)

// AsksOverPeriod reports a question that asks for a total over a stretch
// of time: "since 2021", "in the past two years", "so far", "in total",
// "in recent years".
func AsksOverPeriod(q string) bool {
	f := text.Fold(q)
	return periodWords.MatchString(f) || periodAsked.MatchString(f)
}

var (
	// inCustody is a count of deaths in custody in the perfect: a tally
	// kept over the time people are held, no event ("at least 100
	// prisoners have died in custody").
	inCustody   = regexp.MustCompile(`\b(?:\d[\d,]*|[a-z]+) (?:[a-z]+ )?(?:have|has) (?:died|been killed) in (?:custody|detention|prison|jail)\b`)
	periodWords = regexp.MustCompile(`\b(in|over|during|for) the (past|last|previous) (\w+ )?(years?|months?|weeks?|decades?)\b|\bsince (the )?(early |late |mid-)?(1[0-9]|20)\d\ds?\b|\bsince (january|february|march|april|may|june|july|august|september|october|november|december)\b|\bso far this (year|month)\b|\bin recent (years|months)\b`)
	periodAsked = regexp.MustCompile(`\bsince\b|\bin (?:custody|detention)\b|\bso far\b|\bin total\b|\baltogether\b|\bin (all|recent) (the )?(years|months)\b|\b(have|has|had|was|were) ever\b`)
)
