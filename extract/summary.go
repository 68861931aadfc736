package extract

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/story"
)

// Summaries: "tldr", "what happened", "summarize", "what is this story
// about", "gist". The lead of the story and its most central sentences,
// each cited.

var summaryQ = regexp.MustCompile(`\b(tl;? ?dr|tldr|summary|summari[sz]e|summari[sz]ing|sum (it |this |that |the \S+ )?up|gist|recap|overview|in short|in a nutshell|short version|main points?|key points?|what happened|what'?s happening|what is happening|what'?s going on|what is going on|what'?s (this|the|that) (story|article|news|piece) about|what is (this|the|that) (story|article|news|piece) about|what'?s the (story|news)|what is the (story|news)|what are the stories about|what is it about|what'?s it about|explain (the|this) (story|article|news)|fill me in|catch me up|break it down)\b`)

// summaryWords are the words of a summary request; what is left of a
// question after them points at the story to summarise.
var summaryWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`tl dr tldr summary summarize summarise summarizing summarising sum up gist recap
		overview short nutshell version main key point points happened happen happening going story stories article
		articles news piece explain break down fill catch line lines sentence sentences brief briefly quick quickly
		like couple few please give me this that the it about what whats is are on in of eli5 simple shorter`) {
		m[w] = true
		for _, t := range text.Terms(w) {
			m[t] = true
		}
	}
	return m
}()

// isSummaryRequest reports a request for a summary: the wording of one,
// and no topic beyond the name of a story ("what happened in
// Esmeraldas" asks about Esmeraldas, not for a summary).
func isSummaryRequest(ix Index, q string) bool {
	f := text.Fold(q)
	if !summaryQ.MatchString(f) {
		return false
	}
	_, rest := summaryTopic(f)
	return rest == ""
}

// explicitSummaryQ is a request that can only mean a summary, whatever
// follows it ("summarize the japan story"), unlike "what happened in X".
var explicitSummaryQ = regexp.MustCompile(`\b(tl;? ?dr|tldr|summary|summari[sz]e|sum (it |this |that |the \S+ )?up|gist|recap|overview|(story|article) about)\b`)

// summaryOfStory is the story a summary request names by the words of its
// title ("summarize the japan story", "tldr of the quito riot"), or nil:
// every word left after the request's own must be in one story's title.
func summaryOfStory(ix Index, q string) *story.Story {
	f := text.Fold(q)
	if !explicitSummaryQ.MatchString(f) {
		return nil
	}
	_, rest := summaryTopic(f)
	want := text.TermSet(rest)
	if len(want) == 0 {
		return nil
	}
	best, n := bestByTerms(listed(ix), want, func(s *story.Story) string { return s.Title })
	if n < len(want) {
		return nil
	}
	return best
}

// summaryTopic splits a summary request into its summary words and what
// is left ("", or the words pointing at a story).
func summaryTopic(folded string) (words, rest string) {
	var left []string
	for _, w := range text.Words(formatRE.ReplaceAllString(purposeRE.ReplaceAllString(folded, " "), " ")) {
		if !summaryWords[w] && len(text.Terms(w)) > 0 && !text.IsNumeral(w) {
			left = append(left, w)
		}
	}
	return folded, strings.Join(left, " ")
}

// purposeRE is what a summary is for ("for the pinned post", "for the
// group chat", "for my class"), no word of its topic: the people it is for
// only after "my", "our" or "your" ("for the missing students", "for the
// England team" are topics), the places it goes to after "the" or "a";
// "for the japan story" names one. formatRE is its form ("2 sentences
// max", "in 50 words or fewer", "bullet points", "keep it short").
var (
	purposeRE = regexp.MustCompile(`\bfor\s+(?:(?:my|our|your)\s+(?:[\p{L}']+\s+){0,2}(?:class|group|chat|friends?|team|students?|readers?|boss|mom|mum|dad|kids?|family|colleagues|followers|subscribers|notes)|(?:the|a|an|this|my|our|your)\s+(?:[\p{L}']+\s+){0,2}(?:post|thread|chat|channel|newsletter|tweet|notes))\b`)
	formatRE  = regexp.MustCompile(`\b(?:in\s+)?(?:\d+|one|two|three|four|five|a\s+few|few|a\s+couple(?:\s+of)?)\s+(?:sentences?|lines?|words?|bullets?|bullet\s+points?|paragraphs?|points?)(?:\s+(?:max|maximum|tops|at\s+most|or\s+(?:less|fewer)))?\b|\b(?:in\s+)?bullet\s+points?\b|\bkeep\s+it\s+(?:short|brief|simple)\b|\b(?:max|maximum)\b`)
)

// summaryOfNothing reports a summary request ("summary banana",
// "summarize the banana story") whose topic words no story uses, and that
// topic: no story matches it.
func summaryOfNothing(ix Index, q string) (string, bool) {
	f := text.Fold(q)
	if !explicitSummaryQ.MatchString(f) {
		return "", false
	}
	_, rest := summaryTopic(f)
	ts := text.Terms(rest)
	if len(ts) == 0 {
		return "", false
	}
	for _, t := range ts {
		if ix.DocFreq(t) > 0 {
			return "", false
		}
	}
	return rest, true
}

// summarize answers a summary request asked as a question.
func summarize(ix Index, q string, ans *Answer) {
	stories := ix.Stories()
	var st *story.Story
	switch {
	case len(stories) == 1:
		st = &stories[0]
	case len(ans.Passages) > 0 && topicOf(q) != "":
		st = StoryOf(ix, ans.Passages[0].Source)
	}
	if st == nil {
		ListStories(ix, ans)
		return
	}
	SummarizeStory(ix, st, ans)
}

func topicOf(q string) string {
	_, rest := summaryTopic(text.Fold(q))
	return rest
}

// StoryOf is the story with that source name, or nil.
func StoryOf(ix Index, source string) *story.Story {
	stories := ix.Stories()
	for i := range stories {
		if stories[i].Source == source {
			return &stories[i]
		}
	}
	return nil
}

// listed are the stories a list shows, numbered from 1 in this order:
// every story with a sentence to cite.
func listed(ix Index) []*story.Story {
	stories := ix.Stories()
	var out []*story.Story
	for i := range stories {
		if len(storySentences(ix, &stories[i])) > 0 {
			out = append(out, &stories[i])
		}
	}
	return out
}

// PickStory finds the story a summary is asked for, by what the asker gave:
// its number in the list ("2"), its source name or a prefix of it
// ("000_ed2b"), the words of its title ("northern italy"), else the words
// of its text, the story holding the most of them. It returns nil when
// about is empty and there are several stories, or when no story holds any
// of its words.
func PickStory(ix Index, about string) *story.Story {
	about = strings.TrimSpace(about)
	all := listed(ix)
	if about == "" {
		if len(all) == 1 {
			return all[0]
		}
		return nil
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(about, "#")); err == nil {
		if n >= 1 && n <= len(all) {
			return all[n-1]
		}
		return nil
	}
	for _, s := range all {
		if s.Source == about || strings.TrimSuffix(s.Source, ".txt") == about || strings.HasPrefix(s.Source, about) {
			return s
		}
	}
	want := text.TermSet(about)
	if len(want) == 0 {
		return nil
	}
	// The title first: a title word is what people call a story by.
	best, bestN := bestByTerms(all, want, func(s *story.Story) string { return s.Title })
	if bestN*2 >= len(want) {
		return best
	}
	best, bestN = bestByTerms(all, want, func(s *story.Story) string { return s.Text })
	if bestN == 0 {
		return nil
	}
	return best
}

// bestByTerms is the story whose part (title, text) holds the most of the
// wanted terms, the first on a tie, and how many it holds.
func bestByTerms(all []*story.Story, want map[string]bool, part func(*story.Story) string) (*story.Story, int) {
	var best *story.Story
	bestN := 0
	for _, s := range all {
		have := text.TermSet(part(s))
		n := 0
		for t := range want {
			if have[t] {
				n++
			}
		}
		if n > bestN {
			best, bestN = s, n
		}
	}
	return best, bestN
}

// NoMatch answers a summary asked of a story none matches: it says so and
// lists the stories.
func NoMatch(ix Index, about string, ans *Answer) {
	ListStories(ix, ans)
	ans.Text = strings.Replace(ans.Text, "Which story? The stories are:", fmt.Sprintf("No story matches %q. The stories are:", about), 1)
	ans.Abstained = true
}

// ListStories answers with one line per story, its lead cited.
func ListStories(ix Index, ans *Answer) {
	var sb strings.Builder
	sb.WriteString("Which story? The stories are:")
	for _, s := range listed(ix) {
		sents := storySentences(ix, s)
		n := len(ans.Citations) + 1
		c := citeStory(n, s, sents[0])
		ans.Citations = append(ans.Citations, c)
		date := ""
		if s.Date != "" {
			date = " (" + s.Date + ")"
		}
		fmt.Fprintf(&sb, "\n%d. %s%s [%d]", n, story.Clean(c.Quote), date, n)
	}
	ans.Text = sb.String()
}

// placeWithin is how far into a story the sentence saying where it
// happened is looked for, when the lead does not say.
const placeWithin = 4

// MaxSummarySentences bounds a summary: the lead and up to three more.
const MaxSummarySentences = 4

// SummarizeStory writes the lead and the story's most central sentences
// (those sharing the most rare words with the rest of the story), in story
// order, each cited.
func SummarizeStory(ix Index, s *story.Story, ans *Answer) {
	sents := storySentences(ix, s)
	if len(sents) == 0 {
		ans.Text, ans.Abstained = cite.NotFound, true
		return
	}
	vecs := make([]map[string]float64, len(sents))
	for i, sp := range sents {
		v := map[string]float64{}
		for _, t := range text.Terms(s.Text[sp.Start:sp.End]) {
			v[t] += ix.IDF(t)
		}
		var norm float64
		for _, x := range v {
			norm += x * x
		}
		for t := range v {
			v[t] /= math.Sqrt(norm) + 1e-9
		}
		vecs[i] = v
	}
	type scored struct {
		i     int
		score float64
	}
	var cands []scored
	for i := range sents {
		txt := strings.TrimSpace(s.Text[sents[i].Start:sents[i].End])
		if i == 0 || !summarizable(txt) {
			continue
		}
		var c float64
		for j := range sents {
			if j != i {
				for t, x := range vecs[i] {
					c += x * vecs[j][t]
				}
			}
		}
		// A news story puts its facts first (the inverted pyramid): the
		// later a sentence, the more central it must be to be chosen.
		cands = append(cands, scored{i, c / (1 + 0.15*float64(i))})
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	pick := []int{0}
	size := MaxSummarySentences - 1 // a short story: the lead and two more
	if len(sents) >= 10 {
		size = MaxSummarySentences
	}
	// Where it happened belongs in a summary: the first sentence soon after
	// the lead that names a place the lead doesn't ("at the Penitenciaria
	// del Litoral in the city of Guayaquil" after "a rioting prison in
	// Ecuador") is taken.
	lead := text.TermSet(s.Text[sents[0].Start:sents[0].End])
	for i := 1; i < min(len(sents), placeWithin); i++ {
		txt := strings.TrimSpace(s.Text[sents[i].Start:sents[i].End])
		if summarizable(txt) && question.Place.In(txt, "") && namesBeyond(txt, lead) {
			pick = append(pick, i)
			break
		}
	}
	for _, c := range cands {
		if len(pick) == size {
			break
		}
		if !slices.Contains(pick, c.i) {
			pick = append(pick, c.i)
		}
	}
	sort.Ints(pick)
	var sb strings.Builder
	for k, i := range pick {
		if k > 0 {
			sb.WriteByte(' ')
		}
		c := citeStory(k+1, s, sents[i])
		ans.Citations = append(ans.Citations, c)
		fmt.Fprintf(&sb, "%s [%d]", story.Clean(c.Quote), k+1)
	}
	ans.Text = sb.String()
}

// namesBeyond reports a capitalised word of txt, past its first, that the
// lead's terms lack: a name the lead did not give.
func namesBeyond(txt string, lead map[string]bool) bool {
	for i, w := range strings.Fields(txt) {
		if i == 0 || !startsUpper(w) {
			continue
		}
		for _, t := range text.Terms(w) {
			if !lead[t] {
				return true
			}
		}
	}
	return false
}

// summarizable: a sentence that reads on its own in a summary: not a
// speaker line, a soundbite tag, a bare quotation, or planted text.
func summarizable(txt string) bool {
	switch {
	case strings.HasSuffix(txt, ":"), strings.HasPrefix(txt, "("), strings.HasPrefix(txt, "\""), strings.HasPrefix(txt, "“"), quoteTail(txt):
		return false
	case text.IsInstruction(txt):
		return false
	}
	return len(strings.Fields(txt)) >= 5
}

// storySentences are the story's sentences in order, from its chunks.
func storySentences(ix Index, s *story.Story) []story.Span {
	seen := map[story.Span]bool{}
	var out []story.Span
	stories := ix.Stories()
	for _, c := range ix.Chunks() {
		if stories[c.Story].Source != s.Source {
			continue
		}
		for _, sp := range c.Sentences {
			if !seen[sp] && !text.IsInstruction(s.Text[sp.Start:sp.End]) {
				seen[sp] = true
				out = append(out, sp)
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func citeStory(n int, s *story.Story, sp story.Span) cite.Citation {
	return cite.Citation{N: n, Source: s.Source, Title: s.Title, Date: s.Date, Start: sp.Start, End: sp.End, Quote: s.Text[sp.Start:sp.End]}
}

// NamedStory is the source of the story the question names, to read whole
// when its passages ranked do not answer ("how many people died in the
// guayaquil prison riot" names the Litoral's story, though another story's
// toll sentence ranks first): the first ranked passage's story that holds
// every name of the question (its proper key terms the stories use), else
// the one story of the corpus that holds them all ("how many people died
// in Secocha", a town only the Arequipa landslide story names, when none
// of its passages ranked). It is ranked[0]'s source when the question
// names nothing or no one story holds it all.
func NamedStory(ix Index, voc *question.Vocabulary, asked string, ranked []cite.Passage) string {
	if len(ranked) == 0 {
		return ""
	}
	var names []string
	for _, k := range keyTerms(ix, voc, asked) {
		if k.proper && k.known && !text.IsTimeWord(k.term) {
			// (a month or a day is no name of a story: "the quito prison
			// riot back in march")
			names = append(names, k.term)
		}
	}
	if len(names) == 0 {
		return ranked[0].Source
	}
	holds := func(s *story.Story) bool {
		terms := textTerms(s.Text)
		return !slices.ContainsFunc(names, func(n string) bool { return !terms[n] })
	}
	for _, p := range ranked {
		if s := StoryOf(ix, p.Source); s != nil && holds(s) {
			return p.Source
		}
	}
	only := ""
	for i, s := range ix.Stories() {
		if holds(&ix.Stories()[i]) {
			if only != "" {
				return ranked[0].Source
			}
			only = s.Source
		}
	}
	if only != "" {
		return only
	}
	return ranked[0].Source
}
