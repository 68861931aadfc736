package metrics

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// Zero tokens of a kind leave no series for it.
func TestZeroTokensNoSeries(t *testing.T) {
	m := New()
	srv := httptest.NewServer(m.Handler(nil))
	defer srv.Close()
	m.Tokens("prompt", 0)
	for name := range scrape(t, srv.URL) {
		if strings.HasPrefix(name, "storybot_model_tokens_total") {
			t.Errorf("series %s after zero tokens", name)
		}
	}
}
