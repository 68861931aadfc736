package config

import (
	"strings"
	"testing"
)

// An integer past 32 bits, either way, is refused where it is written.
func TestDecodeIntBeyond32Bits(t *testing.T) {
	for _, v := range []string{"-3000000000", "3000000000"} {
		c := Default()
		err := Decode(&c, "storybot.toml", []byte("[retrieval]\nk = "+v+"\n"))
		if err == nil || !strings.Contains(err.Error(), "32 bits") {
			t.Errorf("k = %s: %v, want it refused as beyond 32 bits", v, err)
		}
	}
}
