package ground

import "testing"

// "X spoke on Wednesday" says only that X said something: a sentence of
// X's with a verb of saying holds it. A deed X is never said to do
// ("X resigned on Wednesday") is still not X's.
func TestBareSpeechIsSaying(t *testing.T) {
	const p = "Chile's transport minister, Ricardo Solis, said on Wednesday the government would not intervene in a private dispute.\n"
	runEdgeCases(t, []edgeCase{
		{"spoke", p, "Ricardo Solis spoke on Wednesday about the government and the dispute [1].", ""},
		{"a deed not his", p, "Ricardo Solis resigned on Wednesday over the government and the dispute [1].", `"resigned"`},
	})
}
