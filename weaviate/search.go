package weaviate

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/story"
)

// Hit is one chunk found by Search, with what each side of the hybrid
// search contributed.
type Hit struct {
	// Chunk holds the stored fields; its Vector is nil.
	Chunk
	// ObjectID is the Weaviate object's UUID.
	ObjectID string
	// Score is Weaviate's fused score: for ranked fusion the sum over the
	// sides that brought the chunk of weight / (60 + rank - 1).
	Score float64
	// Keyword is the BM25 side, Vector the vector side.
	Keyword, Vector Side
	// Explain is Weaviate's explainScore, as given.
	Explain string
}

// Side is one side's part in a hybrid hit.
type Side struct {
	// Rank is the chunk's 1-based rank in that side's results; 0 means the
	// side did not bring the chunk.
	Rank int
	// Contribution is what the side added to Hit.Score.
	Contribution float64
	// Score is the side's own score (HasScore): for the vector side the
	// cosine similarity of the query vector and the chunk's, for the
	// keyword side the BM25 score. Weaviate's explainScore carries them
	// under relative-score fusion only, so under ranked fusion Search gets
	// them in the same request: the hits' stored vectors (the similarity is
	// computed here) and the same BM25 search's scores for its first
	// Config.HybridCandidates results. Config.NoSideScores skips both.
	Score    float64
	HasScore bool
}

// Search finds the k chunks that best match the query text and vector with
// Weaviate's hybrid search (BM25 over the chunk text and the nearest
// vectors, ranked fusion, the vector side weighted Config.Alpha). Hits come
// in Weaviate's order. With a nil vector it searches by keywords alone;
// with an empty query, by the vector alone.
func (c *Client) Search(ctx context.Context, query string, vector []float32, k int) ([]Hit, error) {
	if k <= 0 {
		return nil, errors.New("weaviate: k must be at least 1")
	}
	query = strings.TrimSpace(query)
	if query == "" && len(vector) == 0 {
		return nil, errors.New("weaviate: search needs a query or a vector")
	}
	alpha := c.cfg.Alpha
	if len(vector) == 0 {
		alpha = 0
	} else if query == "" {
		alpha = 1
	}
	sideScores := !c.cfg.NoSideScores
	var b strings.Builder
	fmt.Fprintf(&b, `{ Get { hits: %s(hybrid: {query: %s, alpha: %s, fusionType: rankedFusion, properties: ["text"]`,
		c.cfg.Collection, gqlString(query), strconv.FormatFloat(alpha, 'g', -1, 64))
	if len(vector) > 0 {
		b.WriteString(", vector: ")
		if err := writeVector(&b, vector); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(&b, `}, limit: %d) { source storyHash chunkId start end title date text _additional { id score explainScore`, k)
	if sideScores && len(vector) > 0 {
		b.WriteString(" vector")
	}
	b.WriteString(" } }")
	if sideScores && alpha < 1 {
		// The BM25 scores ranked fusion leaves out of explainScore: the same
		// keyword search, in the same request, ids and scores only.
		fmt.Fprintf(&b, ` kw: %s(bm25: {query: %s, properties: ["text"]}, limit: %d) { _additional { id score } }`,
			c.cfg.Collection, gqlString(query), c.cfg.HybridCandidates)
	}
	b.WriteString(" } }")

	type additional struct {
		ID           string    `json:"id"`
		Score        flexFloat `json:"score"` // Weaviate sends it as a string
		ExplainScore string    `json:"explainScore"`
		Vector       []float32 `json:"vector"`
	}
	var data struct {
		Get struct {
			Hits []struct {
				Source     string     `json:"source"`
				StoryHash  string     `json:"storyHash"`
				ChunkID    string     `json:"chunkId"`
				Start      int        `json:"start"`
				End        int        `json:"end"`
				Title      string     `json:"title"`
				Date       string     `json:"date"`
				Text       string     `json:"text"`
				Additional additional `json:"_additional"`
			} `json:"hits"`
			Keyword []struct {
				Additional additional `json:"_additional"`
			} `json:"kw"`
		} `json:"Get"`
	}
	if err := c.graphql(ctx, b.String(), &data); err != nil {
		return nil, fmt.Errorf("weaviate: searching %s: %w", c.cfg.Collection, err)
	}
	bm25 := make(map[string]float64, len(data.Get.Keyword))
	for _, r := range data.Get.Keyword {
		bm25[r.Additional.ID] = float64(r.Additional.Score)
	}
	hits := make([]Hit, 0, len(data.Get.Hits))
	for _, r := range data.Get.Hits {
		h := Hit{
			Chunk: Chunk{
				Source: r.Source, StoryHash: r.StoryHash, ID: r.ChunkID, Start: r.Start, End: r.End,
				Title: r.Title, Date: r.Date, Text: r.Text,
			},
			ObjectID: r.Additional.ID,
			Score:    float64(r.Additional.Score),
			Explain:  r.Additional.ExplainScore,
		}
		h.Keyword, h.Vector = ParseExplainScore(r.Additional.ExplainScore, alpha)
		if h.Vector.Rank > 0 && !h.Vector.HasScore && len(r.Additional.Vector) == len(vector) {
			h.Vector.Score, h.Vector.HasScore = cosine(vector, r.Additional.Vector), true
		}
		if s, ok := bm25[h.ObjectID]; ok && h.Keyword.Rank > 0 && !h.Keyword.HasScore {
			h.Keyword.Score, h.Keyword.HasScore = s, true
		}
		hits = append(hits, h)
	}
	return hits, nil
}

// Verify checks a hit against the story file this process has: the same
// story version (its StoryHash, computed with the same salt as when
// indexed) and the chunk's text at its byte span. A hit that fails must not
// be cited: the story changed or is missing here, and the stored offsets
// may point elsewhere.
func (h *Hit) Verify(s *story.Story, salt ...string) error {
	switch {
	case s == nil:
		return fmt.Errorf("weaviate: hit %s: story %s is not in this corpus", h.ID, h.Source)
	case s.Source != h.Source:
		return fmt.Errorf("weaviate: hit %s is from %s, not %s", h.ID, h.Source, s.Source)
	case StoryHash(s.Text, salt...) != h.StoryHash:
		return fmt.Errorf("weaviate: hit %s: story %s differs from the indexed version", h.ID, h.Source)
	case h.Start < 0 || h.End > len(s.Text) || h.Start > h.End || s.Text[h.Start:h.End] != h.Text:
		return fmt.Errorf("weaviate: hit %s: bytes %d-%d of %s are not the indexed text", h.ID, h.Start, h.End, h.Source)
	}
	return nil
}

func writeVector(b *strings.Builder, v []float32) error {
	b.WriteByte('[')
	for i, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return errors.New("weaviate: the query vector is not finite")
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatFloat(float64(x), 'g', -1, 32))
	}
	b.WriteByte(']')
	return nil
}

// cosine is the cosine similarity of a and b (of equal length), as the
// in-process index's vector side scores it.
func cosine(a, b []float32) float64 {
	var dot, na, nb float64
	for i := range a {
		x, y := float64(a[i]), float64(b[i])
		dot += x * y
		na += x * x
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

var (
	// Ranked fusion (Weaviate's usecases/traverser/hybrid FusionRanked):
	// "Hybrid (Result Set keyword) Document <uuid> contributed 0.008333334 to the score"
	rankedRE = regexp.MustCompile(`Hybrid \(Result Set (keyword|vector)[^)]*\) Document \S+ contributed ([-+0-9.eE]+) to the score`)
	// Relative-score fusion:
	// "Hybrid (Result Set vector) Document <uuid>: original score 0.87, normalized score: 0.5"
	relativeRE = regexp.MustCompile(`Hybrid \(Result Set (keyword|vector)[^)]*\) Document [^:\s]+: original score ([-+0-9.eE]+), normalized score: ([-+0-9.eE]+)`)
)

// ParseExplainScore reads Weaviate's explainScore of a hybrid hit. alpha is
// the vector side's weight the search used (the keyword side's is 1 -
// alpha).
//
// What Weaviate (v1.35) gives, and so what is filled in:
//   - ranked fusion: one line per side that brought the hit, "Hybrid
//     (Result Set keyword|vector) Document <id> contributed <c> to the
//     score", where c = weight / (60 + rank - 1). Contribution is c and the
//     rank is recovered as round(weight / c) - 59. The sides' own scores
//     (BM25, distance) are not in it.
//   - relative-score fusion: "Hybrid (Result Set …) Document <id>: original
//     score <s>, normalized score: <n>" per side; Score is s (BM25 score, or
//     1 - distance), Contribution n, and no rank.
//
// Lines it does not recognise (such as BM25F term statistics) are ignored.
func ParseExplainScore(explain string, alpha float64) (keyword, vector Side) {
	side := func(name string) (*Side, float64) {
		if name == "keyword" {
			return &keyword, 1 - alpha
		}
		return &vector, alpha
	}
	for _, m := range rankedRE.FindAllStringSubmatch(explain, -1) {
		s, w := side(m[1])
		c, err := strconv.ParseFloat(m[2], 64)
		if err != nil || c <= 0 {
			continue
		}
		s.Contribution = c
		if w > 0 {
			if r := int(math.Round(w/c)) - 59; r >= 1 {
				s.Rank = r
			}
		}
	}
	for _, m := range relativeRE.FindAllStringSubmatch(explain, -1) {
		s, _ := side(m[1])
		o, err1 := strconv.ParseFloat(m[2], 64)
		n, err2 := strconv.ParseFloat(m[3], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		s.Score, s.HasScore, s.Contribution = o, true, n
	}
	return keyword, vector
}

// flexFloat decodes a number sent as a JSON number or a string.
type flexFloat float64

func (f *flexFloat) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if s == "" || s == "null" {
		*f = 0
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("weaviate: score %s: %w", b, err)
	}
	*f = flexFloat(v)
	return nil
}
