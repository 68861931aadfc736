package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/prompts"
)

// DefaultVerifyTimeout is config's, which says why it is 5 s. The bot
// holds the verifier to it (bot.WithVerifier).
const DefaultVerifyTimeout = config.DefaultVerifyTimeout

// Verifier labels an answer's claims with the server's
// /v1/chat/completions, in one call per answer, asking for a JSON object
// (response_format json_object; a server that refuses that is asked again
// without it, and its plain reply is read as JSON). Calls count as kind
// "verify" in Metrics.
type Verifier struct {
	c     *Client
	model string
}

var _ bot.Verifier = (*Verifier)(nil)

// Verifier returns a verifier that asks model; "" is the chat model.
func (c *Client) Verifier(model string) *Verifier {
	if model == "" {
		model = c.cfg.ChatModel
	}
	return &Verifier{c: c, model: model}
}

// Model names the verifier's model, for logs.
func (v *Verifier) Model() string { return v.model }

// verifyTokens bounds the verifier's reply: a label and a few decisive
// words are about 30 tokens a claim, so 60 a claim leaves room for longer
// words, and 100 more for the JSON around them. A reply cut short is not
// JSON, and so a failure, not a wrong label.
func verifyTokens(claims int) int { return 100 + 60*claims }

// Verify implements bot.Verifier. Its deadline is ctx's (the bot sets
// the verifier's timeout); the usage is reported even when the reply
// cannot be read.
func (v *Verifier) Verify(ctx context.Context, req bot.VerifyRequest) (bot.VerifyResult, error) {
	in := prompts.VerifyInput{Question: req.Question}
	for _, p := range req.Passages {
		in.Passages = append(in.Passages, prompts.Passage{N: p.N, Title: p.Title, Date: p.Date, Text: p.Text})
	}
	for _, c := range req.Claims {
		vc := prompts.VerifyClaim{ID: c.ID, Text: c.Text}
		for _, q := range c.Quotes {
			vc.Quotes = append(vc.Quotes, prompts.Quote{N: q.N, Text: q.Text})
		}
		in.Claims = append(in.Claims, vc)
	}
	user, err := prompts.VerifyUser(in)
	if err != nil {
		return bot.VerifyResult{}, err
	}
	cr := openai.ChatCompletionRequest{
		Model: v.model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: prompts.VerifySystem()},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
		// The smallest non-zero temperature: the same labels for the
		// same claims (go-openai omits a zero one; see Generate).
		Temperature:    math.SmallestNonzeroFloat32,
		MaxTokens:      verifyTokens(len(req.Claims)), //lint:ignore SA1019 see Generate
		ResponseFormat: &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject},
	}
	if err := openai.NewReasoningValidator().Validate(cr); err != nil {
		v.c.useReasoningForm(cr.Model, "go-openai: "+err.Error())
	}
	var res bot.VerifyResult
	err = v.c.call(ctx, "verify", func(ctx context.Context) error {
		send, known := cr, v.c.reasoningModel(cr.Model)
		if known {
			send = reasoningForm(cr)
		}
		plain := v.c.plainJSON(cr.Model)
		if plain {
			send.ResponseFormat = nil
		}
		resp, err := v.c.api.CreateChatCompletion(ctx, send)
		switch {
		case err == nil:
		case !plain && refusesJSONMode(err):
			v.c.usePlainJSON(cr.Model, v.c.classify(ctx, "verify", err).Detail)
			return resend{err}
		case !known && refusesSampling(err):
			v.c.useReasoningForm(cr.Model, "the server refused: "+v.c.classify(ctx, "verify", err).Detail)
			return resend{err}
		default:
			return err
		}
		res.Usage = usage(resp.Usage)
		if len(resp.Choices) == 0 {
			return badReply("verify", "the reply has no choices")
		}
		ch := resp.Choices[0]
		if err := finished(ch.FinishReason, false); err != nil {
			return err
		}
		res.Labels, err = parseLabels(ch.Message.Content)
		if err != nil {
			return badReply("verify", "the verifier's reply is not the labels asked for: %v", err)
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("couldn't verify the answer with %s: %w", v.model, err)
	}
	return res, nil
}

// plainJSON reports whether model is asked for JSON without
// response_format.
func (c *Client) plainJSON(model string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.noJSONMode[model]
}

// usePlainJSON asks model for JSON without response_format from now on,
// and logs that once, saying why.
func (c *Client) usePlainJSON(model, why string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.noJSONMode[model] {
		return
	}
	if c.noJSONMode == nil {
		c.noJSONMode = map[string]bool{}
	}
	c.noJSONMode[model] = true
	c.log.Info("verifier model takes no response_format: asking for JSON in the prompt only", "model", model, "why", why)
}

// refusesJSONMode reports whether err is a server's refusal of
// response_format (a 400 or 422 naming it), as servers without JSON mode
// send.
func refusesJSONMode(err error) bool {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var status int
	var msg string
	switch {
	case errors.As(err, &apiErr):
		status, msg = apiErr.HTTPStatusCode, apiErr.Message
		if apiErr.Param != nil && *apiErr.Param == "response_format" {
			msg += " response_format"
		}
	case errors.As(err, &reqErr):
		status, msg = reqErr.HTTPStatusCode, string(reqErr.Body)
	default:
		return false
	}
	if status != http.StatusBadRequest && status != http.StatusUnprocessableEntity {
		return false
	}
	msg = strings.ToLower(msg)
	return strings.Contains(msg, "response_format") || strings.Contains(msg, "json_object")
}

// parseLabels reads the verifier's reply: {"claims": [{"id": 1, "label":
// "supported", "words": "..."}]}, alone or inside a code fence or a line
// of prose. Labels are read loosely ("Not in passage" is not_in_passage)
// and ids may be quoted; anything else is an error.
func parseLabels(s string) ([]bot.ClaimLabel, error) {
	i, j := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}')
	if i < 0 || j < i {
		return nil, errors.New("no JSON object")
	}
	var reply struct {
		Claims *[]struct {
			ID    json.RawMessage `json:"id"`
			Label string          `json:"label"`
			Words string          `json:"words"`
		} `json:"claims"`
	}
	if err := json.Unmarshal([]byte(s[i:j+1]), &reply); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if reply.Claims == nil {
		return nil, errors.New(`no "claims" list`)
	}
	out := make([]bot.ClaimLabel, 0, len(*reply.Claims))
	for _, c := range *reply.Claims {
		id, err := strconv.Atoi(strings.Trim(string(c.ID), `"`))
		if err != nil {
			return nil, fmt.Errorf("claim id %s is not a number", c.ID)
		}
		label := strings.Join(strings.FieldsFunc(strings.ToLower(c.Label), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "_")
		out = append(out, bot.ClaimLabel{ID: id, Label: label, Words: strings.TrimSpace(c.Words)})
	}
	return out, nil
}
