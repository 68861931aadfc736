package prompts

import (
	"strings"
	"testing"
)

// A title's ampersand is escaped in its attribute, as its quotes are.
func TestTitleAttributeEscapesAmpersand(t *testing.T) {
	got, err := User(Input{Question: "What happened?", Passages: []Passage{{N: 1, Title: `Floods & "storms"`, Text: "The river rose."}}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, `title="Floods &amp; &quot;storms&quot;"`) {
		t.Errorf("passage tag not escaped:\n%s", got)
	}
}
