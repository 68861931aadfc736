package bot

import (
	"context"
	"regexp"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/question"
)

// askParts answers a message asking numbered questions (question.Parts:
// "1) how many dead 2) who ran the op") one question at a time, offline,
// and gives their answers together, each under its question, when the
// message as a whole found no answer and some part did; else nil. The
// citations are numbered anew across the parts, a sentence two parts cite
// keeping one number.
func (b *Bot) askParts(ctx context.Context, q Question, txt string) *Answer {
	parts := question.Parts(txt)
	if len(parts) < 2 {
		return nil
	}
	var answers []*Answer
	answered := false
	for _, p := range parts {
		a, err := b.Ask(ctx, Question{Text: p, History: q.History, K: q.K, Offline: true})
		if err != nil {
			return nil
		}
		answers = append(answers, a)
		answered = answered || !a.Abstained
	}
	if !answered {
		return nil
	}
	out := &Answer{Question: txt, Mode: ModeExtractive, Citations: []Citation{}}
	numbers := map[[3]string]int{} // a cited sentence's number: source, start, end
	chunks := map[string]bool{}
	var texts, reads []string
	for i, a := range answers {
		renumber := map[int]int{}
		for _, c := range a.Citations {
			old := c.N
			key := [3]string{c.Source, strconv.Itoa(c.Start), strconv.Itoa(c.End)}
			n, ok := numbers[key]
			if !ok {
				n = len(out.Citations) + 1
				numbers[key] = n
				c.N = n
				out.Citations = append(out.Citations, c)
			}
			renumber[old] = n
		}
		body := partMarkerRE.ReplaceAllStringFunc(a.Text, func(m string) string {
			old, _ := strconv.Atoi(m[1 : len(m)-1])
			if n, ok := renumber[old]; ok {
				return "[" + strconv.Itoa(n) + "]"
			}
			return m
		})
		texts = append(texts, "**"+strings.TrimSpace(parts[i])+"**\n"+body)
		read := a.ReadAs
		if read == "" {
			read = parts[i]
		}
		reads = append(reads, read)
		for _, p := range a.Passages {
			if !chunks[p.ChunkID] {
				chunks[p.ChunkID] = true
				p.N = len(out.Passages) + 1
				out.Passages = append(out.Passages, p)
			}
		}
		if !a.Abstained && (out.Answerability == nil || a.Answerability != nil && a.Answerability.Score > out.Answerability.Score) {
			out.Answerability = a.Answerability
		}
	}
	out.Text = strings.Join(texts, "\n\n")
	out.ReadAs = strings.Join(reads, " | ")
	return out
}

// partMarkerRE is a citation marker in an answer's text: "[2]".
var partMarkerRE = regexp.MustCompile(`\[\d+\]`)

// askPremise answers a confirmation question the stories don't settle as
// typed ("is it true that only 200 soldiers went in") with what they say
// of its slot, read as question.Premise reads it ("how many soldiers went
// in"), offline, when that reading is answered; else nil. read is the
// question as read, without a turn it leans on; txt is it as typed,
// trimmed. The answer is the slot's sentence as it stands, never "Yes:"
// (the asker's figure, day or place is not the stories'), and read_as
// shows the reading.
func (b *Bot) askPremise(ctx context.Context, q Question, txt, read string, voc *question.Vocabulary) *Answer {
	slot, ok := question.Premise(read, voc)
	if !ok {
		// the reading may have cut the tag ("the prison is in quito or
		// not?"): the question as typed, which the asking reads again
		if slot, ok = question.Premise(txt, voc); !ok {
			return nil
		}
	}
	a, err := b.Ask(ctx, Question{Text: slot, History: q.History, K: q.K, Offline: true})
	if err != nil || a.Abstained {
		return nil
	}
	a.Question, a.ReadAs = txt, slot
	return a
}

// askStatedBefore answers a statement followed by a question of its own
// asking whether it holds ("One of my students wrote that the riot left
// 50 dead. Is it accurate to say that?"), offline, as the statement
// asked with a plain tag (question.PremiseBefore), when that is
// answered; else nil. read_as shows the statement as asked.
func (b *Bot) askStatedBefore(ctx context.Context, q Question, txt string) *Answer {
	s, ok := question.PremiseBefore(txt)
	if !ok {
		return nil
	}
	a, err := b.Ask(ctx, Question{Text: s, History: q.History, K: q.K, Offline: true})
	if err != nil || a.Abstained {
		return nil
	}
	if a.ReadAs == "" {
		a.ReadAs = s
	}
	a.Question = txt
	return a
}
