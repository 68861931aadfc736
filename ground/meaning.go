package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// The rules in this file read what a claim says, not only which words it
// uses. Each runs after the word test has passed, against the claim's
// anchor: the sentences of its cited passages (as scoped: a quoting claim
// sees only its quotes' sentences) that share the most content words with
// it. Each is deterministic and names what it found.

// sentWords is one anchor sentence as folded words in order.
type sentWords []string

// meaning applies the meaning rules to a claim whose words the cited
// passages hold. It returns the rule the claim breaks and why, or "", "".
func meaning(body string, cited []int, ev []evidence) (rule, reason string) {
	cw := text.Words(body)
	if len(cw) == 0 {
		return "", ""
	}
	anchor, all := anchorOf(body, cited, ev)
	for _, r := range meaningRules {
		if reason := r.test(cw, anchor, all); reason != "" {
			return r.name, reason
		}
	}
	return "", ""
}

// meaningRule is one rule: it gets the claim's folded words, the anchor
// sentences and every sentence of the cited passages (as scoped).
type meaningRule struct {
	name string
	test func(claim []string, anchor, all []sentWords) string
}

var meaningRules = []meaningRule{
	{"negation", negationRule},
	{"number", boundNumberRule},
	{"quantifier", quantifierRule},
	{"modality", modalityRule},
	{"link", linkRule},
	{"outcome", outcomeRule},
}

// anchorOf returns the claim's anchor sentences and all sentences of the
// cited passages. The anchor is every sentence sharing at least 60 % of
// the best sentence's count of the claim's content terms (at least one).
func anchorOf(body string, cited []int, ev []evidence) (anchor, all []sentWords) {
	ct := text.TermSet(body)
	type scored struct {
		w sentWords
		n int
	}
	var ss []scored
	best := 0
	for _, c := range cited {
		e := &ev[c-1]
		for i := range e.sents {
			s := &e.sents[i]
			if s.end > len(e.raw) {
				continue
			}
			n := 0
			for t := range ct {
				if s.terms[t] || anySynonymIn(s.terms, t) {
					n++
				}
			}
			w := sentWords(text.Words(e.raw[s.start:s.end]))
			ss = append(ss, scored{w, n})
			all = append(all, w)
			best = max(best, n)
		}
		for _, w := range e.lines {
			n := 0
			for _, x := range w {
				if t := stemOf(x); t != "" && ct[t] {
					n++
				}
			}
			ss = append(ss, scored{w, n})
			all = append(all, w)
			best = max(best, n)
		}
	}
	for _, s := range ss {
		if s.n >= 1 && 10*s.n >= 6*best {
			anchor = append(anchor, s.w)
		}
	}
	return anchor, all
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stemOf is a folded word's term (stemmed), "" for a stop word.
func stemOf(w string) string {
	ts := text.Terms(w)
	if len(ts) == 0 {
		return ""
	}
	return ts[0]
}

// ---- negation and polarity ----

var negCues = set("no not never none nobody nothing neither nor without cannot denied denies deny refused refuses failed fails unable lack lacked")

// isNeg reports a negation cue at words[i]: a cue word, or the "t" of a
// contraction ("didn't" folds to "didn t").
func isNeg(words []string, i int) bool {
	w := words[i]
	if negCues[w] {
		return true
	}
	return w == "t" && i > 0 && strings.HasSuffix(words[i-1], "n")
}

// clauseBreaks end the reach of a negation or a hedge.
var clauseBreaks = set("and but or if while whereas when then so because until unless which who that although though however")

// polarity splits the content terms of a sentence into those under a
// negation (within three words after a cue, in its clause) and the rest.
func polarity(words []string) (neg, pos map[string]bool) {
	neg, pos = map[string]bool{}, map[string]bool{}
	under := 0
	for i := range words {
		if isNeg(words, i) {
			under = 3
			continue
		}
		if clauseBreaks[words[i]] {
			under = 0
		}
		t := stemOf(words[i])
		if under > 0 {
			under--
			if t != "" {
				neg[t] = true
			}
			continue
		}
		if t != "" {
			pos[t] = true
		}
	}
	return neg, pos
}

// negationRule: what the claim negates the anchor states plainly, or what
// the anchor negates the claim states plainly ("no one was hurt" against
// "one civilian was hurt"; "the toll was raised" against "was not raised").
func negationRule(claim []string, anchor, _ []sentWords) string {
	cn, cp := polarity(claim)
	an, ap := map[string]bool{}, map[string]bool{}
	for _, s := range anchor {
		n, p := polarity(s)
		for t := range n {
			an[t] = true
		}
		for t := range p {
			ap[t] = true
		}
	}
	for t := range cn {
		if ap[t] && !an[t] && !cp[t] {
			return fmt.Sprintf("negation: the claim denies %q, which the passage states", t)
		}
	}
	for t := range an {
		if cp[t] && !cn[t] && !ap[t] {
			return fmt.Sprintf("negation: the passage denies %q, which the claim states", t)
		}
	}
	return ""
}

// ---- numbers bound to their nouns, quantities ----

var magnitudes = set("dozens hundreds thousands millions billions scores")

// numberNouns lists the numbers of a text (canonical values; magnitude
// words as themselves) with the content terms that follow each (up to
// two words): "15 prison guards" gives 15 → prison, guard.
func numberNouns(words []string) []numNoun {
	var out []numNoun
	for i := 0; i < len(words); i++ {
		v, n := numberAt(words, i)
		if v == "" {
			continue
		}
		nn := numNoun{val: v}
		for j := i + n; j < len(words) && j < i+n+2; j++ {
			if v2, _ := numberAt(words, j); v2 != "" {
				break
			}
			if t := stemOf(words[j]); t != "" {
				nn.nouns = append(nn.nouns, t)
			}
		}
		out = append(out, nn)
		i += n - 1
	}
	return out
}

type numNoun struct {
	val   string
	nouns []string
}

// numberAt reads a number at words[i]: its value and how many words it
// takes ("thirty one" is 31 in two words); "" when there is none.
func numberAt(words []string, i int) (string, int) {
	if magnitudes[words[i]] {
		return words[i], 1
	}
	single := text.Numbers(words[i])
	if len(single) != 1 {
		return "", 0
	}
	for n := min(3, len(words)-i); n > 1; n-- {
		if ns := text.Numbers(strings.Join(words[i:i+n], " ")); len(ns) == 1 && ns[0] != single[0] {
			return ns[0], n
		}
	}
	return single[0], 1
}

// sharesNoun reports a term in both lists, exactly: near synonyms
// ("staffer", "guard") are what a swap trades.
func sharesNoun(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// boundNumberRule: a number stays with its noun. When the passages give
// the claim's number to other things only, and the claim's noun to another
// number, the claim has swapped them ("15 staffers" where the passage has
// "15 prison guards and 2 other staffers"). Magnitude words count as
// numbers ("thousands of prisoners" where the passage has "thousands of
// soldiers" and "hundreds of prisoners").
func boundNumberRule(claim []string, _, all []sentWords) string {
	var src []numNoun
	for _, s := range all {
		src = append(src, numberNouns(s)...)
	}
	for _, c := range numberNouns(claim) {
		if len(c.nouns) == 0 {
			continue
		}
		same, other := false, ""
		for _, s := range src {
			if !sharesNoun(c.nouns, s.nouns) {
				continue
			}
			if s.val == c.val {
				same = true
			} else if other == "" {
				other = s.val
			}
		}
		if !same && other != "" {
			return fmt.Sprintf("number %q is not said of %q in the passage (%s is)", c.val, c.nouns[0], other)
		}
	}
	return ""
}

// quantifierRule: "all", "every", "most" and their kin claim more than a
// passage that says none of them.
func quantifierRule(claim []string, anchor, _ []sentWords) string {
	classes := []map[string]bool{
		set("all every entire whole everyone everybody everything"),
		set("most majority mostly"),
	}
	for _, cl := range classes {
		q := ""
		for _, w := range claim {
			if cl[w] {
				q = w
				break
			}
		}
		if q == "" || anyIn(anchor, cl) {
			continue
		}
		return fmt.Sprintf("quantifier %q is not in the passage", q)
	}
	return ""
}

func anyIn(ss []sentWords, cl map[string]bool) bool {
	for _, s := range ss {
		for _, w := range s {
			if cl[w] {
				return true
			}
		}
	}
	return false
}

// ---- modality ----

var hedges = set("may might could possibly perhaps likely unlikely probably reportedly allegedly apparently expected expects expect seem seems seemed appear appears appeared suspected believed thought rumored rumoured alleged potential potentially")

// modalityRule: a hedge ("may", "expected to", "reportedly") that the
// anchor puts on what the claim says must stay in the claim: speculation
// is not fact. (A claim that hedges what the passage states says less,
// not more: it passes.)
func modalityRule(claim []string, anchor, _ []sentWords) string {
	for _, w := range claim {
		if hedges[w] {
			return ""
		}
	}
	ct := map[string]bool{}
	for _, w := range claim {
		if t := stemOf(w); t != "" {
			ct[t] = true
		}
	}
	for _, s := range anchor {
		for i, w := range s {
			if !hedges[w] {
				continue
			}
			// What the hedge covers: the next five words of its clause.
			for j := i + 1; j < len(s) && j <= i+5 && !clauseBreaks[s[j]]; j++ {
				if t := stemOf(s[j]); t != "" && ct[t] && !text.IsNumeral(t) {
					return fmt.Sprintf("modality: the passage hedges %q (%q), the claim states it as fact", s[j], w)
				}
			}
		}
	}
	return ""
}

// ---- causal and temporal links ----

var linkClasses = []struct {
	name  string
	words map[string]bool
}{
	{"cause", set("because due caused causes causing led prompted prompting sparked triggered retaliation response resulted consequence owing blamed")},
	{"time", set("after following later afterwards")},
}

// linkEvidence are the words that draw a link of each kind in a passage.
var linkEvidence = map[string]map[string]bool{
	"cause": linkClasses[0].words,
	"time":  set("after before following later afterwards earlier prior until then since when while subsequently"),
}

// linkRule: a cause or a time order the claim draws ("in retaliation
// for", "after") must be drawn in its anchor sentences too, by a word of
// the same kind.
func linkRule(claim []string, anchor, _ []sentWords) string {
	for _, lc := range linkClasses {
		cw := ""
		for _, w := range claim {
			if lc.words[w] {
				cw = w
				break
			}
		}
		if cw == "" || anyIn(anchor, linkEvidence[lc.name]) {
			continue
		}
		return fmt.Sprintf("link: the claim says %q, the passage draws no %s link", cw, lc.name)
	}
	return ""
}

// ---- outcomes and actions ----

// outcomeVerbs are deeds and outcomes a claim may not add: their lemma, a
// synonym or a derived word must be in the passage.
var outcomeVerbs = set(`release free escape flee resign quit retire retake recapture capture seize storm arrest detain
	kill die murder execute shoot stab injure wound hurt convict sentence acquit fire dismiss sack elect win lose defeat
	rescue charge indict ban close evacuate surrender impeach deport extradite jail imprison suspend cancel approve reject
	veto ratify sign bomb explode collapse crash`)

// outcomeRule: an outcome or action the claim states (released, escaped,
// resigned, retook) must be one the passage holds.
func outcomeRule(claim []string, _, all []sentWords) string {
	var have map[string]bool
	for _, w := range claim {
		l := text.Lemma(w)
		if !outcomeVerbs[l] {
			continue
		}
		if have == nil {
			have = map[string]bool{}
			for _, s := range all {
				for _, sw := range s {
					have[text.Lemma(sw)] = true
					have[sw] = true
				}
			}
		}
		if have[l] || have[w] || anyListed(have, text.Synonyms(l)) || anyListed(have, text.Related(l)) {
			continue
		}
		return fmt.Sprintf("outcome %q is not in the passage", w)
	}
	return ""
}

func anyListed(have map[string]bool, ws []string) bool {
	for _, w := range ws {
		if have[w] {
			return true
		}
	}
	return false
}
