package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestTranslateKeys(t *testing.T) {
	const home, end = "\x1b[H", "\x1b[F"
	tests := []struct{ in, want, carry string }{
		{"plain text", "plain text", ""},
		{"a\x1b[1~b\x1b[4~c", "a" + home + "b" + end + "c", ""},
		{"\x1b[7~\x1b[8~", home + end, ""},
		{"\x1bOH\x1bOF", home + end, ""},
		{"\x1b[H\x1b[F\x1b[D\x1b[3~", "\x1b[H\x1b[F\x1b[D\x1b[3~", ""}, // known to x/term: unchanged
		{"ab\x03", "ab" + string(keyInterrupt) + "\r", ""},
		{"x\x1b[1", "x", "\x1b[1"},
		{"x\x1bO", "x", "\x1bO"},
		{"x\x1b", "x", "\x1b"},
		{"\x1b[2~", "\x1b[2~", ""}, // Insert: not ours
	}
	for _, tt := range tests {
		out, carry := translateKeys([]byte(tt.in))
		if string(out) != tt.want || string(carry) != tt.carry {
			t.Errorf("translateKeys(%q) = %q, carry %q; want %q, carry %q", tt.in, out, carry, tt.want, tt.carry)
		}
	}
}

// A key's sequence cut between two reads is still that key.
func TestKeyReaderAcrossReads(t *testing.T) {
	in := "How\x1b[1~Q\x1b[4~?\x1bOH!"
	got, err := io.ReadAll(&keyReader{r: iotest.OneByteReader(strings.NewReader(in))})
	if err != nil {
		t.Fatal(err)
	}
	if want := "How\x1b[HQ\x1b[F?\x1b[H!"; !bytes.Equal(got, []byte(want)) {
		t.Errorf("read %q, want %q", got, want)
	}
}
