package extract

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/storybot-dev/storybot/cite"
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
		like couple few please give me this that the it about what whats is are on in of`) {
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

// summaryTopic splits a summary request into its summary words and what
// is left ("", or the words pointing at a story).
func summaryTopic(folded string) (words, rest string) {
	var left []string
	for _, w := range text.Words(folded) {
		if !summaryWords[w] && len(text.Terms(w)) > 0 && !text.IsNumeral(w) {
			left = append(left, w)
		}
	}
	return folded, strings.Join(left, " ")
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

// ListStories answers with one line per story, its lead cited.
func ListStories(ix Index, ans *Answer) {
	stories := ix.Stories()
	var sb strings.Builder
	sb.WriteString("Which story? The stories are:")
	for i := range stories {
		s := &stories[i]
		sents := storySentences(ix, s)
		if len(sents) == 0 {
			continue
		}
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
	for _, c := range cands {
		if len(pick) == size {
			break
		}
		pick = append(pick, c.i)
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
