package ground

import "testing"

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
