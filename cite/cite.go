// Package cite holds what an answer quotes and where it comes from: the
// passages given to an answerer, citations into their source files' bytes,
// and locating a quote in a passage (folded for case, accents, quotation
// marks, hyphens and spaces; an ellipsis's parts in order).
package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// NotFound is the fixed, polite line given when the stories do not say.
const NotFound = "The stories don't say."

// Citation points at the exact bytes of a source that back a claim.
// Quote is always exactly the bytes [Start, End) of the file Source.
type Citation struct {
	N      int    `json:"n"`
	Source string `json:"source"`
	Title  string `json:"title"`
	Date   string `json:"date,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Quote  string `json:"quote"`
}

// Passage is a retrieved chunk, numbered from 1 in retrieval order.
type Passage struct {
	N       int    `json:"n"`
	ChunkID string `json:"chunk_id"`
	Source  string `json:"source"`
	Title   string `json:"title"`
	Date    string `json:"date,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Text is the chunk's bytes as stored.
	Text string `json:"-"`
	// Score is the fused score; the ranks and scores of each side say why
	// the passage was chosen (rank 0: not found by that side).
	Score        float64 `json:"score"`
	VectorRank   int     `json:"vector_rank"`
	VectorScore  float64 `json:"vector_score"`
	KeywordRank  int     `json:"keyword_rank"`
	KeywordScore float64 `json:"keyword_score"`

	// Sentences are the chunk's sentences (byte spans in the source), for
	// extractive answers and quote checks.
	Sentences []text.Span `json:"-"`
}

// Cite builds the citation for bytes [start, end) of passage p's source;
// the span must lie inside the passage.
func Cite(n int, p *Passage, start, end int) Citation {
	return Citation{
		N: n, Source: p.Source, Title: p.Title, Date: p.Date,
		Start: start, End: end, Quote: p.Text[start-p.Start : end-p.Start],
	}
}

// FindQuote looks for quote in text, ignoring case, runs of white space,
// the kind of quotation marks and apostrophes, punctuation at the quote's
// ends, and an ellipsis inside it (each part must appear, in order). It
// returns the byte span of text that matched.
func FindQuote(txt, quote string) (start, end int, ok bool) {
	nt, pos := normalize(txt)
	parts := strings.FieldsFunc(strings.ReplaceAll(quote, "...", "…"), func(r rune) bool { return r == '…' })
	from, first := 0, -1
	for _, part := range parts {
		np, _ := normalize(strings.TrimFunc(part, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }))
		if np == "" {
			continue
		}
		i := strings.Index(nt[from:], np)
		if i < 0 {
			return 0, 0, false
		}
		if first < 0 {
			first = from + i
		}
		from += i + len(np)
	}
	if first < 0 {
		return 0, 0, false
	}
	return pos[first], pos[from-1] + 1, true
}

// normalize folds s for quote matching (case, accents, quotation marks and
// apostrophes, hyphens and dashes as spaces, runs of white space) and maps
// each byte of the result to the offset of the byte of s it came from (the
// last byte, for a folded rune, so a span's end can be taken as pos[last]+1
// after the rune is complete).
func normalize(s string) (string, []int) {
	var b strings.Builder
	var pos []int
	space := false
	for i, r := range s {
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 1
		}
		switch r {
		case '-', '‐', '–', '—':
			space = true
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			pos = append(pos, i-1)
		}
		space = false
		var folded string
		switch r {
		case '“', '”', '„', '«', '»':
			folded = `"`
		case '‘', '’', '`', '´':
			folded = "'"
		default:
			if r < utf8.RuneSelf {
				folded = string(unicode.ToLower(r))
			} else {
				folded = text.Fold(string(r))
			}
		}
		n := b.Len()
		b.WriteString(folded)
		for j := n; j < b.Len(); j++ {
			if j == b.Len()-1 {
				pos = append(pos, i+size-1)
			} else {
				pos = append(pos, i)
			}
		}
	}
	return b.String(), pos
}

// Covering widens the span [start, end) to the passage sentences it
// touches, so the citation is whole sentences.
func Covering(p *Passage, start, end int) (int, int) {
	s, e := start, end
	for _, sp := range p.Sentences {
		if sp.End > start && sp.Start < end {
			s, e = min(s, sp.Start), max(e, sp.End)
		}
	}
	return s, e
}

// BestSentence is the sentence of p sharing the most terms with the claim;
// false when none shares any.
func BestSentence(p *Passage, claim string) (text.Span, bool) {
	ct := text.TermSet(claim)
	if len(ct) == 0 {
		return text.Span{}, false
	}
	var best text.Span
	bestN := 0
	for _, sp := range p.Sentences {
		txt := p.Text[sp.Start-p.Start : sp.End-p.Start]
		if text.IsInstruction(txt) {
			continue
		}
		n := 0
		for t := range text.TermSet(txt) {
			if ct[t] {
				n++
			}
		}
		if n > bestN {
			best, bestN = sp, n
		}
	}
	return best, bestN > 0
}

// FromChunk is chunk c of story s as passage n (numbered from 1): its text
// is the story's bytes of the chunk, with the chunk's sentences.
func FromChunk(n int, s *story.Story, c *story.Chunk) Passage {
	p := Passage{
		N: n, ChunkID: c.ID, Source: s.Source, Title: s.Title, Date: s.Date,
		Start: c.Start, End: c.End, Text: s.Text[c.Start:c.End],
	}
	p.Sentences = append(p.Sentences, c.Sentences...)
	return p
}
