package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A short Spanish answer is read as Spanish by its verb forms of "ser",
// "estar" and "haber" and its words of time as well as its articles: "31
// muertos (antes eran 18)" answers "¿Cuántos muertos...?" in Spanish.
func TestSpanishAnswerByVerbForms(t *testing.T) {
	const asked = "¿Cuántos muertos dejó la violencia en la cárcel de Guayaquil?"
	for body, want := range map[string]bool{
		"31 muertos (antes eran 18)":    true,
		"Hay 31 muertos":                true,
		"31 dead, there were 18 before": false,
	} {
		if got := spanishAnswer(body, asked); got != want {
			t.Errorf("spanishAnswer(%q) = %v, want %v", body, got, want)
		}
	}
}

// "ser" before a participle is the passive ("fueron trasladados": were
// moved), not the dictionary's first sense of "fueron" (went).
func TestSpanishPassiveReadAsBe(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nPolice said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	got, ok := glossSpanish("Según la policía, 14 reclusos fueron trasladados a un hospital de Guayaquil con heridas de bala.", []int{1}, evidenceOf(ps))
	if !ok || !strings.Contains(got, " were ") || strings.Contains(got, " go ") {
		t.Errorf("glossSpanish = %q, %v: want the passive read as \"were\"", got, ok)
	}
}
