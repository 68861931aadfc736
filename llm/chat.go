package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"strings"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/prompts"
)

// Generator writes answers with the server's /v1/chat/completions.
type Generator struct{ c *Client }

var _ bot.Generator = (*Generator)(nil)

// Generator returns the client's generator.
func (c *Client) Generator() *Generator { return &Generator{c} }

// Model names the chat model, for logs.
func (g *Generator) Model() string { return g.c.cfg.ChatModel }

// oldMarkers are the [n] markers of earlier answers: they pointed into
// earlier passages, so they are dropped from the history the model sees.
var oldMarkers = regexp.MustCompile(`\s*\[\d+(?:\s*,\s*\d+)*\]`)

// Generate implements bot.Generator. It returns within Timeout, with the
// text and token usage or an *Error.
func (g *Generator) Generate(ctx context.Context, req bot.GenerateRequest) (bot.GenerateResult, error) {
	ctx, cancel := context.WithTimeout(ctx, g.c.cfg.Timeout)
	defer cancel()
	in := prompts.Input{Question: req.Question}
	for _, t := range req.History {
		in.History = append(in.History, prompts.Turn{Question: t.Question, Answer: oldMarkers.ReplaceAllString(t.Answer, "")})
	}
	for _, p := range req.Passages {
		in.Passages = append(in.Passages, prompts.Passage{N: p.N, Title: p.Title, Date: p.Date, Text: p.Text})
	}
	user, err := prompts.User(in)
	if err != nil {
		return bot.GenerateResult{}, err
	}
	cr := openai.ChatCompletionRequest{
		Model: g.c.cfg.ChatModel,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: prompts.System()},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
		Temperature: float32(g.c.cfg.Temperature),
		// max_tokens is deprecated at OpenAI but the field that Ollama,
		// vLLM, llama.cpp and LM Studio read. OpenAI's reasoning models
		// refuse it, and any temperature but 1: they get reasoningForm.
		MaxTokens: g.c.cfg.MaxTokens, //lint:ignore SA1019 see above
	}
	if cr.Temperature == 0 {
		// go-openai omits a zero temperature, and servers then use their
		// default (1.0 for OpenAI): send the smallest non-zero one instead.
		cr.Temperature = math.SmallestNonzeroFloat32
	}
	if err := openai.NewReasoningValidator().Validate(cr); err != nil {
		// go-openai refuses to send this request for a model it knows as
		// a reasoning model (o1, o3, o4, gpt-5, gpt-6 names).
		g.c.useReasoningForm(cr.Model, "go-openai: "+err.Error())
	}
	var res bot.GenerateResult
	err = g.c.call(ctx, "chat", func(ctx context.Context) error {
		send, known := cr, g.c.reasoningModel(cr.Model)
		if known {
			send = reasoningForm(cr)
		}
		var err error
		if g.c.cfg.Stream {
			res, err = g.stream(ctx, send, req.OnPartial)
		} else {
			res, err = g.complete(ctx, send)
		}
		if !known && refusesSampling(err) {
			// A reasoning model under a name go-openai doesn't know (an
			// Azure deployment, a proxy's "openai/o3"): learn it.
			g.c.useReasoningForm(cr.Model, "the server refused: "+g.c.classify(ctx, "chat", err).Detail)
			return resend{err}
		}
		return err
	})
	if err != nil {
		return bot.GenerateResult{}, fmt.Errorf("couldn't get an answer from %s: %w", g.c.cfg.ChatModel, err)
	}
	if m := g.c.metrics; m != nil {
		m.Tokens("prompt", res.Usage.PromptTokens)
		m.Tokens("completion", res.Usage.CompletionTokens)
	}
	return res, nil
}

// reasoningModel reports whether model is sent reasoningForm.
func (c *Client) reasoningModel(model string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reasoning[model]
}

// useReasoningForm sends model reasoningForm from now on, and logs that
// once, saying why.
func (c *Client) useReasoningForm(model, why string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reasoning[model] {
		return
	}
	if c.reasoning == nil {
		c.reasoning = map[string]bool{}
	}
	c.reasoning[model] = true
	c.log.Info("chat model takes no max_tokens and no temperature: sending max_completion_tokens and the model's own temperature",
		"model", model, "why", why)
}

// reasoningForm is cr as OpenAI's reasoning models take it: the length
// bound in max_completion_tokens, and no temperature (theirs is fixed).
func reasoningForm(cr openai.ChatCompletionRequest) openai.ChatCompletionRequest {
	cr.MaxCompletionTokens, cr.MaxTokens = cr.MaxTokens, 0 //lint:ignore SA1019 moved to its successor
	cr.Temperature = 0
	return cr
}

// refusesSampling reports whether err is the 400 OpenAI sends a reasoning
// model's request for max_tokens or a temperature other than 1:
//
//	{"error": {"message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
//	 "type": "invalid_request_error", "param": "max_tokens", "code": "unsupported_parameter"}}
//
// or code "unsupported_value", param "temperature". Proxies that rewrite
// the code and param (LiteLLM) keep the message.
func refusesSampling(err error) bool {
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != http.StatusBadRequest {
		return false
	}
	code, _ := apiErr.Code.(string)
	if apiErr.Param != nil && (*apiErr.Param == "max_tokens" || *apiErr.Param == "temperature") &&
		(code == "unsupported_parameter" || code == "unsupported_value") {
		return true
	}
	msg := strings.ToLower(apiErr.Message)
	for _, k := range []string{"unsupported parameter: 'max_tokens'", "unsupported parameter: 'temperature'", "unsupported value: 'temperature'"} {
		if strings.Contains(msg, k) {
			return true
		}
	}
	return false
}

func (g *Generator) complete(ctx context.Context, cr openai.ChatCompletionRequest) (bot.GenerateResult, error) {
	resp, err := g.c.api.CreateChatCompletion(ctx, cr)
	if err != nil {
		return bot.GenerateResult{}, err
	}
	if len(resp.Choices) == 0 {
		return bot.GenerateResult{}, badReply("chat", "the reply has no choices")
	}
	ch := resp.Choices[0]
	if err := finished(ch.FinishReason, false); err != nil {
		return bot.GenerateResult{}, err
	}
	text := strings.TrimSpace(ch.Message.Content)
	if text == "" {
		return bot.GenerateResult{}, badReply("chat", "the reply is empty")
	}
	return bot.GenerateResult{Text: text, Usage: usage(resp.Usage)}, nil
}

// stream reads a streamed reply, telling onPartial the text so far after
// each chunk that adds to it.
func (g *Generator) stream(ctx context.Context, cr openai.ChatCompletionRequest, onPartial func(string)) (bot.GenerateResult, error) {
	cr.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	st, err := g.c.api.CreateChatCompletionStream(ctx, cr)
	if err != nil {
		return bot.GenerateResult{}, err
	}
	defer st.Close()
	var (
		b      strings.Builder
		reason openai.FinishReason
		u      openai.Usage
	)
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil && b.Len() > 0 && ctx.Err() == nil {
			// Part of the reply was already shown: a retry would show
			// another, so this is a broken reply, not a retryable fault.
			// (Cut by the asker's cancel, it is a cancelled request.)
			return bot.GenerateResult{}, badReply("chat", "the reply was cut off: %v", err)
		}
		if err != nil {
			return bot.GenerateResult{}, err
		}
		if chunk.Usage != nil {
			u = *chunk.Usage
		}
		if len(chunk.Choices) == 0 {
			continue // the usage chunk, or a keep-alive
		}
		ch := chunk.Choices[0]
		if ch.Delta.Content != "" {
			b.WriteString(ch.Delta.Content)
			if onPartial != nil {
				onPartial(b.String())
			}
		}
		if ch.FinishReason != "" {
			reason = ch.FinishReason
		}
	}
	if err := finished(reason, true); err != nil {
		return bot.GenerateResult{}, err
	}
	text := strings.TrimSpace(b.String())
	if text == "" {
		return bot.GenerateResult{}, badReply("chat", "the reply is empty")
	}
	return bot.GenerateResult{Text: text, Usage: usage(u)}, nil
}

// finished checks why the model stopped. A stream that ends without a
// finish reason was cut off: servers send one in the last chunk.
func finished(r openai.FinishReason, streamed bool) error {
	switch r {
	case openai.FinishReasonStop:
		return nil
	case "":
		if streamed {
			return badReply("chat", "the stream ended before the reply was complete")
		}
		return nil
	case openai.FinishReasonLength:
		return badReply("chat", "the reply was cut at the token limit (max_tokens)")
	case openai.FinishReasonContentFilter:
		return &Error{Op: "chat", Kind: ErrRejected, Detail: "the reply was withheld by the server's content filter"}
	}
	return badReply("chat", "unexpected finish reason %q", string(r))
}

func usage(u openai.Usage) bot.Usage {
	return bot.Usage{PromptTokens: u.PromptTokens, CompletionTokens: u.CompletionTokens, TotalTokens: u.TotalTokens}
}
