// Histogram: each work-item bins a strided share of the input into 16 private counters, then flushes
// them with atomics (fewer, larger atomic updates; loop over n / global size elements).
__kernel void hist_strided_private(__global const uint* data, __global uint* bins, const int n) {
  uint h[16];
  for (int b = 0; b < 16; ++b) h[b] = 0;
  for (int i = get_global_id(0); i < n; i += get_global_size(0)) h[data[i] & 15u]++;
  for (int b = 0; b < 16; ++b)
    if (h[b]) atomic_add(&bins[b], h[b]);
}
