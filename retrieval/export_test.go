package retrieval

// Vectors exposes an index's vectors (by chunk position) to the
// benchmarks of package retrieval_test.
func (ix *Index) Vectors() [][]float32 { return ix.vecs }
