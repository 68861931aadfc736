package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// "from X to Y" has a side for each number: the claim may not put the
// later value first ("from 31 to 18", "31 before") nor the earlier one
// after "to".
func TestChangeSide(t *testing.T) {
	const p = "The attorney general on Tuesday raised the death toll from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"as the passage", p, "The attorney general raised the death toll from 18 to 31 [1].", ""},
		{"backwards", p, "The attorney general raised the death toll from 31 to 18 [1].", "number:"},
		{"later value as before", p, "It was 31 before, then the attorney general raised the death toll [1].", "value before the change"},
		{"earlier value after to", p, "The attorney general raised the death toll to 18 [1].", "number:"},
		{"earlier value after to, later one given too", p, "The death toll, 31, was raised to 18 [1].", "value after the change"},
		{"later value after to", p, "The attorney general raised the death toll to 31 [1].", ""},
		{"earlier value marked earlier", p, "The death toll was initially 18 [1].", ""},
	})
}

// A qualified title ("former president", "Vice President") the passage
// never qualifies so gives the person another office; "current" only
// contrasts with a former one the passage names.
func TestRoleModifier(t *testing.T) {
	const p = "On Monday, Ecuador's current President Guillermo Lasso declared a state of emergency in Duran.\n"
	const q = "President Guillermo Lasso declared a state of emergency in Duran. The former president was abroad.\n"
	runEdgeCases(t, []edgeCase{
		{"former", p, "Lasso is Ecuador's former president [1].", `former`},
		{"deputy", p, "Lasso, who declared a state of emergency in Duran, is the deputy president [1].", `"deputy president"`},
		{"vice", p, "Vice President Guillermo Lasso declared a state of emergency in Duran [1].", `"vice president"`},
		{"as the passage", p, "Current President Guillermo Lasso declared a state of emergency in Duran [1].", ""},
		{"plain title", p, "President Guillermo Lasso declared a state of emergency in Duran [1].", ""},
		{"former not before a title", p, "Guillermo Lasso declared a state of emergency in Duran, his former stronghold [1].", ""},
		{"former before no title", "Anderson left the club by mutual consent.\n", "Anderson left his former club by mutual consent [1].", ""},
		{"current beside another's former", q, "Current President Guillermo Lasso declared a state of emergency in Duran [1].", ""},
		{"former where the passage has it", q, "The former president was abroad [1].", ""},
	})
}

// A Markdown table's rows are claims of their own, its header row and rule
// structure: one wrong row is dropped, the others stay.
func TestTableRowsAreClaims(t *testing.T) {
	const p = "Soldiers gained access to three cellblocks. The attorney general raised the death toll from 18 to 31.\n"
	st := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+p)
	ps := passagesWith(&st, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	reply := "| event | count |\n|---|---|\n| cellblocks accessed | 3 |\n| death toll | 31 (up from 18) |\n| guards killed | 12 |\n\n[1]"
	v, reason := Check(reply, "give me the numbers", ps)
	if reason != "" {
		t.Fatalf("reason %q, want the table's supported rows", reason)
	}
	if !strings.Contains(v.Text, "| death toll | 31 (up from 18) |") || !strings.Contains(v.Text, "cellblocks accessed") {
		t.Errorf("text %q lacks a supported row", v.Text)
	}
	if strings.Contains(v.Text, "guards killed") || strings.Contains(v.Text, "---") || len(v.Dropped) != 1 {
		t.Errorf("text %q, dropped %v: want the guards row dropped alone", v.Text, v.Dropped)
	}
}

// Lines opening on a bold label ("**Main cargo:** copper, fruit and wine
// [1]") are items of a list written without bullets: each a claim.
func TestLabelLinesAreClaims(t *testing.T) {
	const p = "The walkout halted the loading of about 12,000 containers a day, most of them carrying copper, fruit and wine bound for Asia.\n"
	st := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+p)
	ps := passagesWith(&st, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	reply := "**Containers:** about 12,000 a day halted [1]\n**Main cargo:** copper, fruit and wine [1]\n**Destination:** Europe [1]"
	v, reason := Check(reply, "what does the port ship", ps)
	if reason != "" {
		t.Fatalf("reason %q, want the supported lines", reason)
	}
	if !strings.Contains(v.Text, "copper, fruit and wine") || strings.Contains(v.Text, "Europe") || len(v.Dropped) != 1 {
		t.Errorf("text %q, dropped %v: want the Europe line dropped alone", v.Text, v.Dropped)
	}
}
