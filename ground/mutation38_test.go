package ground

// Mutation testing of the claim rules (session 38). Each mutant was one
// planted single-point bug, run against `go test ./ground` and then taken
// out again. "killed" means the suite as it stood failed on it; a
// survivor names the test below that now fails on it and passes on the
// code as written.
//
//	M01 attempt.go:16          attemptAt reach k >= i-3 -> k >= i-2                  survived; TestMutation38AttemptCueThreeWordsBefore
//	M02 attempt.go:37          tried lemmas reach k <= j+3 -> k <= j+2               survived; TestMutation38AttemptCueThreeWordsBefore
//	M03 attempt.go:50          drop irrealisAt(claim, i) from the skips              survived; TestMutation38AttemptUnderACondition
//	M04 counted_outcome.go:30  outcome reach j < i+n+5 -> j < i+n+4                  survived; TestMutation38CountedOutcomeFifthWord
//	M05 counted_outcome.go:70  "they" dropped from anaphoricOpen                     killed
//	M06 counted_outcome.go:60  "to" dropped from countBreaks                         survived; TestMutation38CountedOutcomeStopsAtTo
//	M07 time_link.go:162       half: 2*n >= len -> 2*n > len                         killed
//	M08 time_link.go:72        sideWidth 4 -> 3                                      survived; TestMutation38TimeLinkFourWordSide
//	M09 time_link.go:173       drop "v[k] && own[k+1]" (event then effect in turn)   killed
//	M10 time_link.go:198       len(effect) >= 2 -> > 2                               killed
//	M11 time_link.go:63        "name" dropped from afterIdioms                       survived; TestMutation38NamedAfterIsNoLink
//	M12 identity.go:138        heldNear j <= i+reach -> j < i+reach                  killed
//	M13 identity.go:23         "who" dropped from descriptionEnd                     killed
//	M14 identity.go:85         identityBackRE check reach 0 -> NameReach             killed
//	M15 identity.go:89         len(name words) > 1 -> > 2 before the identity skip   survived; no test: seven probes (a described name followed in the same claim by "X Y is the ...") decided the same on both
//	M16 pledge.go:26           "it" dropped from pronounObjects                      killed
//	M17 pledge.go:18           "after" dropped from pledgeEndRE                      killed
//	M18 pledge.go:84           best < MinContentShare -> <=                          survived; no test: equivalent in practice (a share of exactly 0.55 needs a pledge of 8 content words, 2 held as written and 3 by lemma, inside 80 characters)
//	M19 pledge.go:14           "vowed" dropped from pledgeRE                         killed
//	M20 spanish.go:90          "ningún" dropped from esNegation                      survived; TestMutation38SpanishNingunDenies
//	M21 spanish.go:32          spanishClaim es >= 2 -> es >= 1                       killed
//	M22 spanish.go:559         cognateIn stem len < 3 -> < 4                         survived; TestMutation38SpanishCognateOfThreeLetterStem
//	M23 spanish.go:101         "quedaron" dropped from esCopula                      survived; TestMutation38SpanishQuedaronIsWere
//	M24 quote_actor.go:37      drop stemOf(subject[0]) == "" (no person)             killed
//	M25 quote_actor.go:125     definiteHead reach a >= k-3 -> a >= k-2               killed
//	M26 quote_actor.go:111     "government" dropped from generalDoers                killed
//	M27 quote_actor.go:214     name just before: fa || fb -> fa && fb                survived; TestMutation38QuotedDeedSurnameJustBefore
//	M28 meaning.go:2111        exclusiveRule: drop the "if only" skip                survived; TestMutation38IfOnlyIsNoExclusive
//	M29 meaning.go:2173        conditionNear j <= i+4 -> j <= i+3                    killed
//	M30 meaning.go:1987        bigCount f >= 100 -> f > 100                          killed
//	M31 meaning.go:2615        hedge covers n < 5 words -> n < 4                     killed
//	M32 meaning.go:2554        "never" dropped after "could" in hedgeAt              survived; TestMutation38CouldNeverIsNoHedge
//	M33 meaning.go:3405        resultOf past test != -> ==                           killed
//	M34 meaning.go:1478        "almost" dropped from upperBounds                     survived; TestMutation38AlmostAgainstMoreThan
//	M35 meaning.go:2093        attributive: drop the linkVerbs check                 killed
//	M36 support.go:2757        nearOf d <= NearShare*w -> d < NearShare*w            killed
//	M37 support.go:2448        changeReach 5 -> 4                                    survived; TestMutation38ChangeFiveWordsApart
//	M38 support.go:933         anyNameNear j <= i+1 -> j <= i                        killed
//
// 38 mutants: 21 killed by the suite as it stood, 17 survived; the tests
// below kill 15 of the 17 (M15 and M18 have no test, see above).
//
// Open (the code as written decides wrongly; the cases are skipped
// below): a count's outcome past "to" or "and"
// (TestMutation38OpenCountedOutcomePastToOrAnd), an attempt cue more than
// three words before its verb (TestMutation38OpenAttemptCueFarther; mended
// in the same session: a cue before the "to" of its verb) and a
// quoting claim whose person the sentence before the quote names
// (TestMutation38OpenQuotedDeedNameInSentenceBefore).

import "testing"

// An attempt cue three words before its verb still makes it an attempt:
// "tried repeatedly to retake" is no retaking (M01: the passage's own
// "retake" read as done; M02: "retake" never read as tried).
func TestMutation38AttemptCueThreeWordsBefore(t *testing.T) {
	const p = "Soldiers tried repeatedly to retake the prison on Monday."
	wantReasons(t, p, "What happened?", map[string]string{
		"Soldiers retook the prison on Monday [1].":                     `outcome: the passage has "retake" only as an attempt`,
		"Soldiers tried repeatedly to retake the prison on Monday [1].": "",
	})
}

// A claim's verb under a condition ("until the army retakes the prison")
// states no outcome: it says what the passage's "until the army's attempt
// to retake the prison succeeds" says (M03). Stated as done, it is the
// attempt rule's.
func TestMutation38AttemptUnderACondition(t *testing.T) {
	const p = "The curfew will stay in place until the army's attempt to retake the prison succeeds."
	wantReasons(t, p, "What happened?", map[string]string{
		"The curfew will stay in place until the army retakes the prison [1].": "",
		"The army retook the prison [1].":                                      `outcome: the passage has "retake" only as an attempt`,
	})
}

// The outcome of a count may stand five words after it ("14 inmates of
// the prison died"): the 14 were taken to hospital, the deaths are the
// riot's (M04).
func TestMutation38CountedOutcomeFifthWord(t *testing.T) {
	const p = "At least 14 inmates of the prison were taken to hospital. The death toll from the riot rose to 31."
	wantReasons(t, p, "What happened?", map[string]string{
		"14 inmates of the prison died [1].":                   `outcome: the passage does not say "died" of the 14`,
		"14 inmates of the prison were taken to hospital [1].": "",
	})
}

// "to" ends what a count did: "flew 300 soldiers to Manta; police
// arrested 12 gang members" gives the arrests to the police, not to the
// 300 (M06).
func TestMutation38CountedOutcomeStopsAtTo(t *testing.T) {
	const p = "The army flew 300 soldiers to Manta on Monday. Police arrested 12 gang members in Manta on Tuesday."
	wantReasons(t, p, "What happened?", map[string]string{
		"The army flew 300 soldiers to Manta; police arrested 12 gang members there [1].": "",
	})
}

// Each side of "after" is read on its four content words nearest to it:
// "called an indefinite nationwide strike" has "called" and "strike" in
// the sentence that links the strike to the killings, which is the link
// the claim draws, while its last three words alone are held together
// only by a sentence two away (M08).
func TestMutation38TimeLinkFourWordSide(t *testing.T) {
	const p = "The union called the strike after two dockworkers were killed in March. Talks with the operator broke down on Tuesday. The strike is indefinite and nationwide, the union said."
	wantReasons(t, p, "What happened?", map[string]string{
		"The union called an indefinite nationwide strike after two dockworkers were killed in March [1].": "",
	})
}

// "named after" is an idiom, no order of two events, even where the ship
// and the admiral stand in sentences apart (M11).
func TestMutation38NamedAfterIsNoLink(t *testing.T) {
	const p = "The navy's new research vessel was launched on Friday in Norfolk. Its crew of 40 will map the seabed off Virginia. The ship honours Admiral Grace Hopper, a pioneer of computing."
	wantReasons(t, p, "What happened?", map[string]string{
		"The new research vessel was named after Admiral Grace Hopper [1].": "",
	})
}

// "Ningún recluso escapó" is "no inmate escaped", not the dictionary's
// "any inmate escaped": it denies the escape of two the passage tells
// (M20).
func TestMutation38SpanishNingunDenies(t *testing.T) {
	skipWithoutSpanish(t)
	const p = "Two inmates escaped during the riot at the Litoral prison on Monday."
	wantReasons(t, p, "¿Qué pasó en la cárcel?", map[string]string{
		"Ningún recluso escapó durante el motín [1].":  "negation",
		"Dos reclusos escaparon durante el motín [1].": "",
	})
}

// A cognate of a three-letter stem ("locales": local) is the passage's
// word, not the dictionary's "venue" (M22).
func TestMutation38SpanishCognateOfThreeLetterStem(t *testing.T) {
	skipWithoutSpanish(t)
	const p = "Local authorities evacuated 200 families on Monday."
	wantReasons(t, p, "¿Quién evacuó a las familias?", map[string]string{
		"Las autoridades locales [1].": "",
	})
}

// "quedaron liberados" is "were released", an outcome the passage (moved
// to another prison) does not hold; not "remain released", which no
// outcome reading sees (M23).
func TestMutation38SpanishQuedaronIsWere(t *testing.T) {
	skipWithoutSpanish(t)
	const p = "Twelve inmates were moved to another prison after the riot."
	wantReasons(t, p, "¿Qué pasó con los reclusos?", map[string]string{
		"Doce reclusos quedaron liberados tras el motín [1].": "outcome",
	})
}

// The doer of a quoted deed named just before by one of the claim's two
// name words ("Rodriguez is the general director", the claim's "Guillermo
// Rodriguez") is the one the quote's sentence calls "the SNAI director":
// no other doer (M27). The attorney general's deed given to Rodriguez is
// still caught.
func TestMutation38QuotedDeedSurnameJustBefore(t *testing.T) {
	const claim = `As general director of the SNAI [1], Guillermo Rodriguez raised the death toll from the violence from 18 to 31 on Tuesday [1: "raised the death toll from the violence from 18 to 31"].`
	wantReasons(t, "Guillermo Rodriguez spoke to reporters in Quito. Rodriguez is the general director of the SNAI. On Tuesday, the SNAI director raised the death toll from the violence from 18 to 31.", "What happened?", map[string]string{
		claim: "",
	})
	wantReasons(t, "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of the SNAI.", "What happened?", map[string]string{
		claim: "who: the claim gives Guillermo Rodriguez the deed its quote's sentence gives another",
	})
}

// "if only" wishes; it restricts no list (M28).
func TestMutation38IfOnlyIsNoExclusive(t *testing.T) {
	const p = "Residents said the bridge would have survived if repairs had been made in time."
	wantReasons(t, p, "What happened?", map[string]string{
		"Residents said the bridge would have survived if only repairs had been made in time [1].": "",
	})
}

// "could never confirm" says it was never confirmed: no speculation
// (M32).
func TestMutation38CouldNeverIsNoHedge(t *testing.T) {
	const p = "Investigators could never confirm the cause of the fire, which destroyed the market."
	wantReasons(t, p, "What happened?", map[string]string{
		"Investigators never confirmed the cause of the fire [1].": "",
	})
}

// "almost 40" puts the count below the "more than 40" the passage gives
// (M34).
func TestMutation38AlmostAgainstMoreThan(t *testing.T) {
	const p = "More than 40 cargo ships waited off the coast."
	wantReasons(t, p, "What happened?", map[string]string{
		"Almost 40 cargo ships waited off the coast [1].":    "number: the claim puts the count below 40",
		"More than 40 cargo ships waited off the coast [1].": "",
	})
}

// A change's "to" may stand five words from its "from", either way round
// ("from 18 on Monday night to 31", "to 31 on Tuesday morning from 18"):
// old and new toll add up to nothing (M37).
func TestMutation38ChangeFiveWordsApart(t *testing.T) {
	for _, p := range []string{
		"Attorney General Diana Salazar said the death toll in the riot rose from 18 on Monday night to 31 on Tuesday.",
		"Attorney General Diana Salazar raised the death toll in the riot to 31 on Tuesday morning from 18.",
	} {
		wantReasons(t, p, "What was the death toll?", map[string]string{
			"The death toll in the riot reached 49 in total [1].": `number "49"`,
		})
	}
}

// Open: an outcome told of a count past "to" or "and" is not read as the
// count's. "14 inmates taken to hospital died" and "were taken to
// hospital and died" give the 14 deaths the passage does not; both are
// kept.
func TestMutation38OpenCountedOutcomePastToOrAnd(t *testing.T) {
	t.Skip(`open: countedOutcomeRule stops at "to" and "and" (countBreaks), so "14 inmates taken to hospital died [1]" and "14 inmates were taken to hospital and died [1]" are kept (want outcome) where the passage only has them taken to hospital`)
	const p = "At least 14 inmates were taken to hospital. The death toll from the riot rose to 31."
	wantReasons(t, p, "What happened?", map[string]string{
		"14 inmates taken to hospital died [1].":          "outcome",
		"14 inmates were taken to hospital and died [1].": "outcome",
	})
}

// Found open, mended in the same session: an attempt cue four words
// before its verb ("tried and failed to retake", "attempted on Monday to
// retake") was out of the rule's reach, so the retaking the passage
// denies was kept as done.
func TestMutation38OpenAttemptCueFarther(t *testing.T) {
	// mended in the thirty-eighth session: a cue before the "to" of its verb
	for _, p := range []string{
		"Soldiers tried and failed to retake the prison on Monday.",
		"Soldiers attempted on Monday to retake the prison.",
	} {
		wantReasons(t, p, "What happened?", map[string]string{
			"Soldiers retook the prison on Monday [1].": "outcome",
		})
	}
}

// Open: a claim quoting the deed's sentence ("the SNAI director raised
// ...") is cut for a name the sentence before gives ("Guillermo Rodriguez
// is the general director of the SNAI"), with a reason that says the name
// is not in the passage at all. Kept when the claim repeats the title
// (TestReview13Second, "F8 role then name").
func TestMutation38OpenQuotedDeedNameInSentenceBefore(t *testing.T) {
	t.Skip(`open: cut with "name \"Rodriguez\" is not in passage 1" (want kept): the quote's view holds only its own sentence, and the name is in the one before`)
	const p = "Guillermo Rodriguez is the general director of the SNAI. On Tuesday, the SNAI director raised the death toll from the violence from 18 to 31."
	wantReasons(t, p, "What happened?", map[string]string{
		`Guillermo Rodriguez raised the death toll from the violence from 18 to 31 on Tuesday [1: "raised the death toll from the violence from 18 to 31"].`: "",
	})
}
