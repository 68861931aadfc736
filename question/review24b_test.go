package question

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Review 24b: cases written by an independent reviewer from the session's
// offline diff alone (text and question: 60 cases, 20 failing at first),
// each deciding by meaning what a reading should return. All pass after
// the mends of the same commit.

// Review 24b: chat's "guys" and intensifiers before what a count question
// counts.
func TestReview24bCounted(t *testing.T) {
	for _, c := range []struct {
		q        string
		has, not string // stems; has "" means Counted must be nil
		why      string
	}{
		{"how many guys got arrested", "arrest", "guy", "guys are people; the arrests are counted"},
		{"how many dudes were actually killed", "kill", "dude", "dudes and an intensifier"},
		{"how many even died", "die", "even", "\"even\" only stresses"},
		{"how many guards actually escaped", "guard", "actual", "guards are still counted"},
		{"how much money did the guys steal", "money", "guy", "money counted; guys after did"},
		{"how many folks really lost their homes", "lost", "folk", "folks and really skipped"},
	} {
		got := Counted(c.q)
		if c.has == "" {
			if got != nil {
				t.Errorf("Counted(%q) = %v, want nil (%s)", c.q, got, c.why)
			}
			continue
		}
		if !got[text.Stem(c.has)] || c.not != "" && got[text.Stem(c.not)] {
			t.Errorf("Counted(%q) = %v, want %q and not %q (%s)", c.q, got, c.has, c.not, c.why)
		}
	}
}

// Review 24b: CountDeed and ClaimCounted past "guys" and intensifiers.
func TestReview24bCountDeedAndClaim(t *testing.T) {
	if got := CountDeed("how many guys actually got killed"); got != nil {
		t.Errorf("CountDeed(guys actually got killed) = %v, want nil: the counted word is the deed", got)
	}
	if got := CountDeed("how many inmates actually escaped"); !got["escape"] {
		t.Errorf("CountDeed(inmates actually escaped) = %v, want escape", got)
	}
	if got := CountDeed("how many guys in the gang were arrested"); !got["arrest"] {
		t.Errorf("CountDeed(guys in the gang were arrested) = %v, want arrest", got)
	}
	if got := ClaimCounted("wasnt it like 50 guys killed"); !got[text.Stem("kill")] || got[text.Stem("guy")] {
		t.Errorf("ClaimCounted(50 guys killed) = %v, want kill, not guy", got)
	}
	if got := ClaimCounted("i heard 12 guys actually escaped"); !got[text.Stem("escape")] || got[text.Stem("guy")] {
		t.Errorf("ClaimCounted(12 guys actually escaped) = %v, want escape, not guy", got)
	}
}

// Review 24b: Read with an asker's story before the question and an
// "i keep" relative clause.
func TestReview24bRead(t *testing.T) {
	var rd Reader
	c := newTermCorpus("Troops entered the prison in Guayaquil. Gang members killed 31 inmates. The director of the prison is Pablo Ramirez.")
	for q, want := range map[string][]string{
		"i was reading the thing about the prison down there and like how many guys actually got killed": {"how many guys actually got killed", "how many guys got killed"},
		"who is the guy i keep hearing about":                 {"who is the guy i keep hearing about"},
		"my uncle works at the prison so who is the director": {"who is the director"},
	} {
		if got := rd.Read(c, q); !slices.Contains(want, got) {
			t.Errorf("Read(%q) = %q, want %q", q, got, want[0])
		}
	}
}
