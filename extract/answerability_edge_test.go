package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A number a wh-question states must be in the passage ("num_missing") and
// in the sentence itself ("num_missing_own"): a passage that says 1736 in
// another sentence has it, the sentence does not.
func TestFeaturesNumberMissingPassageAgainstSentence(t *testing.T) {
	keys := []keyTerm{{term: "guard", weight: 1, known: true}}
	asked := "what did the guards do in 1736"
	with := candidatesOf("The riot at the fort began in 1736. Guards fled.", nil, map[string]float64{"guard": 1})
	f := features(nil, asked, question.General, question.Form{}, keys, 1, with[1], with)
	if f["num_missing"] != 0 || f["num_missing_own"] != 1 {
		t.Errorf("passage with 1736, sentence without: num_missing=%v num_missing_own=%v, want 0 and 1", f["num_missing"], f["num_missing_own"])
	}
	without := candidatesOf("The riot at the fort began. Guards fled.", nil, map[string]float64{"guard": 1})
	f = features(nil, asked, question.General, question.Form{}, keys, 1, without[1], without)
	if f["num_missing"] != 1 || f["num_missing_own"] != 1 {
		t.Errorf("passage without 1736: num_missing=%v num_missing_own=%v, want 1 and 1", f["num_missing"], f["num_missing_own"])
	}
}

// A question that says "not" is met by a sentence that negates; one that
// doesn't gets the "negated" feature.
func TestFeaturesNegatedOnlyWhenTheSentenceDoesNotNegate(t *testing.T) {
	keys := []keyTerm{{term: "gang", weight: 1, known: true}}
	form := question.Form{Negated: true}
	neg := candidatesOf("The gang did not escape.", map[string]float64{"gang": 1})
	if f := features(nil, "which gang did not escape", question.General, form, keys, 1, neg[0], neg); f["negated"] != 0 {
		t.Errorf("negated = %v for a sentence that says not, want 0", f["negated"])
	}
	pos := candidatesOf("The gang escaped.", map[string]float64{"gang": 1})
	if f := features(nil, "which gang did not escape", question.General, form, keys, 1, pos[0], pos); f["negated"] != 1 {
		t.Errorf("negated = %v for a sentence that doesn't, want 1", f["negated"])
	}
}

// A name the passage lacks counts as name_missing, not as "missing" (a
// common word the passage lacks).
func TestFeaturesMissingNameIsNotAMissingWord(t *testing.T) {
	keys := []keyTerm{{term: "guard", weight: 1, known: true}, {term: "quito", weight: 1, known: true, proper: true}}
	cands := candidatesOf("Guards fled the prison.", map[string]float64{"guard": 1})
	cands[0].context["guard"] = 1
	f := features(nil, "how many guards fled in Quito", question.General, question.Form{}, keys, 2, cands[0], cands)
	if f["missing"] != 0 {
		t.Errorf("missing = %v, want 0: only the name is missing", f["missing"])
	}
	if f["name_missing"] != 1 {
		t.Errorf("name_missing = %v, want 1", f["name_missing"])
	}
}

// In a claim to check ("Lasso is the director of the SNAI, isn't he?") a
// name the passage lacks is the error, not a sign of another story: no
// name_missing. A wh-question with the same name gets it.
func TestFeaturesNoNameMissingInAClaim(t *testing.T) {
	keys := []keyTerm{{term: "director", weight: 1, known: true}, {term: "lasso", weight: 1, known: true, proper: true}}
	cands := candidatesOf("The director of the SNAI resigned.", map[string]float64{"director": 1})
	cands[0].context["director"] = 1
	f := features(nil, "Lasso is the director of the SNAI, isn't he?", question.General, question.Form{}, keys, 2, cands[0], cands)
	if _, ok := f["name_missing"]; ok {
		t.Errorf("claim: name_missing = %v, want none", f["name_missing"])
	}
	f = features(nil, "is Lasso the director of the SNAI", question.General, question.Form{YesNo: true}, keys, 2, cands[0], cands)
	if f["name_missing"] != 1 {
		t.Errorf("yes/no question: name_missing = %v, want 1", f["name_missing"])
	}
	f = features(nil, "who is Lasso", question.General, question.Form{}, keys, 2, cands[0], cands)
	if f["name_missing"] != 1 {
		t.Errorf("wh-question: name_missing = %v, want 1", f["name_missing"])
	}
}

// A sentence that lacks exactly one of four key terms is a near miss:
// near_miss is its own coverage times the missing term's share.
func TestFeaturesNearMissOneOfFourTerms(t *testing.T) {
	keys := []keyTerm{{term: "a", weight: 1, known: true}, {term: "b", weight: 1, known: true}, {term: "c", weight: 1, known: true}, {term: "d", weight: 1, known: true}}
	cands := candidatesOf("One sentence here.", map[string]float64{"a": 1, "b": 1, "c": 1})
	cands[0].own = 0.75
	f := features(nil, "what a b c d", question.General, question.Form{}, keys, 4, cands[0], cands)
	if f["own_miss_n"] != 0.25 || f["own_miss_max"] != 0.25 {
		t.Fatalf("own_miss_n=%v own_miss_max=%v, want 0.25 and 0.25", f["own_miss_n"], f["own_miss_max"])
	}
	if want := 0.75 * 0.25; f["near_miss"] != want {
		t.Errorf("near_miss = %v, want %v", f["near_miss"], want)
	}
	cands[0].covered["c"] = 0 // two of four missing: no near miss
	f = features(nil, "what a b c d", question.General, question.Form{}, keys, 4, cands[0], cands)
	if f["near_miss"] != 0 {
		t.Errorf("two missing: near_miss = %v, want 0", f["near_miss"])
	}
}

// "complete" and own_miss are the sentence's own: a term only its passage
// holds is still missing from it.
func TestFeaturesCompleteIsTheSentenceAlone(t *testing.T) {
	keys := []keyTerm{{term: "guard", weight: 1, known: true}, {term: "soldier", weight: 1, known: true}}
	cands := candidatesOf("Guards fled.", map[string]float64{"guard": 1})
	cands[0].context = map[string]float64{"guard": 1, "soldier": 1}
	f := features(nil, "what did guards and soldiers do", question.General, question.Form{}, keys, 2, cands[0], cands)
	if f["complete"] != 0 || f["own_miss_n"] != 0.25 || f["own_miss_max"] != 0.5 {
		t.Errorf("complete=%v own_miss_n=%v own_miss_max=%v, want 0, 0.25, 0.5: the sentence lacks soldier", f["complete"], f["own_miss_n"], f["own_miss_max"])
	}
}

// A WordNet alternative counts only when the terms hold it.
func TestKeyTermShareAltOnlyWhenPresent(t *testing.T) {
	k := keyTerm{term: "jailbreak", alts: map[string]float64{"escap": wordnetShare}}
	if got := k.share(map[string]bool{"prison": true}); got != 0 {
		t.Errorf("share without the alternative = %v, want 0", got)
	}
	if got := k.share(map[string]bool{"escap": true}); got != wordnetShare {
		t.Errorf("share with the alternative = %v, want %v", got, wordnetShare)
	}
}

// A yes/no hedge says "the stories don't say so" only for a word the
// passage lacks, not one only the sentence lacks.
func TestHedgeNoWhenThePassageLacksAWord(t *testing.T) {
	cands := candidatesOf("Soldiers entered the prison at dawn.")
	cands[0].context["guard"] = 1 // the passage names guards elsewhere
	var a Answer
	hedge(&a, question.Form{YesNo: true}, []keyTerm{{term: "guard", known: true}}, cands[0])
	if !strings.HasPrefix(a.Text, Hedge) {
		t.Errorf("hedge = %q, want it to start %q", a.Text, Hedge)
	}
}

// A key term of exactly missingShare of the question's weight that the
// passage lacks is too much to lack.
func TestLacksKeyTermAtTheShare(t *testing.T) {
	cands := candidatesOf("Guards fled.", map[string]float64{"guard": 1})
	keys := []keyTerm{{term: "guard", weight: 3, known: true}, {term: "kill", weight: 1, known: true}}
	if !lacksKeyTerm(keys, 4, cands[0]) {
		t.Error("lacksKeyTerm = false for a quarter of the weight missing, want true")
	}
	keys[1].weight = 0.9
	if lacksKeyTerm(keys, 3.9, cands[0]) {
		t.Error("lacksKeyTerm = true for less than a quarter missing, want false")
	}
}
