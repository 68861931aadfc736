package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/storybot-dev/storybot/config"
)

// The [weaviate] replicas and shards keys reach the collection storybot
// creates: the class definition POSTed to /v1/schema carries them.
func TestNewSharedCollectionLayout(t *testing.T) {
	var (
		mu    sync.Mutex
		class map[string]any
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodGet && r.URL.Path == "/v1/schema/Layout":
			http.NotFound(w, r)
		case r.Method == http.MethodPost && r.URL.Path == "/v1/schema":
			b, _ := io.ReadAll(r.Body)
			mu.Lock()
			defer mu.Unlock()
			if err := json.Unmarshal(b, &class); err != nil {
				t.Errorf("schema body %q: %v", b, err)
			}
			w.Write([]byte(`{}`))
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			http.Error(w, "unexpected", http.StatusBadRequest)
		}
	}))
	defer srv.Close()
	cfg := config.Default()
	cfg.Weaviate.URL, cfg.Weaviate.Collection = srv.URL, "Layout"
	cfg.Weaviate.Replicas, cfg.Weaviate.Shards = 3, 5
	sh, err := newShared(cfg, func(string) string { return "" }, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.write.EnsureCollection(context.Background()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	repl, _ := class["replicationConfig"].(map[string]any)
	shard, _ := class["shardingConfig"].(map[string]any)
	if repl["factor"] != 3.0 || shard["desiredCount"] != 5.0 {
		t.Errorf("collection created with replicationConfig %v, shardingConfig %v; want factor 3, desiredCount 5", repl, shard)
	}
}
