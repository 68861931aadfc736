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
var tagRE = regexp.MustCompile(`(?i)<(/?\s*)(passage|question|history)`)

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
}

var (
	tmpl = template.Must(template.New("").Funcs(funcs).ParseFS(files, "*.tmpl"))
	// system is rendered once: it depends on nothing but the marker.
	system = render("system.tmpl", Input{})
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
