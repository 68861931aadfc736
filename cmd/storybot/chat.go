package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"golang.org/x/term"
)

// chatHistory is how many earlier turns a follow-up sees.
const chatHistory = 3

const chatHelp = `/sources   list the stories
/new       start a new conversation (follow-ups forget the earlier questions)
/help      this list
/quit      end (so do Ctrl-D, and Ctrl-C at an empty prompt)
Anything else is a question. Ctrl-C while an answer is written cancels it.`

// errInterrupted is a Ctrl-C at the prompt: the line typed so far is
// dropped; at an empty prompt, chat ends.
var errInterrupted = errors.New("interrupted")

// lineReader reads chat's input, one line at a time.
type lineReader interface {
	// readLine returns the next line, io.EOF at the end, or
	// errInterrupted for Ctrl-C (with the line typed so far: "" means it
	// was at an empty prompt).
	readLine() (string, error)
	close()
}

func runChat(ctx context.Context, e *env, args []string) error {
	a := &app{cfg: config.Default()}
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	a.register(fs)
	if err := parse(fs, e, args, "chat [flags]\n\nOn a terminal: line editing (arrows, Home/End, Ctrl-A/E/W/U/K) and history (Up/Down).\n"+chatHelp); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("chat takes no arguments; type questions at the prompt")
	}
	if err := a.Open(ctx, e, nil); err != nil {
		return err
	}
	defer a.Close()
	ch := &chat{e: e, bot: a.bot, offline: a.offline, stream: isTerminal(e.stdout), note: a.noteModelDown,
		waiting: func() func() { return a.answerNotice(e) }}
	var in lineReader
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		in = newTermReader(f, e.stdout)
		n := len(a.bot.Sources())
		fmt.Fprintf(e.stdout, "storybot: %d %s. Ask a question; /help lists the commands.\n", n, plural(n, "story", "stories"))
	} else {
		in = newPipeReader(e.stdin)
	}
	defer in.close()
	return ch.loop(ctx, in)
}

// chat is one conversation.
type chat struct {
	e       *env
	bot     *bot.Bot
	offline bool
	// stream prints a model's answer as it is written (stdout is a
	// terminal); otherwise each answer is printed whole.
	stream  bool
	history []bot.Turn
	note    func(*bot.Answer) // adds why the model didn't answer, if it is down
	// waiting starts the line that says chat waits for the model, as ask
	// says it; the function it returns stops it.
	waiting func() (stop func())
}

type readResult struct {
	line string
	err  error
}

// loop reads lines and answers them until the input ends, /quit, Ctrl-C at
// an empty prompt, or SIGTERM. Reading happens on its own goroutine, so a
// signal is seen while chat waits for a line.
func (ch *chat) loop(ctx context.Context, in lineReader) error {
	out := ch.e.stdout
	lines := make(chan readResult)
	next := make(chan struct{}, 1)
	go func() {
		for range next {
			line, err := in.readLine()
			select {
			case lines <- readResult{line, err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer close(next)
	for {
		next <- struct{}{}
		var r readResult
		select {
		case r = <-lines:
		case sig := <-ch.e.signals:
			// A signal while waiting for a line (the terminal takes
			// Ctrl-C as a key at the prompt, so this is a pipe, or kill).
			in.close()
			fmt.Fprintln(out)
			if sig == syscall.SIGTERM {
				return errors.New("stopped by SIGTERM")
			}
			return nil
		case <-ctx.Done():
			in.close()
			return nil
		}
		switch {
		case errors.Is(r.err, errInterrupted) && strings.TrimSpace(r.line) == "":
			return nil
		case errors.Is(r.err, errInterrupted):
			continue // the line is dropped; a new prompt
		case errors.Is(r.err, io.EOF):
			if _, ok := in.(*termReader); ok {
				fmt.Fprintln(out) // Ctrl-D leaves the cursor after the prompt
			}
			return nil
		case r.err != nil:
			return r.err
		}
		quit, err := ch.handle(ctx, r.line)
		if quit || err != nil {
			return err
		}
	}
}

// handle answers one line: a /command or a question. It returns quit for
// /quit and SIGTERM.
func (ch *chat) handle(ctx context.Context, raw string) (quit bool, err error) {
	out := ch.e.stdout
	line := strings.TrimSpace(raw)
	if line == "" {
		return false, nil
	}
	if cmd, ok := chatCommand(line); ok {
		switch cmd {
		case "/quit", "/exit":
			return true, nil
		case "/help", "/?":
			fmt.Fprintln(out, chatHelp)
		case "/sources":
			for _, s := range ch.bot.Sources() {
				date := ""
				if s.Date != "" {
					date = " (" + s.Date + ")"
				}
				fmt.Fprintf(out, "- %s%s %s\n", s.Title, date, s.Source)
			}
		case "/new":
			ch.history = nil
			fmt.Fprintln(out, "New conversation: follow-up questions no longer see the earlier ones.")
		default:
			fmt.Fprintf(out, "unknown command %s; /help lists the commands\n", cmd)
		}
		return false, nil
	}
	return ch.ask(ctx, line)
}

// chatCommand reports whether a line is a /command ("/help", "/sorces"),
// and which; a line like "/ what?" or "/2 of them?" is not one.
func chatCommand(line string) (string, bool) {
	if !strings.HasPrefix(line, "/") {
		return "", false
	}
	word, _, _ := strings.Cut(line, " ")
	if len(word) < 2 {
		return "", false
	}
	if c := word[1]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '?') {
		return "", false
	}
	return strings.ToLower(word), true
}

// ask answers a question. Ctrl-C (SIGINT) while it is answered cancels it
// and chat goes on; SIGTERM cancels it and ends chat.
func (ch *chat) ask(ctx context.Context, line string) (quit bool, err error) {
	out := ch.e.stdout
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		interrupted = make(chan os.Signal, 1)
		done        = make(chan struct{})
	)
	go func() {
		select {
		case sig := <-ch.e.signals:
			interrupted <- sig
			cancel()
		case <-done:
		}
	}()
	sp := &streamPrinter{w: out, tty: ch.stream}
	q := bot.Question{Text: line, History: ch.history, Offline: ch.offline}
	stopNotice := func() {}
	if ch.waiting != nil {
		stopNotice = ch.waiting()
	}
	if ch.stream {
		q.OnPartial = func(text string) {
			stopNotice() // the answer is showing: nothing to wait for
			sp.partial(text)
		}
	}
	ans, err := ch.bot.Ask(actx, q)
	stopNotice()
	close(done)
	var sig os.Signal
	select {
	case sig = <-interrupted:
	default:
	}
	switch {
	case sig != nil || (err != nil && actx.Err() != nil && ctx.Err() == nil):
		if sp.printed != "" {
			fmt.Fprintln(out)
		}
		fmt.Fprintln(out, "(cancelled)")
		return sig == syscall.SIGTERM, nil
	case errors.Is(err, bot.ErrQuestionTooLong):
		fmt.Fprintln(out, err)
		return false, nil
	case err != nil:
		return false, err
	}
	if ch.note != nil {
		ch.note(ans)
	}
	sp.finish(ans)
	fmt.Fprintln(out)
	ch.history = append(ch.history, bot.Turn{Question: ans.Question, Answer: ans.Text})
	if len(ch.history) > chatHistory {
		ch.history = ch.history[len(ch.history)-chatHistory:]
	}
	return false, nil
}

// streamPrinter prints a model's answer as it is written: each partial
// text extends the one before, and only the new part is printed. The
// final answer may differ (a reply that failed the checks is replaced):
// then a note says so and the final answer is printed whole.
type streamPrinter struct {
	w       io.Writer
	tty     bool
	printed string
}

func (s *streamPrinter) partial(text string) {
	if !strings.HasPrefix(text, s.printed) {
		return // not an extension of what is shown: wait for the final answer
	}
	if rest := text[len(s.printed):]; rest != "" {
		io.WriteString(s.w, rest)
		s.printed = text
	}
}

func (s *streamPrinter) finish(a *bot.Answer) {
	switch {
	case s.printed == "":
		fmt.Fprintln(s.w, a.Text)
	case strings.HasPrefix(a.Text, s.printed):
		fmt.Fprintln(s.w, a.Text[len(s.printed):])
	default:
		note := "(replaced by a checked answer)"
		if s.tty {
			note = "\x1b[2m" + note + "\x1b[0m"
		}
		fmt.Fprintf(s.w, "\n%s\n%s\n", note, a.Text)
	}
	printAnswerTail(s.w, a)
}

// pipeReader reads lines from a pipe or a file.
type pipeReader struct {
	lines chan readResult
	done  chan struct{}
}

func newPipeReader(r io.Reader) *pipeReader {
	p := &pipeReader{lines: make(chan readResult), done: make(chan struct{})}
	send := func(res readResult) bool {
		select {
		case p.lines <- res:
			return true
		case <-p.done:
			return false
		}
	}
	go func() {
		err := eachLine(r, func(line string, tooLong bool) error {
			if tooLong {
				line = strings.Repeat("x", bot.MaxQuestionRunes+1) // answered "too long"
			}
			if !send(readResult{line: line}) {
				return io.EOF
			}
			return nil
		})
		if err == nil {
			err = io.EOF
		}
		for send(readResult{err: err}) {
		}
	}()
	return p
}

func (p *pipeReader) readLine() (string, error) {
	select {
	case r := <-p.lines:
		return r.line, r.err
	case <-p.done:
		return "", io.EOF
	}
}

func (p *pipeReader) close() {
	select {
	case <-p.done:
	default:
		close(p.done)
	}
}

// termReader reads lines from a terminal with golang.org/x/term's line
// editor: arrows, Home/End, Ctrl-A/E/B/F, Ctrl-W/U/K, and history on
// Up/Down. The terminal is in raw mode only while a line is read, so
// Ctrl-C during an answer is SIGINT as usual.
type termReader struct {
	fd    int
	t     *term.Terminal
	ctrlC bool
	typed string // the line when Ctrl-C was pressed
	state *term.State
}

// keyInterrupt stands for Ctrl-C inside the line editor, which would
// otherwise end ReadLine as if it were Ctrl-D, losing the difference
// between "drop this line" and "quit". A private-use rune.
const keyInterrupt = '\uE003'

func newTermReader(f *os.File, out io.Writer) *termReader {
	r := &termReader{fd: int(f.Fd())}
	r.t = term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{&keyReader{r: f}, out}, "> ")
	r.t.History = &lineHistory{}
	r.t.AutoCompleteCallback = func(line string, _ int, key rune) (string, int, bool) {
		if key != keyInterrupt {
			return "", 0, false
		}
		r.ctrlC, r.typed = true, line
		return "", 0, true // clear the line; the Enter that follows ends it
	}
	return r
}

func (r *termReader) readLine() (string, error) {
	st, err := term.MakeRaw(r.fd)
	if err != nil {
		return "", fmt.Errorf("couldn't set up the terminal: %w", err)
	}
	r.state = st
	defer r.restore()
	if w, h, err := term.GetSize(r.fd); err == nil && w > 0 && h > 0 {
		r.t.SetSize(w, h)
	}
	r.ctrlC, r.typed = false, ""
	line, err := r.t.ReadLine()
	if r.ctrlC {
		return r.typed, errInterrupted
	}
	return line, err
}

func (r *termReader) restore() {
	if r.state != nil {
		term.Restore(r.fd, r.state)
		r.state = nil
	}
}

func (r *termReader) close() { r.restore() }

// keyReader passes a terminal's bytes on to the line editor, with each
// Ctrl-C (0x03) turned into keyInterrupt and Enter, and the Home and End
// keys that golang.org/x/term does not know (tmux and screen send
// "\x1b[1~" and "\x1b[4~", rxvt "\x1b[7~" and "\x1b[8~", xterm in
// application mode "\x1bOH" and "\x1bOF") turned into the ones it does.
type keyReader struct {
	r       io.Reader
	pending []byte
	carry   []byte // the start of a key sequence, cut off by the read
}

func (c *keyReader) Read(p []byte) (int, error) {
	for len(c.pending) == 0 {
		buf := make([]byte, max(len(p), 8))
		n, err := c.r.Read(buf)
		if n == 0 {
			if err != nil && len(c.carry) > 0 {
				c.pending, c.carry = c.carry, nil
				break
			}
			return 0, err
		}
		c.pending, c.carry = translateKeys(append(c.carry, buf[:n]...))
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}

// keySynonyms maps the Home and End sequences golang.org/x/term does not
// know to the ones it does ("\x1b[H", "\x1b[F").
var keySynonyms = []struct{ from, to string }{
	{"\x1b[1~", "\x1b[H"}, {"\x1b[7~", "\x1b[H"}, {"\x1bOH", "\x1b[H"},
	{"\x1b[4~", "\x1b[F"}, {"\x1b[8~", "\x1b[F"}, {"\x1bOF", "\x1b[F"},
}

// translateKeys rewrites in: Ctrl-C as keyInterrupt and Enter, and the
// Home and End synonyms. An escape sequence cut off at the end, which
// could still become one of them, is returned as carry, for the next read.
func translateKeys(in []byte) (out, carry []byte) {
	for i := 0; i < len(in); i++ {
		b := in[i]
		if b == 3 {
			out = append(out, string(keyInterrupt)+"\r"...)
			continue
		}
		if b != 0x1b {
			out = append(out, b)
			continue
		}
		rest := string(in[i:])
		matched := false
		for _, k := range keySynonyms {
			if strings.HasPrefix(rest, k.from) {
				out = append(out, k.to...)
				i += len(k.from) - 1
				matched = true
				break
			}
			if len(rest) < len(k.from) && strings.HasPrefix(k.from, rest) {
				return out, append([]byte(nil), in[i:]...)
			}
		}
		if !matched {
			out = append(out, b)
		}
	}
	return out, nil
}

// lineHistory is the line editor's history: the last 200 lines, without
// blank lines or a line repeated right after itself.
type lineHistory struct{ lines []string }

func (h *lineHistory) Add(s string) {
	if strings.TrimSpace(s) == "" || (len(h.lines) > 0 && h.lines[len(h.lines)-1] == s) {
		return
	}
	h.lines = append(h.lines, s)
	if len(h.lines) > 200 {
		h.lines = h.lines[1:]
	}
}

func (h *lineHistory) Len() int { return len(h.lines) }

// At returns the idx-th most recent line (0 is the last).
func (h *lineHistory) At(idx int) string { return h.lines[len(h.lines)-1-idx] }
