package cite

import "testing"

func TestFindQuoteSpan(t *testing.T) {
	txt := "He said: “This operation has been\n decisive,” and left."
	s, e, ok := FindQuote(txt, "this operation has been decisive")
	if !ok {
		t.Fatal("not found")
	}
	if got := txt[s:e]; got != "This operation has been\n decisive" {
		t.Errorf("span = %q", got)
	}
	if _, _, ok := FindQuote(txt, "has been divisive"); ok {
		t.Error("a changed word was accepted")
	}
}
