package bot

import "testing"

// A hedge floor above the answer threshold is brought back below it.
func TestFloorAboveThresholdIsLowered(t *testing.T) {
	b := New(nil, nil, Options{Threshold: 0.3, Floor: 0.5}, nil)
	if b.opts.Floor > b.opts.Threshold {
		t.Errorf("floor %v above threshold %v", b.opts.Floor, b.opts.Threshold)
	}
	b = New(nil, nil, Options{Threshold: 0.6, Floor: 0.1}, nil)
	if b.opts.Floor != 0.1 {
		t.Errorf("floor %v, want the 0.1 asked for", b.opts.Floor)
	}
}
