// Package prompts holds the text sent to the language model in LLM mode:
// the system prompt with the answering rules, and the user message that
// carries the numbered passages and the question as delimited data. The
// templates are embedded and parsed once, so a broken template fails at
// start, not on the first question.
package prompts

import (
	"embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"
)

// NotFoundMarker is what the model is told to reply, alone, when the
// passages do not hold the answer. It is a token no news text contains, so
// the answer checker can tell an abstention from an answer.
const NotFoundMarker = "NOT_IN_PASSAGES"

// Passage is one numbered passage of the prompt.
type Passage struct {
	N     int
	Title string
	Date  string // YYYY-MM-DD or ""
	Text  string
}

// Turn is an earlier question and answer of the conversation.
type Turn struct {
	Question string
	Answer   string
}

// Input is what the user message is rendered from.
type Input struct {
	Question string
	History  []Turn
	Passages []Passage
}

//go:embed *.tmpl
var files embed.FS

// tagRE finds anything in outside text that could open or close one of
// the prompt's delimiters.
var tagRE = regexp.MustCompile(`(?i)<(/?\s*)(passage|question|history|claim|quote)`)

var funcs = template.FuncMap{
	// data makes outside text (a passage, a question, an earlier answer)
	// safe to put between the delimiters: a "</passage>" inside it can no
	// longer end the passage early. Everything else is kept byte for byte,
	// so the model can quote it exactly.
	"data": func(s string) string {
		return tagRE.ReplaceAllString(strings.TrimSpace(s), "‹$1$2")
	},
	// attr makes text safe inside a double-quoted attribute on one line.
	"attr": func(s string) string {
		s = strings.Join(strings.Fields(s), " ")
		return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
	},
	// cites lists the distinct passage numbers of a claim's quotes.
	"cites": func(qs []Quote) string {
		var ns []string
		for _, q := range qs {
			if n := strconv.Itoa(q.N); !slices.Contains(ns, n) {
				ns = append(ns, n)
			}
		}
		return strings.Join(ns, ", ")
	},
}

var (
	tmpl = template.Must(template.New("").Funcs(funcs).ParseFS(files, "*.tmpl"))
	// system is rendered once: it depends on nothing but the marker.
	system = render("system.tmpl", Input{})
	// verifySystem is rendered once: it depends on nothing but the labels.
	verifySystem = mustExecute("verify_system", verifyData{Labels: labels})
)

// System returns the system prompt.
func System() string { return system }

// User renders the user message: the earlier turns, the passages and the
// question, each delimited.
func User(in Input) (string, error) {
	s, err := execute("user.tmpl", in)
	if err != nil {
		return "", fmt.Errorf("couldn't render the prompt: %w", err)
	}
	return s, nil
}

// render executes a template that depends on no outside input; it runs at
// start, so a broken template stops the program before it serves anyone.
func render(name string, in Input) string {
	s, err := execute(name, in)
	if err != nil {
		panic("prompts: " + err.Error())
	}
	return s
}

func execute(name string, in Input) (string, error) {
	data := struct {
		Input
		NotFound string
	}{in, NotFoundMarker}
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

// The verifier's labels (the verify template): what a model may say of a
// claim checked against the passages it cites.
const (
	LabelSupported    = "supported"
	LabelContradicted = "contradicted"
	LabelNotInPassage = "not_in_passage"
)

// Labels names the verifier's labels in its template.
type Labels struct{ Supported, Contradicted, NotInPassage string }

var labels = Labels{LabelSupported, LabelContradicted, LabelNotInPassage}

// Quote is the evidence a claim shows for passage N: the words its
// citation quotes ("" when the claim cites the passage without a quote).
type Quote struct {
	N    int
	Text string
}

// VerifyClaim is one claim for the verifier, its markers removed.
type VerifyClaim struct {
	ID     int
	Text   string
	Quotes []Quote
}

// VerifyInput is what the verifier's user message is rendered from: the
// passages the claims cite, the question and the claims.
type VerifyInput struct {
	Question string
	Passages []Passage
	Claims   []VerifyClaim
}

type verifyData struct {
	VerifyInput
	Labels
}

// VerifySystem returns the verifier's system prompt.
func VerifySystem() string { return verifySystem }

// VerifyUser renders the verifier's user message: the cited passages, the
// question and the claims with their quotes, each delimited.
func VerifyUser(in VerifyInput) (string, error) {
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, "verify_user", verifyData{VerifyInput: in, Labels: labels}); err != nil {
		return "", fmt.Errorf("couldn't render the verifier's prompt: %w", err)
	}
	return b.String(), nil
}

// mustExecute executes a template that depends on no outside input at
// start, as render does.
func mustExecute(name string, data any) string {
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		panic("prompts: " + err.Error())
	}
	return b.String()
}
