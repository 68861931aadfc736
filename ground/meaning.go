package ground

// meaning applies the rules that read what a claim says, not only its
// words, to a claim whose words the cited passages hold. It returns the
// rule the claim breaks and why, or "", "".
func meaning(body string, cited []int, ev []evidence) (rule, reason string) {
	return "", ""
}
