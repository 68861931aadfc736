package retrieval

import (
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

// crc32Combine joins two CRCs as one CRC of the joined bytes.
func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	data := make([]byte, 5000)
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	for _, cut := range []int{0, 1, 7, 8, 1000, 2500, 4999, 5000} {
		a, b := data[:cut], data[cut:]
		got := crc32Combine(crc32.Checksum(a, crcTable), crc32.Checksum(b, crcTable), int64(len(b)))
		if want := crc32.Checksum(data, crcTable); got != want {
			t.Errorf("cut at %d: combined %08x, want %08x", cut, got, want)
		}
	}
}
