package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
)

func runAsk(ctx context.Context, e *env, args []string) error {
	a := &app{cfg: config.Default()}
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	a.register(fs)
	asJSON := fs.Bool("json", false, "print JSON; with no question, read one question per line of standard input and print one JSON object per line")
	if err := parse(fs, e, args, `ask [flags] "question"`); err != nil {
		return err
	}
	q := questionArg(fs.Args())
	if q == "" && !*asJSON {
		return usagef("no question given: storybot ask \"How many people died?\" (or --json to read questions from standard input)")
	}
	if q == "" && fs.NArg() > 0 {
		// ask --json "  ": a blank question, not a request to read stdin.
		return usageError{bot.ErrEmptyQuestion.Error()}
	}
	if q != "" {
		if _, err := bot.CheckQuestion(q); err != nil {
			return usageError{err.Error()}
		}
	}
	if err := a.Open(ctx, e, nil); err != nil {
		return err
	}
	defer a.Close()
	if q == "" {
		if isTerminal(e.stdin) {
			fmt.Fprintln(e.stderr, `storybot ask: reading questions from the terminal, one per line (or {"question": "...", "k": 3}); Ctrl-D ends. To ask one: storybot ask --json "question"`)
		}
		return askLines(ctx, a.bot, a.offline, e.stdin, e.stdout, a.noteModelDown)
	}
	stopNotice := a.answerNotice(e)
	ans, err := a.bot.Ask(ctx, bot.Question{Text: q, Offline: a.offline})
	stopNotice()
	if err != nil {
		return err
	}
	a.noteModelDown(ans)
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(answerJSON{Question: ans.Question, Answer: ans})
	}
	printAnswer(e.stdout, ans)
	return nil
}

// answerJSON is what ask --json prints, for one question and for each line
// of standard input alike, so the keys come in the same order in both:
// question first, then the answer's fields, then error (set, alone with
// the question, when a line could not be answered).
type answerJSON struct {
	Question string `json:"question"`
	*bot.Answer
	Error string `json:"error,omitempty"`
}

// lineQuestion is a line of ask --json input that is a JSON object.
type lineQuestion struct {
	Question *string `json:"question"`
	K        *int    `json:"k"`
}

// parseLine reads one input line: a JSON object ({"question": "...",
// "k": 3}) is read as that object; any other line is the question itself.
func parseLine(line string) (bot.Question, error) {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "{") {
		return bot.Question{Text: line}, nil
	}
	var lq lineQuestion
	dec := json.NewDecoder(strings.NewReader(t))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&lq); err != nil {
		return bot.Question{Text: t}, fmt.Errorf(`the line starts with "{" but is not a question object like {"question": "...", "k": 3}: %v`, err)
	}
	if dec.More() {
		return bot.Question{Text: t}, errors.New(`the line holds more than one JSON value; want one object like {"question": "...", "k": 3}`)
	}
	if lq.Question == nil {
		return bot.Question{Text: t}, errors.New(`the object has no "question"`)
	}
	q := bot.Question{Text: *lq.Question}
	if lq.K != nil {
		if err := checkK(fmt.Sprintf(`"k": %d`, *lq.K), fmt.Sprint(*lq.K)); err != nil {
			return q, err
		}
		q.K = *lq.K
	}
	return q, nil
}

// askLines answers one question per input line, in order, with one JSON
// object per line. A blank line is skipped; a bad line gets an object
// with "error" and the stream goes on.
func askLines(ctx context.Context, b *bot.Bot, offline bool, in io.Reader, out io.Writer, note func(*bot.Answer)) error {
	enc := json.NewEncoder(out)
	err := eachLine(in, func(line string, tooLong bool) error {
		if !tooLong && strings.TrimSpace(line) == "" {
			return nil // a blank line asks nothing: no answer, no error
		}
		res := answerJSON{Question: strings.TrimSpace(line)}
		var ans *bot.Answer
		err := bot.ErrQuestionTooLong
		if !tooLong {
			var q bot.Question
			q, err = parseLine(line)
			res.Question = strings.TrimSpace(q.Text)
			if err == nil {
				q.Offline = offline
				ans, err = b.Ask(ctx, q)
			} else {
				res.Error = err.Error()
			}
		}
		switch {
		case res.Error != "":
		case err == nil:
			note(ans)
			res.Answer, res.Question = ans, ans.Question
		case errors.Is(err, bot.ErrEmptyQuestion), errors.Is(err, bot.ErrQuestionTooLong):
			res.Error = err.Error()
		default:
			return err
		}
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("couldn't write answer: %w", err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("couldn't answer the questions: %w", err)
	}
	return nil
}

// maxLine is the longest input line kept whole: far past any question
// (bot.MaxQuestionRunes), so a longer one is reported as too long.
const maxLine = 64 << 10

// eachLine calls fn with each line of r, without its line ending. A line
// longer than maxLine is passed as tooLong (its text dropped) and reading
// goes on: one pasted blob must not stop a stream of questions.
func eachLine(r io.Reader, fn func(line string, tooLong bool) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		part, more, err := br.ReadLine()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("couldn't read questions: %w", err)
		}
		line := append([]byte(nil), part...)
		tooLong := false
		for more && err == nil {
			part, more, err = br.ReadLine()
			if len(line)+len(part) > maxLine {
				tooLong, line = true, line[:0]
			} else if !tooLong {
				line = append(line, part...)
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("couldn't read questions: %w", err)
		}
		if err := fn(string(line), tooLong); err != nil {
			return err
		}
	}
}

// printAnswer writes an answer for a person: the text, then the sources.
func printAnswer(w io.Writer, a *bot.Answer) {
	fmt.Fprintln(w, a.Text)
	printAnswerTail(w, a)
}

// printAnswerTail writes what follows an answer's text: why a model's
// answer was replaced, and the sources.
func printAnswerTail(w io.Writer, a *bot.Answer) {
	if a.FallbackReason != "" {
		fmt.Fprintf(w, "(model answer unavailable: %s; extractive answer shown)\n", a.FallbackReason)
	}
	if len(a.Citations) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, c := range a.Citations {
		date := ""
		if c.Date != "" {
			date = " (" + c.Date + ")"
		}
		fmt.Fprintf(w, "[%d] %s%s\n    %s, bytes %d-%d\n    %q\n", c.N, c.Title, date, c.Source, c.Start, c.End, c.Quote)
	}
}

// noteModelDown gives an answer the reason it was not written by the
// model, when the model server didn't answer at start.
func (a *app) noteModelDown(ans *bot.Answer) {
	if a.modelDown != "" && !a.offline && ans.FallbackReason == "" {
		ans.FallbackReason = a.modelDown
	}
}
