package config

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzDecode feeds the loader arbitrary documents: it must never panic,
// and a document it accepts and that validates must round-trip through
// Encode. Run longer with: go test -fuzz FuzzDecode ./config
func FuzzDecode(f *testing.F) {
	if b, err := os.ReadFile(example); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"", "[retrieval]\nk = 3\n", "[discord]\nallowed_guilds = [\"1\", \"2\"]\n", "[llm]\ntimeout = \"1m\"\n",
		"k = 1", "[discord]\ntoken = \"x\"", "[[retrieval]]\nk = 1", "[retrieval.k]\n", "[llm]\ntemperature = nan",
		"[retrieval]\nk = 1e400", "[discord]\nshutdown_timeout = 1979-05-27T07:32:00Z", "[log]\nlevel = '''\nx'''",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		cfg := Default()
		err := Decode(&cfg, "fuzz.toml", doc)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.toml") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		if cfg.Validate() != nil {
			return
		}
		var b bytes.Buffer
		if err := Encode(&b, cfg); err != nil {
			t.Fatalf("Encode: %v", err)
		}
		back := Default()
		if err := Decode(&back, "encoded", b.Bytes()); err != nil {
			t.Fatalf("Decode(Encode(cfg)): %v\n%s", err, b.String())
		}
		if diff := cmp.Diff(cfg, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-decoded +re-decoded):\n%s", diff)
		}
	})
}
