package retrieval

import (
	"context"
	"fmt"
	"math"

	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/text"
)

// Embedder turns texts into vectors. Vectors of one Embedder are compared
// with each other only: its ID names the model and settings, and an index
// built with one ID is never queried with another.
type Embedder interface {
	// ID names the model and its settings, for example "hash-v1-384".
	ID() string
	// Embed returns one vector per text, in order.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// HashEmbedder is the deterministic local embedder: hashed word, word-pair
// and character-trigram features, L2-normalized. A vector is a pure function
// of the text: no model, no network, the same on every machine. It finds
// passages that share words, word stems and spellings with the query; it
// does not know meaning, which is what the model embedder adds.
type HashEmbedder struct {
	// Dim is the vector length.
	Dim int
}

// DefaultHashDim is the hash embedder's width: config.DefaultHashDim,
// which says why it is 384.
const DefaultHashDim = config.DefaultHashDim

// NewHashEmbedder returns a HashEmbedder with dim dimensions.
func NewHashEmbedder(dim int) *HashEmbedder {
	if dim <= 0 {
		dim = DefaultHashDim
	}
	return &HashEmbedder{Dim: dim}
}

var _ Embedder = (*HashEmbedder)(nil)

// ID implements Embedder.
func (h *HashEmbedder) ID() string { return fmt.Sprintf("hash-v1-%d", h.Dim) }

// Embed implements Embedder. It never fails.
func (h *HashEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = h.Vector(t)
	}
	return out, nil
}

// Feature weights: whole terms carry the meaning; word pairs reward the
// same phrase; character trigrams let "Ecuadorian" meet "Ecuador" and
// survive a typo.
const (
	termWeight    = 1.0
	pairWeight    = 0.5
	trigramWeight = 0.25
)

// Vector embeds one text.
func (h *HashEmbedder) Vector(s string) []float32 {
	v := make([]float32, h.Dim)
	var prev []byte
	text.EachTerm(s, make([]byte, 0, 64), func(t []byte) {
		h.add(v, fnvBytes(fnvByte(fnvOffset, 'w'), t), termWeight)
		if prev != nil {
			x := fnvBytes(fnvByte(fnvOffset, 'p'), prev)
			h.add(v, fnvBytes(fnvByte(x, ' '), t), pairWeight)
		}
		prev = append(prev[:0], t...)
		if len(t) < 4 {
			return
		}
		// Trigrams of "<term>", the brackets marking the word's ends.
		for j := -1; j+2 <= len(t); j++ {
			x := fnvByte(fnvOffset, 'c')
			for k := j; k < j+3; k++ {
				switch {
				case k < 0:
					x = fnvByte(x, '<')
				case k >= len(t):
					x = fnvByte(x, '>')
				default:
					x = fnvByte(x, t[k])
				}
			}
			h.add(v, x, trigramWeight)
		}
	})
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		// No terms at all: a fixed unit vector, so similarity is defined.
		v[0] = 1
		return v
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
	return v
}

// add puts a hashed feature in its slot with its sign (signed hashing
// keeps the expected dot product of unrelated texts at zero).
func (h *HashEmbedder) add(v []float32, x uint64, w float32) {
	i := int(x % uint64(len(v)))
	if x>>63 == 1 {
		w = -w
	}
	v[i] += w
}

// FNV-1a, inline: hashing is the embedder's hot loop.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

func fnvByte(x uint64, c byte) uint64 { return (x ^ uint64(c)) * fnvPrime }

func fnvBytes(x uint64, s []byte) uint64 {
	for _, c := range s {
		x = fnvByte(x, c)
	}
	return x
}
