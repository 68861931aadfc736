package weaviate

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// The collection's properties. Only text is searched by BM25; the others
// are stored for citations and filters. Tokenization "field" makes the
// identifiers match whole in filters.
type property struct {
	Name            string   `json:"name"`
	DataType        []string `json:"dataType"`
	Tokenization    string   `json:"tokenization,omitempty"`
	IndexFilterable *bool    `json:"indexFilterable,omitempty"`
	IndexSearchable *bool    `json:"indexSearchable,omitempty"`
}

func ptr[T any](v T) *T { return &v }

var properties = []property{
	{Name: "source", DataType: []string{"text"}, Tokenization: "field", IndexFilterable: ptr(true), IndexSearchable: ptr(false)},
	{Name: "storyHash", DataType: []string{"text"}, Tokenization: "field", IndexFilterable: ptr(true), IndexSearchable: ptr(false)},
	{Name: "chunkId", DataType: []string{"text"}, Tokenization: "field", IndexFilterable: ptr(true), IndexSearchable: ptr(false)},
	{Name: "start", DataType: []string{"int"}},
	{Name: "end", DataType: []string{"int"}},
	{Name: "title", DataType: []string{"text"}, Tokenization: "word", IndexFilterable: ptr(false), IndexSearchable: ptr(false)},
	{Name: "date", DataType: []string{"text"}, Tokenization: "field", IndexFilterable: ptr(true), IndexSearchable: ptr(false)},
	{Name: "text", DataType: []string{"text"}, Tokenization: "word", IndexFilterable: ptr(false), IndexSearchable: ptr(true)},
}

// classDef is the collection as created: storybot's own vectors
// (vectorizer none), cosine distance like the in-process index, the
// in-process BM25's parameters (k1 = 1.2, b = 0.75) with English stop
// words, Config.Shards shards and Config.Replicas copies of each.
func (c *Client) classDef() map[string]any {
	return map[string]any{
		"class":           c.cfg.Collection,
		"description":     "storybot story chunks (github.com/storybot-dev/storybot)",
		"vectorizer":      "none",
		"vectorIndexType": "hnsw",
		"vectorIndexConfig": map[string]any{
			"distance": "cosine",
		},
		"invertedIndexConfig": map[string]any{
			"bm25":      map[string]any{"k1": 1.2, "b": 0.75},
			"stopwords": map[string]any{"preset": "en"},
		},
		"replicationConfig": map[string]any{"factor": c.cfg.Replicas},
		"shardingConfig":    map[string]any{"desiredCount": c.cfg.Shards},
		"properties":        properties,
	}
}

type classInfo struct {
	Class      string     `json:"class"`
	Vectorizer string     `json:"vectorizer"`
	Properties []propInfo `json:"properties"`
}

type propInfo struct {
	Name     string   `json:"name"`
	DataType []string `json:"dataType"`
}

// EnsureCollection creates the collection if it does not exist, and checks
// that an existing one has storybot's properties and no vectorizer.
func (c *Client) EnsureCollection(ctx context.Context) error {
	info, err := c.getClass(ctx)
	if err != nil {
		return err
	}
	if info == nil {
		err := c.do(ctx, http.MethodPost, "/v1/schema", c.classDef(), nil)
		var se *StatusError
		if err == nil {
			return nil
		}
		// Another process may have created it meanwhile (422 "already
		// exists"); then check what it created.
		if !errors.As(err, &se) || se.Code != http.StatusUnprocessableEntity || !strings.Contains(se.Body, "already exists") {
			return fmt.Errorf("weaviate: creating collection %s: %w", c.cfg.Collection, err)
		}
		if info, err = c.getClass(ctx); err != nil {
			return err
		}
		if info == nil {
			return fmt.Errorf("weaviate: collection %s is said to exist but is not in the schema", c.cfg.Collection)
		}
	}
	return c.checkClass(info)
}

func (c *Client) checkClass(info *classInfo) error {
	if info.Vectorizer != "" && info.Vectorizer != "none" {
		return fmt.Errorf("weaviate: collection %s uses vectorizer %q; storybot brings its own vectors and needs \"none\"", c.cfg.Collection, info.Vectorizer)
	}
	var problems []string
	for _, want := range properties {
		i := slices.IndexFunc(info.Properties, func(p propInfo) bool { return p.Name == want.Name })
		switch {
		case i < 0:
			problems = append(problems, fmt.Sprintf("no property %q", want.Name))
		case !slices.Equal(info.Properties[i].DataType, want.DataType):
			problems = append(problems, fmt.Sprintf("property %q is %v, want %v", want.Name, info.Properties[i].DataType, want.DataType))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("weaviate: collection %s was not made by storybot: %s", c.cfg.Collection, strings.Join(problems, "; "))
	}
	return nil
}

// getClass returns the collection's schema, or nil when it does not exist.
func (c *Client) getClass(ctx context.Context) (*classInfo, error) {
	var info classInfo
	err := c.do(ctx, http.MethodGet, "/v1/schema/"+c.cfg.Collection, nil, &info)
	var se *StatusError
	if errors.As(err, &se) && se.Code == http.StatusNotFound {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("weaviate: reading collection %s: %w", c.cfg.Collection, err)
	}
	return &info, nil
}

// DeleteCollection drops the collection and every object in it (needed,
// for one, when the embedder's dimension changes). A missing collection is
// not an error.
func (c *Client) DeleteCollection(ctx context.Context) error {
	err := c.do(ctx, http.MethodDelete, "/v1/schema/"+c.cfg.Collection, nil, nil)
	var se *StatusError
	if errors.As(err, &se) && se.Code == http.StatusNotFound {
		return nil
	}
	if err != nil {
		return fmt.Errorf("weaviate: deleting collection %s: %w", c.cfg.Collection, err)
	}
	return nil
}
