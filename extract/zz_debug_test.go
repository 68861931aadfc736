package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

func TestZZKeys(t *testing.T) {
	q := os.Getenv("Q")
	if q == "" {
		t.Skip()
	}
	seed, _ := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	ix := edgeIndex(t, map[string]string{"000.txt": string(seed)})
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), q, "")
	fmt.Printf("focus=%q qt=%v role=%q\n", rq.focus, rq.qt, rq.role)
	for _, k := range rq.keys {
		fmt.Printf("  %s w=%.2f known=%v alts=%v\n", k.term, k.weight, k.known, k.alts)
	}
	a := askOf(t, map[string]string{"000.txt": string(seed)}, q)
	fmt.Println(a.Text)
}
