// Package extract is the offline answerer: it answers a question from the
// retrieved passages by quoting the sentence (or two) that best answers it,
// cited to the byte, or hedges, or says the stories don't say, as one
// answerability score decides; it also writes summaries and reads dates.
// It needs no model and no network, and it is deterministic.
package extract

import (
	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/story"
)

// Index is what the offline answerer needs of the index: the stories and
// their chunks, and how rare a term is.
type Index interface {
	Stories() []story.Story
	Chunks() []story.Chunk
	DocFreq(term string) int
	IDF(term string) float64
}

// The operating point of the answerability score: config's, which says why.
const (
	DefaultThreshold = config.DefaultAnswerThreshold
	DefaultFloor     = config.DefaultHedgeFloor
)

// Answerer answers offline. Threshold is the answerability score at or
// above which it answers; Floor is the score below which it says the
// stories don't say; in between it hedges with the closest passage.
type Answerer struct {
	Threshold, Floor float64
}

// Answer is what the offline answerer writes: the text with [n] markers,
// its citations, whether it abstained, and how it judged answerability. It
// reads Passages, the retrieved passages, best first.
type Answer struct {
	Text          string
	Abstained     bool
	Citations     []cite.Citation
	Passages      []cite.Passage
	Answerability *Answerability
}

// Answerability is the extractive mode's judgement of whether the
// retrieved passages answer the question.
type Answerability struct {
	// Score is the estimated probability, in [0, 1], that the best
	// candidate sentence answers the question.
	Score float64 `json:"score"`
	// Threshold is the operating point: at or above it the candidate is the
	// answer; between Floor and Threshold the bot hedges ("the closest
	// passage"); below Floor it says the stories don't say.
	Threshold float64 `json:"threshold"`
	Floor     float64 `json:"floor"`
	// Candidate is the best candidate answer, given or not.
	Candidate string `json:"candidate,omitempty"`
	// Features are the inputs of the score, by name.
	Features map[string]float64 `json:"features,omitempty"`
}
