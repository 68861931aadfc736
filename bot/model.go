package bot

import (
	"context"
	"fmt"
	"regexp"
	"strconv"

	"github.com/storybot-dev/storybot/retrieval"
)

var markerRE = regexp.MustCompile(`\[(\d{1,3})\]`)

// answerWithModel asks the Generator and checks its reply. It fills ans
// and returns "" when the reply can be shown, or the reason it cannot.
func (b *Bot) answerWithModel(ctx context.Context, _ *retrieval.Index, q Question, ans *Answer) string {
	res, err := b.gen.Generate(ctx, GenerateRequest{Question: ans.Question, History: q.History, Passages: ans.Passages, OnPartial: q.OnPartial})
	if err != nil {
		return fmt.Sprintf("model failed: %v", err)
	}
	var cites []Citation
	seen := map[int]int{}
	text := markerRE.ReplaceAllStringFunc(res.Text, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		if n < 1 || n > len(ans.Passages) {
			return ""
		}
		if c, ok := seen[n]; ok {
			return fmt.Sprintf("[%d]", c)
		}
		p := &ans.Passages[n-1]
		c := len(cites) + 1
		cites = append(cites, cite(c, p, p.Start, p.End))
		seen[n] = c
		return fmt.Sprintf("[%d]", c)
	})
	if len(cites) == 0 {
		return "model answer cites no passage"
	}
	ans.Text = SanitizeMentions(text)
	ans.Citations = cites
	ans.Usage = &res.Usage
	return ""
}
