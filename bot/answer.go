// Package bot is storybot's answering core: a question in, an answer with
// checkable citations out. It knows nothing of Discord or terminals; every
// surface calls Bot.Ask.
package bot

import (
	"context"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/ground"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/retrieval"
)

// Answer modes, as reported in Answer.Mode.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// NotFound is the fixed, polite line given when the stories do not say.
const NotFound = cite.NotFound

// MaxQuestionRunes is the longest question accepted, in characters
// (question.MaxRunes).
const MaxQuestionRunes = question.MaxRunes

// Errors for questions that cannot be asked. Surfaces show them to the user.
var (
	// ErrIndexUnavailable: the shared story index can't be reached and no
	// local index may stand in (see retrieval.RemoteOptions.Fallback).
	ErrIndexUnavailable = retrieval.ErrUnavailable
	ErrEmptyQuestion    = question.ErrEmpty
	ErrQuestionTooLong  = question.ErrTooLong
)

// Turn is one earlier exchange of a conversation.
type Turn struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Question is what a surface asks.
type Question struct {
	Text string
	// History holds earlier turns of the conversation, oldest first; it
	// gives follow-up questions their context.
	History []Turn
	// K is how many passages to retrieve; 0 means the bot's default.
	K int
	// Offline forces the extractive mode for this question.
	Offline bool
	// OnPartial, when set, receives the growing answer text while a model
	// streams it. It is called from the asking goroutine.
	OnPartial func(txt string)
}

// Answer is the bot's reply to one question.
type Answer struct {
	Question string `json:"question"`
	// Text is the answer with [n] markers pointing into Citations.
	Text      string `json:"answer"`
	Abstained bool   `json:"abstained"`
	// Mode is ModeExtractive or ModeLLM.
	Mode string `json:"mode"`
	// FallbackReason says why a model answer was replaced by an extractive one.
	FallbackReason string `json:"fallback_reason,omitempty"`
	// DroppedClaims are claims of the model's reply that were not shown
	// because the passages they cite don't support them.
	DroppedClaims []DroppedClaim `json:"dropped_claims,omitempty"`
	Citations     []Citation     `json:"citations"`
	// Passages are the retrieved passages, best first, with why each was chosen.
	Passages []Passage `json:"passages,omitempty"`
	// ReadAs is the question as the bot read it, when that differs from
	// what was typed: shorthand expanded, typos corrected against the
	// stories' words.
	ReadAs string `json:"read_as,omitempty"`
	// Answerability is how the extractive mode judged whether the
	// passages answer the question (absent in LLM mode).
	Answerability *Answerability `json:"answerability,omitempty"`
	// Candidates are the extractive answerer's candidate sentences, best
	// first, with what it weighed; only with Options.TraceCandidates.
	Candidates []extract.CandidateTrace `json:"candidates,omitempty"`
	Usage      *Usage                   `json:"usage,omitempty"`
	// VerifyUsage is the verifier's token count (llm.verify = "model"),
	// beside the answering model's Usage.
	VerifyUsage *Usage `json:"verify_usage,omitempty"`
	// Verification is what the verifier made of the claims the check
	// kept; absent when it was not asked.
	Verification *Verification `json:"verification,omitempty"`
	Timings      Timings       `json:"timings"`
}

// Answerability is how the offline answerer judged a question (extract).
type Answerability = extract.Answerability

// Usage is the token count a model reported.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// Timings are the stages' durations in milliseconds.
type Timings struct {
	RetrieveMS float64 `json:"retrieve_ms"`
	AnswerMS   float64 `json:"answer_ms"`
	TotalMS    float64 `json:"total_ms"`
	// VerifyMS is the verifier's part of AnswerMS, when it was asked.
	VerifyMS float64 `json:"verify_ms,omitempty"`
}

// Generator writes an answer from numbered passages: the model side of
// LLM mode. The bot checks what it returns before anyone sees it.
type Generator interface {
	Generate(ctx context.Context, req GenerateRequest) (GenerateResult, error)
}

// GenerateRequest is what a Generator gets.
type GenerateRequest struct {
	Question string
	History  []Turn
	// Passages are numbered from 1; the model cites them as [n].
	Passages []Passage
	// OnPartial, when set, receives the growing text of a streamed reply.
	OnPartial func(txt string)
}

// GenerateResult is a Generator's raw reply.
type GenerateResult struct {
	Text  string
	Usage Usage
}

// Citation and Passage are the cite package's: the claim check and the
// offline answerer share them.
type (
	Citation = cite.Citation
	Passage  = cite.Passage
)

// DroppedClaim is a claim of a model's reply that was not shown, and why
// (the ground package's).
type DroppedClaim = ground.DroppedClaim
