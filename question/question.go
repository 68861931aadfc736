// Package question reads what was asked: it checks a question's length,
// strips instructions and planted claims from it, reads chat shorthand and
// typos into the stories' words, and says what kind of answer it wants.
package question

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxRunes is the longest question accepted, in characters. A question is
// a sentence or two; past 1,000 characters it is a paste, and it would
// crowd the passages out of a model's context.
const MaxRunes = 1000

// Errors for questions that cannot be asked. Surfaces show them to the user.
var (
	ErrEmpty   = errors.New("the question is empty")
	ErrTooLong = fmt.Errorf("the question is too long (at most %d characters)", MaxRunes)
)

// Check trims a question and checks its length.
func Check(q string) (string, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ErrEmpty
	}
	if utf8.RuneCountInString(q) > MaxRunes {
		return "", ErrTooLong
	}
	if !utf8.ValidString(q) {
		q = strings.ToValidUTF8(q, "\uFFFD")
	}
	return q, nil
}
