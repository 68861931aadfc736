package ground

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// quotedAsFact: a claim whose words only a quotation of the passage holds
// (the SNAI director's "This operation has been decisive, complied with
// human rights ...") states as fact what someone said: "The operation
// complied with human rights" drops whose claim it is. The claim must say
// who says so ("Rodriguez said", "according to the director", "he
// praised ...") or quote the words as words (a claim's quotation is
// checked as a quotation; its words are no terms of its own here). "" when
// the claim's best sentence, holding half its content terms at least,
// stands outside any quotation or speaks in no speaker's voice (voiceRE),
// or the claim attributes. Its context may say whose words they are, which
// the caller reads: a lead with a colon over a list naming the speaker
// ("Rodriguez made these points:"), a question asking what someone said.
func quotedAsFact(body string, cited []int, ev []evidence) string {
	if attributed(body) {
		return ""
	}
	own := body
	for _, q := range quotations(body) {
		own = strings.Replace(own, q, " ", 1) // words quoted as words
	}
	ct := text.TermSet(own)
	for t := range ct {
		if metaTerms[t] || fillerTerms[t] {
			delete(ct, t)
		}
	}
	if len(ct) < 2 {
		return ""
	}
	best, inside := 0, true
	var said string
	for _, n := range cited {
		e := wholeView(&ev[n-1])
		for i := range e.sents {
			s := &e.sents[i]
			if s.start < 0 || s.end > len(e.raw) || s.start >= s.end {
				continue
			}
			k := 0
			for t := range ct {
				if s.terms[t] || anySynonymIn(s.terms, t) {
					k++
				}
			}
			if k < 2 || k < best {
				continue // no better than the best so far: where it stands is moot
			}
			raw := e.raw[s.start:s.end]
			in := quotedAt(e.raw, s.start) && voiceRE.MatchString(raw)
			if q := quotedPart(raw); !in && q != "" && voiceRE.MatchString(q) {
				// a soundbite after its tag ("told reporters: "This
				// operation complied ..."), when it holds what the
				// sentence shares with the claim
				qt := text.TermSet(q)
				kq := 0
				for t := range ct {
					if qt[t] || anySynonymIn(qt, t) {
						kq++
					}
				}
				in = kq == k
			}
			switch {
			case k > best:
				best, inside, said = k, in, strings.TrimSpace(e.raw[s.start:s.end])
			case k == best && !in:
				inside = false
			}
		}
	}
	if best < 2 || 2*best < len(ct) || !inside {
		return ""
	}
	if r := []rune(said); len(r) > 60 {
		said = string(r[:60]) + "…"
	}
	return fmt.Sprintf("modality: the passage quotes someone saying it (%s); the claim states it as fact", said)
}

// quotedAt reports offset at of raw inside a quotation: the sentence there
// opens with a quotation mark, or one opened at most quoteReach bytes
// before it (after a space or the paragraph's start) is still open in its
// paragraph. A stray mark further back says nothing.
func quotedAt(raw string, at int) bool {
	rest := strings.TrimLeft(raw[at:], " \n")
	if strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "“") {
		return true
	}
	before := raw[:at]
	if i := strings.LastIndex(before, "\n\n"); i >= 0 {
		before = before[i:] // a quotation ends with its paragraph
	}
	open := strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
	last := max(strings.LastIndex(before, `"`), strings.LastIndex(before, "“"))
	return open && last >= 0 && len(before)-last <= quoteReach && (last == 0 || strings.ContainsAny(before[last-1:last], " \n"))
}

// voiceRE finds the words of a speaker's own voice: a quoted sentence
// holding one is a soundbite ("our police and armed forces", "We read the
// lists"), not a fact a quotation mark happens to open ("Sheerin played
// for several Scottish clubs"). "US" in capitals is a country.
var voiceRE = regexp.MustCompile(`\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|Us|[Oo]ur|[Yy]ou|[Yy]our)\b`)

// quotedPart is the quotation inside a sentence that does not open with
// one (from its opening mark to its closing one or the sentence's end),
// or "".
func quotedPart(sentence string) string {
	i := strings.IndexAny(sentence, `"“`)
	if i <= 0 {
		return ""
	}
	rest := sentence[i+1:]
	if j := strings.IndexAny(rest, `"”`); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// quoteReach is how far back a quotation still open may have opened: a
// soundbite of two or three sentences.
const quoteReach = 400

// attributed reports a claim saying whose words it gives: a verb of
// saying ("said", "described"), "according to" (attributes), or a word
// of report or stance ("reportedly", "praised", "credited").
func attributed(body string) bool {
	ws := text.Words(body)
	return speechRE.MatchString(body) || putItRE.MatchString(body) || attributes(ws) || slices.ContainsFunc(ws, func(w string) bool { return standHedges[w] })
}

// putItRE gives words to their speaker without a verb of saying: "Marta
// Vergara put it this way: ...", "in his words".
var putItRE = regexp.MustCompile(`(?i)\bput it\b|\bin (?:his|her|their) (?:own )?words\b`)

// standHedges say a claim is someone's report or stance.
var standHedges = set("reportedly allegedly supposedly claimed claims claiming praised praises credited credits hailed hails insisted insists stressed stresses maintained maintains argued argues view views believes believed considers considered noted")

// namesSomeone reports a lead naming a person: a capitalised word after
// its first (a first word the passages write as a name is the caller's:
// "Rodriguez made these points:"), or a noun of a person ("The SNAI
// director praised the operation:").
func namesSomeone(lead string) bool {
	f := strings.Fields(lead)
	for i, w := range f {
		w = strings.Trim(w, "*_:,.\"'")
		l := strings.ToLower(w)
		if text.StartsUpper(w) && i > 0 || text.IsPersonNoun(l) && stemOf(l) != "" {
			return true
		}
	}
	return false
}
